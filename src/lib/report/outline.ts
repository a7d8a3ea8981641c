/**
 * What the printable report says, as an outline of blocks for a document writer (the .docx): the
 * same cover, summary table, measures with their charts, gaps and sources as the report page, in
 * the same order and words, with each target as it stood on the report's day.
 */
import type { Lang } from '$lib/i18n/lang';
import type { ReportPeriod } from '$lib/model/periods';
import type { Assessment } from '$lib/model/model';
import type { DueView } from '$lib/followup/views/followups';
import { periodLabel } from '$lib/followup/summary';
import type { TargetAsOf } from '$lib/followup/views/as-of';
import { figureUntil, targetFigure } from '$lib/followup/views/figures';
import type { reportPage } from '$lib/followup/views/pages';
import { formatDate, formatValue } from '$lib/i18n/format';
import { strings } from '$lib/i18n/strings';
import type { Block, ReportOutline } from './docx';

export type ReportData = NonNullable<ReturnType<typeof reportPage>>;

/** Status by shape as well as word, as on the page (a Word table has no colour to rely on either). */
const SYMBOL: Record<Assessment, string> = {
	met: '✔',
	partly_met: '◐',
	not_met: '✖',
	on_track: '▲',
	at_risk: '⚠',
	wrong_direction: '▼',
	not_assessable: '○',
	not_assessed: '–'
};

export function reportOutline(
	data: ReportData,
	periodTitle: string,
	period: ReportPeriod,
	asOf: ReadonlyMap<string, TargetAsOf>,
	lang: Lang
): ReportOutline {
	const s = strings[lang];
	const status = (st: Assessment) => `${SYMBOL[st]} ${s[`status_${st}`]}`;
	const then = (id: string) => asOf.get(id)!;
	const blocks: Block[] = [
		{ kind: 'paragraph', text: data.organisation, tone: 'muted' },
		{ kind: 'heading', level: 1, text: periodTitle },
		{ kind: 'paragraph', text: data.name, tone: 'subject' },
		{
			kind: 'paragraph',
			text: `${s.report_assessed} ${formatDate(period.asOf ?? data.today, lang)}.${period.year !== null ? ` ${s.report_values_until} ${period.year}.` : ''}`
		}
	];
	if (data.hasExamples) blocks.push({ kind: 'paragraph', text: s.report_example_note, tone: 'note' });

	blocks.push({ kind: 'heading', level: 2, text: `${s.report_summary} (${data.targets.length})` });
	if (data.targets.length === 0) blocks.push({ kind: 'paragraph', text: s.report_no_targets });
	else
		blocks.push({
			kind: 'table',
			head: [s.report_col_target, s.status, s.report_col_latest, s.report_col_goal, s.trend],
			widths: [0.4, 0.17, 0.15, 0.15, 0.13],
			rows: data.targets.map((tv) => {
				const a = then(tv.id);
				const gender = tv.gender === 'T' ? '' : ` (${s[`gender_${tv.gender}`].toLowerCase()})`;
				return [
					`${tv.id}: ${tv.indicator.title}${gender}`,
					status(a.status),
					a.latest
						? `${formatValue(a.latest.value, tv.indicator.unit, lang, tv.decimals)} (${periodLabel(a.latest.period, tv.periodKind, lang)})`
						: '–',
					`${formatValue(tv.target_value, tv.indicator.unit, lang, tv.decimals)} (${tv.labels.target})`,
					a.trend ? s[`trend_${a.trend}`] : '–'
				];
			})
		});

	// The committees' own follow-ups this report holds, as on the page: each record, or that it is missing.
	const followUps =
		data.followUps[period.kind === 'current' ? 'current' : `${period.kind}-${period.year}`] ?? data.followUps.current!;
	const records = (list: readonly DueView[] | undefined, heading: 4 | null) => {
		for (const fu of list ?? []) {
			const r = fu.record;
			const title = `${s.fu_report_followup} – ${r?.periodName ?? fu.period}${r?.example ? ` (${s.example_badge})` : ''}`;
			if (heading) blocks.push({ kind: 'heading', level: heading, text: title });
			if (!r) {
				if (!heading) blocks.push({ kind: 'paragraph', lead: `${title}: `, text: '' });
				blocks.push({ kind: 'paragraph', text: s.fu_report_missing(fu.period), tone: 'note' });
				continue;
			}
			blocks.push({ kind: 'paragraph', lead: `${heading ? s.fu_assessment : title}: `, text: status(r.assessment) });
			for (const [label, text] of [
				[s.fu_analysis, r.analysis],
				[s.fu_done, r.done],
				[s.fu_next_steps, r.next],
				[s.fu_results, r.results]
			] as const) {
				if (text) blocks.push({ kind: 'paragraph', lead: `${label}: `, text });
			}
			const decided = r.decided ? ` ${s.fu_decided}: ${r.decided}.` : '';
			blocks.push({
				kind: 'paragraph',
				text: `${s.fu_role}: ${r.role}, ${formatDate(r.date, lang)}.${decided}`,
				tone: 'muted'
			});
		}
	};
	const target = (c: ReportData['own'][number], level: 3 | 4) => {
		const a = then(c.target.id);
		blocks.push(
			{ kind: 'heading', level, text: `${s.target} ${c.target.id}: ${c.chart.title}` },
			{ kind: 'paragraph', lead: `${s.status}: `, text: status(a.status) },
			{ kind: 'figure', figure: targetFigure(a.chart, 'riket', lang) }
		);
		records(followUps.byTarget[c.target.id], level === 3 ? 4 : null);
	};
	if (data.measures.length) {
		blocks.push({ kind: 'heading', level: 2, text: s.report_measures });
		for (const m of data.measures) {
			blocks.push({ kind: 'heading', level: 3, text: m.title }, { kind: 'paragraph', text: m.description });
			records(followUps.byMeasure[m.id], 4);
			// A figure with nothing yet in the period is left out rather than drawn empty.
			const known = m.figures.map((f) => figureUntil(f, period.year)).filter((f) => f.points.length);
			if (known.length) {
				blocks.push({ kind: 'heading', level: 4, text: s.own_results });
				for (const then of known) {
					blocks.push({ kind: 'figure', figure: then });
					if (then.small) blocks.push({ kind: 'paragraph', text: then.small.note, tone: 'muted' });
				}
			}
			for (const c of m.charts) target(c, 4);
		}
	}
	if (data.own.length) {
		blocks.push({ kind: 'heading', level: 2, text: s.report_own_targets });
		for (const c of data.own) target(c, 3);
	}

	blocks.push({ kind: 'heading', level: 2, text: `${s.report_gaps} (${data.gaps.length})` });
	blocks.push(
		data.gaps.length
			? { kind: 'bullets', items: data.gaps.map((g) => `${s[`gap_${g.kind}`]}: ${g.label}`) }
			: { kind: 'paragraph', text: s.report_no_gaps }
	);
	blocks.push(
		{ kind: 'heading', level: 2, text: s.report_sources },
		{
			kind: 'bullets',
			items: data.indicators.map(
				(i) =>
					`${i.title} (${i.id}): ${i.source}${i.retrieved ? `, ${s.definition_retrieved.toLowerCase()} ${formatDate(i.retrieved, lang)}` : ''}.`
			)
		},
		{ kind: 'paragraph', text: s.report_made_with, tone: 'muted' }
	);
	return { lang, title: `${periodTitle} – ${data.name}`, blocks };
}
