/**
 * What a target page shows under "Gjorde insatsen skillnad?": the estimate (./estimate.ts) for the
 * target's key figure and gender from the measure's start, said in words that never claim a cause,
 * its two charts — the municipality beside its synthetic comparison, and the gap year by year with
 * every placebo's gap thin behind it (the method's classic figure) — and the donors' weights; or, where no estimate can be made,
 * why. Only for a target on a Kolada key figure of a municipality.
 */
import type { FollowUp } from '$lib/followup/followup';
import type { LineFigure } from '$lib/followup/views/figure';
import type { Lang } from '$lib/i18n/lang';
import { formatList, formatShare, formatValue } from '$lib/i18n/format';
import { strings } from '$lib/i18n/strings';
import { pick } from '$lib/i18n/lang';
import { route } from '$lib/url/paths';
import { estimateEffect, type EffectResult, type Estimate } from './estimate';
import { municipalityPanel } from './panel';

export interface EffectWeight {
	code: string;
	name: string;
	weight: number;
	/** The key figure's page with this municipality as the comparison. */
	href: string;
}

export interface EffectView {
	target: string;
	start: number;
	example: boolean;
	/** Words: each a paragraph. */
	words: string[];
	estimate: {
		chart: LineFigure;
		gapChart: LineFigure;
		weights: EffectWeight[];
		others: { count: number; weight: number } | null;
	} | null;
}

/** The estimate does not depend on the language: each is made once per follow-up (the build makes both). */
const made = new WeakMap<FollowUp, Map<string, EffectResult>>();
function estimateOnce(f: FollowUp, key: string, make: () => EffectResult): EffectResult {
	let byKey = made.get(f);
	if (!byKey) made.set(f, (byKey = new Map()));
	let r = byKey.get(key);
	if (!r) byKey.set(key, (r = make()));
	return r;
}

const round = (v: number, decimals: number) => Math.round(v * 10 ** decimals) / 10 ** decimals;

/** What a report carries of it: the words and the gap chart. */
export interface ReportEffect {
	words: string[];
	gapChart: LineFigure | null;
}
export const reportEffect = (v: EffectView | null): ReportEffect | null =>
	v && { words: v.words, gapChart: v.estimate?.gapChart ?? null };

/** The estimate itself, for the published CSV: null where none can be made. */
export function effectEstimate(f: FollowUp, targetId: string) {
	const a = f.targets.find((t) => t.target.id === targetId);
	if (!a || a.indicator.own) return null;
	const muni = f.data.municipalities.find((m) => m.code === a.target.municipality);
	if (!muni || muni.level !== 'kommun') return null;
	const start = startOf(f, a);
	return estimateOnce(f, `${a.indicator.id}|${a.target.gender}|${muni.code}|${start}`, () =>
		estimateEffect(municipalityPanel(f, a.indicator.id, a.target.gender), muni.code, start)
	).estimate;
}

/** The measure's start year, or the target's baseline year where later (or where it has no measure). */
function startOf(f: FollowUp, a: FollowUp['targets'][number]): number {
	const measure = a.target.measure ? f.measure(a.target.measure) : undefined;
	const measureStart = measure?.start ? Number(measure.start.slice(0, 4)) : null;
	return Math.max(measureStart ?? a.target.baseline_period, a.target.baseline_period);
}

/** The largest weights named, the rest counted; at most five names. */
const NAMED = 5;

export function effectView(f: FollowUp, targetId: string, lang: Lang): EffectView | null {
	const a = f.targets.find((t) => t.target.id === targetId);
	if (!a || a.indicator.own) return null;
	const muni = f.data.municipalities.find((m) => m.code === a.target.municipality);
	if (!muni || muni.level !== 'kommun') return null;
	const measure = a.target.measure ? f.measure(a.target.measure) : undefined;
	const start = startOf(f, a);
	const result = estimateOnce(f, `${a.indicator.id}|${a.target.gender}|${muni.code}|${start}`, () =>
		estimateEffect(municipalityPanel(f, a.indicator.id, a.target.gender), muni.code, start)
	);
	const example = a.target.example || !!measure?.example;
	return describe(f, a, result, start, example, lang);
}

function describe(
	f: FollowUp,
	a: FollowUp['targets'][number],
	result: EffectResult,
	start: number,
	example: boolean,
	lang: Lang
): EffectView {
	const s = strings[lang];
	const name = f.municipalityName(a.target.municipality);
	if (!result.estimate) {
		const words = {
			outside: () => s.effect_reason_outside(name),
			few_pre: () => s.effect_reason_few_pre(Number(result.detail), start),
			no_post: () => s.effect_reason_no_post(start),
			few_donors: () => s.effect_reason_few_donors(Number(result.detail)),
			unknown_unit: () => s.effect_reason_unknown_unit()
		}[result.reason]();
		return { target: a.target.id, start, example, words: [words], estimate: null };
	}
	const e = result.estimate;
	const unit = a.indicator.unit;
	const title = pick(lang, a.indicator.title, a.indicator.title_en);
	const diff = (v: number) => {
		const decimals = Math.abs(v) < 1 ? 2 : 1;
		return unit === '%'
			? `${formatValue(Math.abs(v), '', lang, decimals)} ${s.fig_points}`
			: formatValue(Math.abs(v), unit, lang, decimals);
	};
	const weights: EffectWeight[] = e.weights.map((w) => ({
		code: w.unit,
		name: f.municipalityName(w.unit),
		weight: w.weight,
		href: `${route.indicator(a.indicator.id)}?jamfor=${w.unit}`
	}));
	const named = weights.filter((w, i) => i < NAMED && w.weight >= 0.05);
	const rest = weights.slice(named.length);
	const others = rest.length ? { count: rest.length, weight: rest.reduce((t, w) => t + w.weight, 0) } : null;
	const parts = [
		...named.map((w) => `${w.name} (${formatShare(w.weight, lang)})`),
		...(others ? [`${s.effect_weight_others(others.count)} (${formatShare(others.weight, lang)})`] : [])
	];
	const mix = formatList(parts, lang);
	// A mean gap within the pre-period's own deviation is no movement worth a direction.
	const moved = Math.abs(e.meanGap) > e.preRmspe;
	const words = [
		moved
			? `${s.effect_since(start, name, diff(e.meanGap), e.meanGap > 0 ? 'higher' : 'lower', mix)} ${s.effect_wanted(e.meanGap > 0 === (a.indicator.direction === 'higher'))}`
			: s.effect_same(start, name, mix),
		e.placebos.p > 0.1
			? s.effect_chance(e.placebos.asLarge, e.placebos.count)
			: s.effect_stands_out(e.placebos.asLarge, e.placebos.count),
		s.effect_fit(name, diff(e.preRmspe), e.pre, e.periods[0]!, e.periods[e.pre - 1]!),
		...(e.inTime ? [inTimeHolds(e) ? s.effect_in_time_ok(e.inTime.start) : s.effect_in_time_warn(e.inTime.start)] : [])
	];
	return {
		target: a.target.id,
		start,
		example,
		words,
		estimate: { ...charts(f, a, e, name, title, words, lang), weights, others }
	};
}

/**
 * Whether the pretend start shows nothing worth the name: its gap is within three times its own
 * pre-period deviation, or less than half the real gap (a tight fit makes any ratio look large).
 */
function inTimeHolds(e: Estimate): boolean {
	const t = e.inTime!;
	return t.ratio <= 3 || Math.abs(t.meanGap) < Math.abs(e.meanGap) / 2;
}

function charts(
	f: FollowUp,
	a: FollowUp['targets'][number],
	e: Estimate,
	name: string,
	title: string,
	words: string[],
	lang: Lang
): { chart: LineFigure; gapChart: LineFigure } {
	const s = strings[lang];
	const id = `effect-${a.target.id}`;
	const base = {
		source: s.effect_source(a.indicator.source),
		lang,
		about: { indicator: a.indicator.id, retrieved: a.indicator.definition_retrieved ?? '' },
		embed: null,
		band: [],
		bandLabel: null,
		target: null,
		marker: { period: e.start, label: s.effect_start_mark(e.start) }
	} as const;
	// Computed values to four decimals, the placebos' thin lines to two: the page carries hundreds of them.
	const line = (values: readonly number[], decimals = 4) =>
		e.periods.map((period, t) => ({ period, value: round(values[t]!, decimals), status: null }));
	const chart: LineFigure = {
		...base,
		kind: 'line',
		id,
		title: `${s.effect_chart_title(name)}: ${title}`,
		summary: words[0]!,
		unit: a.indicator.unit,
		series: [
			{ id: `${a.target.municipality}-actual`, label: name, kind: 'municipality', points: line(e.actual) },
			{ id: 'synthetic', label: s.effect_synthetic, kind: 'group', points: line(e.synthetic) }
		]
	};
	const gapChart: LineFigure = {
		...base,
		kind: 'line',
		id: `${id}-gap`,
		title: s.effect_gap_title,
		summary: words[1]!,
		unit: a.indicator.unit,
		// The method's classic figure: every placebo's gap, thin, behind the municipality's.
		thin: {
			label: s.effect_placebo_lines,
			periods: e.periods,
			lines: e.placebos.gaps.map((p) => p.gaps.map((g) => round(g, 2)))
		},
		series: [{ id: 'gap', label: s.effect_gap_series(name), kind: 'municipality', points: line(e.gaps) }]
	};
	return { chart, gapChart };
}
