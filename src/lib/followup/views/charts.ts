/**
 * Each chart of the site, described once (./figure.ts) for every place it is drawn: the key figure
 * (its page, its embed, its /diagram file), a key figure in an area's overview, a target (its page,
 * the measure page, the report, the embed, the file), and the status of every target.
 */
import type { Gender, Indicator, Point, Series, ValueKind } from '$lib/model/model';
import {
	parsePeriod,
	periodAtTime,
	periodEnd,
	periodsBetween,
	periodTime,
	type Period,
	type PeriodKind
} from '$lib/model/periods';
import { formatNumber, formatValue } from '$lib/i18n/format';
import { pick, type Lang } from '$lib/i18n/lang';
import { strings } from '$lib/i18n/strings';
import { embedPath, route } from '$lib/url/paths';
import { viewQuery } from '$lib/url/params';
import type { FollowUp } from '../followup';
import { describeFigure, describeIndicator } from '../summary';
import { periodName } from './records';
import type { ComparisonKey, TargetChartData } from './target-chart';
import type {
	Band,
	LineFigure,
	PeriodFigure,
	PeriodPoint,
	StatusFigure,
	StatusRow,
	TargetLine,
	WithheldWords
} from './figure';
import type { AttainmentStatus } from '../attainment';

/** " – kvinnor" for a chart of women or men; the total needs no word. */
export const genderSuffix = (gender: Gender, lang: Lang) =>
	gender === 'T' ? '' : ` – ${strings[lang][`gender_${gender}`].toLowerCase()}`;

/** A key figure in an area's overview: the municipality, its region and Riket. */
export function keyFigureOverview(f: FollowUp, indicator: Indicator, scope: string, lang: Lang): LineFigure {
	const series = f.standardSeries(indicator.id, 'T', lang);
	return {
		kind: 'line',
		id: `${scope}-${indicator.id}`,
		title: pick(lang, indicator.title, indicator.title_en),
		unit: indicator.unit,
		series,
		target: null,
		band: [],
		bandLabel: null,
		source: `${indicator.source}, ${indicator.id}`,
		summary: f.describe(indicator, series, lang),
		lang,
		about: { indicator: indicator.id, retrieved: indicator.definition_retrieved ?? '' },
		embed: embedPath(lang, route.indicator(indicator.id))
	};
}

/** What the key-figure page knows of a key figure: enough to draw any view of it. */
export interface KeyFigureData {
	indicator: { id: string; title: string; unit: string; source: string; definition_retrieved: string | null };
	byGender: Partial<Record<Gender, { series: Series[]; band: Band[]; summary: string }>>;
	group: { title: string } | null;
}

export interface KeyFigureView {
	gender: Gender;
	from: number | null;
	/** Frozen: only values up to and including this year. */
	until: number | null;
	/** Which standard line to compare with (`none`: the municipality alone); null: all of them and the band. */
	compare: ComparisonKey | 'none' | null;
	/** Another municipality's series, when the reader picked one. */
	other: Series | null;
}

/** The key figure's chart for a view: its page, its embed and its file are this one chart. */
export function keyFigureFigure(data: KeyFigureData, view: KeyFigureView, id: string, lang: Lang): LineFigure {
	const s = strings[lang];
	const base = data.byGender[view.gender] ?? data.byGender.T!;
	const inRange = (p: { period: number }) =>
		(view.from === null || p.period >= view.from) && (view.until === null || p.period <= view.until);
	const standard = base.series.filter(
		(x, i) => i === 0 || view.compare === null || (view.compare !== 'none' && x.kind === view.compare)
	);
	const series = [...standard, ...(view.other ? [view.other] : [])].map((x) => ({
		...x,
		points: x.points.filter(inRange)
	}));
	const band = view.compare === null || view.compare === 'group' ? base.band.filter(inRange) : [];
	const changed = view.from !== null || view.until !== null || view.compare !== null || view.other !== null;
	const { indicator } = data;
	return {
		kind: 'line',
		id,
		title: `${indicator.title}${genderSuffix(view.gender, lang)}`,
		unit: indicator.unit,
		series,
		target: null,
		band,
		bandLabel: data.group ? `${data.group.title}: ${s.lowest_highest}` : null,
		source: `${indicator.source}, ${indicator.id}${view.until !== null ? ` · ${s.embed_frozen} ${view.until}` : ''}`,
		summary: changed && series[0] ? describeIndicator(series[0], series.slice(1), indicator.unit, lang) : base.summary,
		lang,
		about: { indicator: indicator.id, retrieved: indicator.definition_retrieved ?? '' },
		embed:
			embedPath(lang, route.indicator(indicator.id)) +
			viewQuery({ gender: view.gender, from: view.from, until: view.until })
	};
}

/** A target's chart: its series, baseline, target and trajectory, and one comparison line. */
export function targetFigure(
	chart: TargetChartData,
	comparison: ComparisonKey | 'none',
	lang: Lang
): LineFigure | PeriodFigure {
	if (chart.own)
		return periodFigure({
			id: chart.id,
			title: chart.title,
			label: chart.own.label,
			unit: chart.own.unit,
			valueKind: chart.own.valueKind,
			periodKind: chart.own.periodKind,
			points: chart.main.points,
			target: chart.target,
			source: chart.source,
			threshold: chart.own.threshold,
			lang,
			about: { indicator: chart.indicator, retrieved: chart.retrieved },
			embed: embedPath(lang, route.target(chart.targetId)),
			summary: chart.summary
		});
	const other = comparison === 'none' ? undefined : chart.comparisons[comparison];
	return {
		kind: 'line',
		id: chart.id,
		title: chart.title,
		unit: chart.unit,
		series: other ? [chart.main, other] : [chart.main],
		target: chart.target,
		band: [],
		bandLabel: null,
		source: chart.source,
		summary: chart.summary,
		lang,
		about: { indicator: chart.indicator, retrieved: chart.retrieved },
		embed:
			embedPath(lang, route.target(chart.targetId)) + viewQuery({ compare: comparison === 'riket' ? null : comparison })
	};
}

/** Every target as a mark with its status, a row per area (or organisation). */
export function statusFigure(
	id: string,
	title: string,
	rows: readonly StatusRow[],
	totals: readonly { status: AttainmentStatus; n: number }[],
	lang: Lang
): StatusFigure {
	const s = strings[lang];
	const word = (st: AttainmentStatus) => s[`status_${st}`].toLowerCase();
	const summary = rows
		.map((r) => {
			const parts = r.counts.filter((c) => c.n > 0).map((c) => `${c.n} ${word(c.status)}`);
			return `${r.name}: ${r.total} ${s.targets.toLowerCase()}${parts.length ? ` – ${parts.join(', ')}` : ''}.`;
		})
		.join(' ');
	return { kind: 'status', id, title, rows, totals, source: s.status_source, summary, lang, about: null, embed: null };
}

/** An upload's preview: one affected series as the site shows it now and as it would after applying. */
export function uploadPreviewFigure(
	chart: {
		before: readonly { period: number; value: number | null }[];
		after: readonly { period: number; value: number | null }[];
	},
	title: string,
	unit: string,
	fileName: string,
	lang: Lang
): LineFigure {
	const s = strings[lang];
	const points = (ps: typeof chart.before) => ps.map((p) => ({ period: p.period, value: p.value, status: null }));
	return {
		kind: 'line',
		id: 'upload-preview',
		title,
		unit,
		// The new series first, so the dashed line of what is shown now is drawn on top where they agree.
		series: [
			{ id: 'after', label: s.upload_chart_after, kind: 'municipality', points: points(chart.after) },
			{ id: 'before', label: s.upload_chart_before, kind: 'other', points: points(chart.before) }
		],
		target: null,
		band: [],
		bandLabel: null,
		source: fileName,
		summary: null,
		lang,
		about: null,
		embed: null
	};
}

/** A value of a measure's own figure in words: a count whole, a share in %, a mean with a decimal. */
export function figureValueText(v: number, valueKind: ValueKind, unit: string, lang: Lang): string {
	if (valueKind === 'share') return formatValue(v, '%', lang);
	const n = formatNumber(v, lang, valueKind === 'count' ? 0 : 1);
	return unit ? `${n} ${unit}` : n;
}

export interface PeriodFigureInput {
	id: string;
	title: string;
	/** Whose values: the measure's name. */
	label: string;
	unit: string;
	valueKind: ValueKind;
	periodKind: PeriodKind;
	/** On the time scale of `periodTime`. */
	points: readonly Point[];
	denominators?: readonly { time: number; n: number | null }[];
	target: TargetLine | null;
	source: string;
	threshold: number;
	lang: Lang;
	about: PeriodFigure['about'];
	embed: string | null;
	/** A summary already written (a target's); else one is written from the values. */
	summary?: string | null;
}

/** A measure's own figure or a target on one, over every period from its first to its last (or its target's). */
export function periodFigure(input: PeriodFigureInput): PeriodFigure {
	const { periodKind: kind, lang } = input;
	const s = strings[lang];
	const at = (t: number) => periodAtTime(t, kind);
	const times = [...input.points.filter((p) => p.value !== null || p.status !== null).map((p) => p.period)];
	if (input.target) times.push(input.target.baseline_period, input.target.target_period);
	const ends = times.map(at).filter((p): p is Period => p !== null);
	const first = ends.reduce<Period | null>((a, p) => (!a || periodTime(p) < periodTime(a) ? p : a), null);
	const last = ends.reduce<Period | null>((a, p) => (!a || periodTime(p) > periodTime(a) ? p : a), null);
	const sequence = first && last ? periodsBetween(kind, periodEnd(first), periodEnd(last)) : [];
	const byTime = new Map(input.points.map((p) => [p.period, p]));
	const denominator = new Map((input.denominators ?? []).map((d) => [d.time, d.n]));
	const points: PeriodPoint[] = sequence.map((p, i) => {
		const t = periodTime(p);
		const value = byTime.get(t);
		return {
			code: p.code,
			name: periodName(p.code, lang),
			short: kind === 'year' ? String(p.year) : s.period_short(kind, p.index),
			year: p.year,
			first: i === 0 || sequence[i - 1]!.year !== p.year,
			value: value?.value ?? null,
			status: value?.status ?? null,
			denominator: denominator.get(t) ?? null
		};
	});
	const smallLabel = s.small_value(input.threshold);
	const format = (v: number) => figureValueText(v, input.valueKind, input.unit, lang);
	const code = (t: number) => at(t)?.code ?? String(t);
	return {
		kind: 'periods',
		id: input.id,
		title: input.title,
		mark: input.valueKind === 'count' ? 'bars' : 'line',
		valueKind: input.valueKind,
		unit: input.valueKind === 'share' ? '%' : input.unit,
		label: input.label,
		points,
		target: input.target
			? {
					baseline: code(input.target.baseline_period),
					baseline_value: input.target.baseline_value,
					target: code(input.target.target_period),
					target_value: input.target.target_value
				}
			: null,
		small: points.some((p) => p.status === 'small')
			? {
					mark: `<${input.threshold}`,
					label: smallLabel,
					note: s.small_note(input.threshold, input.valueKind === 'share')
				}
			: null,
		secondary: points.some((p) => p.status === 'secondary') ? secondaryWords(lang) : null,
		source: input.source,
		summary:
			input.summary ??
			describeFigure(
				input.title,
				points.map((p) => ({
					name: p.name,
					year: p.year,
					index: parsePeriod(p.code)!.index,
					value: p.value,
					status: p.status
				})),
				input.valueKind,
				format,
				{ small: smallLabel, secondary: s.secondary_value },
				lang
			),
		lang,
		about: input.about,
		embed: input.embed
	};
}

/** A measure's own figure as it stood at the end of a year (a report's period): no later period, its summary again. */
export function figureUntil(figure: PeriodFigure, year: number | null): PeriodFigure {
	if (year === null) return figure;
	const points = figure.points.filter((p) => p.year <= year);
	const format = (v: number) => figureValueText(v, figure.valueKind, figure.unit, figure.lang);
	const summary = describeFigure(
		figure.title,
		points.map((p) => ({
			name: p.name,
			year: p.year,
			index: parsePeriod(p.code)!.index,
			value: p.value,
			status: p.status
		})),
		figure.valueKind,
		format,
		{
			small: figure.small?.label ?? strings[figure.lang].small_value(5),
			secondary: strings[figure.lang].secondary_value
		},
		figure.lang
	);
	return {
		...figure,
		points,
		summary,
		small: points.some((p) => p.status === 'small') ? figure.small : null,
		secondary: points.some((p) => p.status === 'secondary') ? secondaryWords(figure.lang) : null
	};
}

function secondaryWords(lang: Lang): WithheldWords {
	const s = strings[lang];
	return { mark: s.secondary_mark, label: s.secondary_value, note: s.secondary_note };
}
