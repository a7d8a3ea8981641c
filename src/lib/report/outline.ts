/**
 * What a follow-up report says, as an outline of blocks (./blocks.ts): the cover, every target's
 * status in a table, one part per measure with its follow-ups and charts, the follow-up gaps and the
 * sources, with each target as it stood on the report's day. The report page, its print and the Word
 * file are all drawn from it.
 */
import type { Lang } from '$lib/i18n/lang';
import type { ReportPeriod } from '$lib/model/periods';
import type { DueView } from '$lib/followup/views/records';
import { periodLabel } from '$lib/followup/summary';
import { targetAsOf, type TargetAsOf } from '$lib/followup/views/as-of';
import { figureUntil, targetFigure } from '$lib/followup/views/charts';
import type { reportPage } from '$lib/followup/views/pages';
import { formatDate, formatValue } from '$lib/i18n/format';
import { strings } from '$lib/i18n/strings';
import { localPath, route } from '$lib/url/paths';
import type { ReportEffect } from '$lib/effect/view';
import type { RecommendationView } from '$lib/audits/views';
import { auditPart } from './audit-outline';
import type { Block, ReportOutline } from './blocks';

export type ReportData = NonNullable<ReturnType<typeof reportPage>> & {
	/** Each target's synthetic comparison (made from every value to date: shown in the current follow-up's report only). */
	effects?: Record<string, ReportEffect | null>;
	/** The auditors' recommendations addressed to the committee (all, for the municipality). */
	audits?: RecommendationView[];
};

/** The report's name: "Delårsrapport augusti 2025", "Årsbokslut 2025", "Aktuell uppföljning". */
export function reportTitle(period: ReportPeriod, lang: Lang): string {
	const s = strings[lang];
	if (period.kind === 'delar') return `${s.report_kind_interim} ${period.year}`;
	if (period.kind === 'ar') return `${s.report_kind_annual} ${period.year}`;
	return s.report_kind_current;
}

/** Every target of the report as it stood on the report's day: chart, status, trend and summary. */
export function reportAsOf(data: ReportData, period: ReportPeriod, lang: Lang): Map<string, TargetAsOf> {
	const rules = { partlyMetShare: data.partlyMetShare, maxAge: data.maxAge };
	return new Map(
		[...data.measures.flatMap((m) => m.charts), ...data.own].map((c) => [
			c.target.id,
			targetAsOf(c.target, c.chart, period.asOf, rules, lang)
		])
	);
}

export function reportOutline(data: ReportData, period: ReportPeriod, lang: Lang): ReportOutline {
	const s = strings[lang];
	const title = reportTitle(period, lang);
	const asOf = reportAsOf(data, period, lang);
	const then = (id: string) => asOf.get(id)!; // every target of the report has its chart
	const blocks: Block[] = [];

	const cover: Block[] = [
		{ kind: 'paragraph', text: data.organisation, tone: 'muted' },
		{ kind: 'heading', level: 1, text: title },
		{ kind: 'paragraph', text: data.name, tone: 'subject' },
		{
			kind: 'paragraph',
			text: `${s.report_assessed} ${formatDate(period.asOf ?? data.today, lang)}.${period.year !== null ? ` ${s.report_values_until} ${period.year}.` : ''}`
		}
	];
	if (data.hasExamples) cover.push({ kind: 'paragraph', text: s.report_example_note, tone: 'example' });
	blocks.push({ kind: 'group', role: 'cover', blocks: cover });

	const summary: Block[] = [
		{ kind: 'heading', level: 2, text: `${s.report_summary} (${data.targets.length})`, id: 'report-summary' }
	];
	if (data.targets.length === 0) summary.push({ kind: 'paragraph', text: s.report_no_targets, tone: 'missing' });
	else
		summary.push({
			kind: 'table',
			caption: s.report_summary,
			head: [s.report_col_target, s.status, s.report_col_latest, s.report_col_goal, s.trend],
			widths: [0.4, 0.17, 0.15, 0.15, 0.13],
			rows: data.targets.map((tv) => {
				const a = then(tv.id);
				const gender = tv.gender === 'T' ? '' : ` (${s[`gender_${tv.gender}`].toLowerCase()})`;
				const value = (v: number) => formatValue(v, tv.indicator.unit, lang, tv.decimals);
				return {
					id: tv.id,
					cells: [
						{ text: `${tv.id}: ${tv.indicator.title}${gender}`, href: localPath(lang, route.target(tv.id)) },
						{ text: s[`status_${a.status}`], status: a.status },
						{
							text: a.latest ? `${value(a.latest.value)} (${periodLabel(a.latest.period, tv.periodKind, lang)})` : '–'
						},
						{ text: `${value(tv.target_value)} (${tv.labels.target})` },
						{ text: a.trend ? s[`trend_${a.trend}`] : '–' }
					]
				};
			})
		});
	blocks.push({ kind: 'group', role: 'part', labelledby: 'report-summary', blocks: summary });

	// The committees' own follow-ups this report holds (for the current follow-up: the latest report's).
	const followUps =
		data.followUps[period.kind === 'current' ? 'current' : `${period.kind}-${period.year}`] ?? data.followUps.current!;
	/** Each record, or that it is missing; under a heading of its own where `level` is given. */
	const records = (list: readonly DueView[] | undefined, level: 4 | 5 | null): Block[] =>
		(list ?? []).map((fu): Block => {
			const r = fu.record;
			const name = `${s.fu_report_followup} – ${r?.periodName ?? fu.period}${r?.example ? ` (${s.example_badge})` : ''}`;
			if (!r) {
				const missing: Block = {
					kind: 'paragraph',
					lead: level ? undefined : `${name}: `,
					text: s.fu_report_missing(fu.period),
					tone: 'missing',
					missing: fu.period
				};
				return level
					? { kind: 'group', role: 'record', blocks: [{ kind: 'heading', level, text: name }, missing] }
					: missing;
			}
			const texts: Block[] = (
				[
					[s.fu_analysis, r.analysis],
					[s.fu_done, r.done],
					[s.fu_next_steps, r.next],
					[s.fu_results, r.results]
				] as const
			).flatMap(([label, text]): Block[] =>
				text ? [{ kind: 'paragraph', lead: `${label}: `, text, textLang: 'sv' }] : []
			);
			const decided = r.decided ? ` ${s.fu_decided}: ${r.decided}.` : '';
			return {
				kind: 'group',
				role: 'record',
				blocks: [
					...(level ? [{ kind: 'heading', level, text: name } as const] : []),
					{ kind: 'paragraph', lead: `${level ? s.fu_assessment : name}: `, text: '', status: r.assessment },
					...texts,
					{ kind: 'paragraph', text: `${s.fu_role}: ${r.role}, ${formatDate(r.date, lang)}.${decided}`, tone: 'muted' }
				]
			};
		});
	// "Did the measure make a difference?" for the current follow-up: its words and the gap chart.
	const effect = (targetId: string, level: 4 | 5): Block[] => {
		const e = period.kind === 'current' ? data.effects?.[targetId] : null;
		if (!e) return [];
		return [
			{ kind: 'heading', level, text: s.effect_title },
			...e.words.map((text): Block => ({ kind: 'paragraph', text })),
			...(e.gapChart ? [{ kind: 'figure', figure: e.gapChart, headingLevel: level } as const] : [])
		];
	};
	const target = (c: ReportData['own'][number], level: 3 | 4): Block => {
		const a = then(c.target.id);
		const id = `target-${c.target.id}`;
		// The heading, the status and the chart stay on one page; what follows flows on, so that a long
		// target does not leave the page before it half empty.
		return {
			kind: 'group',
			role: 'target',
			labelledby: id,
			blocks: [
				{
					kind: 'group',
					role: 'chart',
					blocks: [
						{ kind: 'heading', level, text: `${s.target} ${c.target.id}: ${c.chart.title}`, id },
						{ kind: 'paragraph', lead: `${s.status}: `, text: '', status: a.status },
						{ kind: 'figure', figure: targetFigure(a.chart, 'riket', lang), headingLevel: level, labelledby: id }
					]
				},
				...effect(c.target.id, level === 3 ? 4 : 5),
				...records(followUps.byTarget[c.target.id], level === 3 ? 4 : null)
			]
		};
	};
	if (data.measures.length) {
		blocks.push({ kind: 'heading', level: 2, text: s.report_measures });
		for (const m of data.measures) {
			const id = `m-${m.id}`;
			const part: Block[] = [
				{ kind: 'heading', level: 3, text: m.title, id, textLang: m.textLang },
				{ kind: 'paragraph', text: m.description, textLang: m.textLang },
				...records(followUps.byMeasure[m.id], 4)
			];
			// A figure with nothing yet in the period is left out rather than drawn empty.
			const known = m.figures.map((f) => figureUntil(f, period.year)).filter((f) => f.points.length);
			if (known.length) {
				part.push({ kind: 'heading', level: 4, text: s.own_results });
				part.push(...known.map((figure): Block => ({ kind: 'figure', figure, headingLevel: 5 })));
			}
			part.push(...m.charts.map((c) => target(c, 4)));
			blocks.push({ kind: 'group', role: 'measure', labelledby: id, blocks: part });
		}
	}
	if (data.own.length) {
		blocks.push({ kind: 'heading', level: 2, text: s.report_own_targets });
		blocks.push(...data.own.map((c) => target(c, 3)));
	}

	blocks.push(...auditPart(data.audits ?? [], period.asOf ?? data.today, lang));
	blocks.push({
		kind: 'group',
		role: 'part',
		labelledby: 'report-gaps',
		blocks: [
			{ kind: 'heading', level: 2, text: `${s.report_gaps} (${data.gaps.length})`, id: 'report-gaps' },
			data.gaps.length
				? { kind: 'bullets', items: data.gaps.map((g) => `${s[`gap_${g.kind}`]}: ${g.label}`) }
				: { kind: 'paragraph', text: s.report_no_gaps }
		]
	});
	blocks.push({
		kind: 'group',
		role: 'part',
		labelledby: 'report-sources',
		blocks: [
			{ kind: 'heading', level: 2, text: s.report_sources, id: 'report-sources' },
			{
				kind: 'bullets',
				items: data.indicators.map(
					(i) =>
						`${i.title} (${i.id}): ${i.source}${i.retrieved ? `, ${s.definition_retrieved.toLowerCase()} ${formatDate(i.retrieved, lang)}` : ''}.`
				)
			},
			{ kind: 'paragraph', text: s.report_made_with, tone: 'muted' }
		]
	});
	return { lang, title: `${title} – ${data.name}`, blocks };
}
