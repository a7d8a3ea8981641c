/**
 * Plain-language sentences about a key figure or a target, in Swedish and English, ready to paste
 * into a council report. They say the same as the chart: no number here that the chart lacks.
 */
import { isWithheld, type Point, type PointStatus, type WithheldStatus } from '$lib/model/model';
import { periodAtTime, type PeriodKind } from '$lib/model/periods';
import type { Lang } from '$lib/i18n/lang';
import { decimalsFor, formatNumber, formatValue } from '$lib/i18n/format';
import { strings } from '$lib/i18n/strings';
import type { Attainment } from './attainment';
import { latest } from './observations';

export interface NamedPoints {
	label: string;
	points: readonly Point[];
}

function first(points: readonly Point[]) {
	return points.find((p) => p.value !== null) as (Point & { value: number }) | undefined;
}

/**
 * How a summary names a time: a year ("år 2022", "(2022)"), or a period of a measure's own figure
 * ("under HT 2025", "(HT 2025)"). Kolada's key figures are yearly; the default.
 */
export interface PeriodWords {
	/** "år 2022" / "under HT 2025". */
	when: (t: number) => string;
	/** "2022" / "HT 2025", in brackets or after "mellan". */
	bare: (t: number) => string;
	/** "målåret 2026" / "målperioden HT 2026". */
	target: (t: number) => string;
}

export function yearWords(lang: Lang): PeriodWords {
	const s = strings[lang];
	return { when: (t) => s.sum_when_year(t), bare: (t) => String(t), target: (t) => s.sum_target_year(t) };
}

/** A time on the scale of `periodTime` as its period in words: "2022", "andra halvåret 2025". */
export function periodLabel(t: number, kind: PeriodKind, lang: Lang): string {
	if (kind === 'year') return String(t);
	const p = periodAtTime(t, kind);
	return p ? strings[lang].period_name(p.kind, p.year, p.index) : String(t);
}

/** Words for the periods of a measure's own figure ("under HT 2025", "(HT 2025)"); years for Kolada's. */
export function periodWords(kind: PeriodKind, lang: Lang): PeriodWords {
	if (kind === 'year') return yearWords(lang);
	const s = strings[lang];
	const name = (t: number) => periodLabel(t, kind, lang);
	return { when: (t) => s.sum_when_period(name(t)), bare: name, target: (t) => s.sum_target_period(name(t)) };
}

/** "Trollhättan: 9,9 % år 2007 och 6,0 % år 2022. Riket: 5,5 % år 2022." */
export function describeIndicator(main: NamedPoints, others: readonly NamedPoints[], unit: string, lang: Lang): string {
	const s = strings[lang];
	const w = yearWords(lang);
	const f = (v: number) => formatValue(v, unit, lang);
	const a = first(main.points);
	const b = latest(main.points);
	if (!a || !b) return s.sum_no_values(main.label);
	const own =
		a.period === b.period
			? s.sum_one_value(main.label, f(b.value), w.when(b.period))
			: s.sum_from_to(main.label, f(a.value), w.when(a.period), f(b.value), w.when(b.period));
	const rest = others.flatMap((o) => {
		const l = latest(o.points);
		return l ? [s.sum_one_value(o.label, f(l.value), w.when(l.period))] : [];
	});
	return [own, ...rest].join(' ');
}

export interface TargetText {
	indicatorTitle: string;
	unit: string;
	direction: 'higher' | 'lower';
	baseline_period: number;
	baseline_value: number;
	target_period: number;
	target_value: number;
	/** Decimals that keep the values that decide the status apart (decimalsFor); one when not given. */
	decimals?: number;
}

/** The decimals a target's numbers are shown with: enough to tell its baseline, latest and expected values and goal apart. */
export function targetDecimals(
	t: Pick<TargetText, 'baseline_value' | 'target_value'>,
	a: Pick<Attainment, 'assessed' | 'expected'>
): number {
	return decimalsFor([t.baseline_value, t.target_value, a.assessed?.value, a.expected]);
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * "Andelen … minskade från 6,4 % (2018) till 6,0 % (2022). Målet är 5,0 % år 2026. I nuvarande
 * takt nås målet inte förrän 2031."
 */
export function describeTarget(t: TargetText, a: Attainment, lang: Lang, w: PeriodWords = yearWords(lang)): string {
	const s = strings[lang];
	const f = (v: number) => formatValue(v, t.unit, lang, t.decimals ?? targetDecimals(t, a));
	const title = subject(t.indicatorTitle, t.unit, lang);
	const goal = s.sum_goal(f(t.target_value), w.when(t.target_period));
	if (!a.assessed)
		return `${sentenceCase(s.sum_no_later(title, f(t.baseline_value), w.bare(t.baseline_period)))} ${goal}`;
	const v = a.assessed.value;
	const moved =
		v === t.baseline_value
			? s.sum_unchanged_at(title, s.sum_same, f(v), w.bare(t.baseline_period), w.bare(a.assessed.period))
			: s.sum_moved(
					title,
					v > t.baseline_value ? s.sum_rose : s.sum_fell,
					f(t.baseline_value),
					w.bare(t.baseline_period),
					f(v),
					w.bare(a.assessed.period)
				);
	let outlook = '';
	if (a.phase === 'final') {
		outlook =
			a.status === 'met'
				? s.sum_final_met
				: a.status === 'partly_met'
					? s.sum_final_partly_met
					: a.status === 'not_met'
						? s.sum_final_not_met
						: '';
	} else if (a.phase === 'ongoing') {
		if (a.forecastYear === null) outlook = s.sum_never;
		else if (a.forecastYear <= a.assessed.period) outlook = s.sum_already;
		else if (a.forecastYear <= t.target_period) outlook = s.sum_reached_in(a.forecastYear);
		else outlook = s.sum_not_until(a.forecastYear);
		if (a.awaitingTargetPeriod) outlook += ` ${s.sum_awaiting(w.target(t.target_period))}`;
	}
	return [sentenceCase(moved), goal, outlook].filter(Boolean).join(' ');
}

/** "Andelen invånare 16-24 år som …" from Kolada's "Invånare 16-24 år som …, andel (%)". */
function subject(title: string, unit: string, lang: Lang): string {
	const bare = title.replace(/,\s*(andel|share) \(%\).*$/i, '').replace(/\s*\(%\)$/, '');
	if (unit !== '%' || /^\S*(grad|rate)\b/i.test(bare)) return bare;
	return strings[lang].sum_share_of(lowerFirst(bare));
}

const sentenceCase = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export interface FigurePoint {
	/** The period in words ("HT 2025"), its year and its place within the year. */
	name: string;
	year: number;
	index: number;
	value: number | null;
	status: PointStatus | null;
}

/**
 * A measure's own figure in a sentence: its latest value, against the same period a year before
 * (else the period before): "Deltagare: 46 under HT 2025, 12 fler än under HT 2024." A latest value
 * too small to show is said as such, never as a number.
 */
export function describeFigure(
	title: string,
	points: readonly FigurePoint[],
	kind: 'count' | 'share' | 'mean',
	format: (v: number) => string,
	withheld: Record<WithheldStatus, string>,
	lang: Lang
): string {
	const s = strings[lang];
	const during = (p: FigurePoint) => s.fig_during(p.name);
	const shown = points.filter((p) => p.value !== null);
	const last = shown.at(-1);
	const lastSmall = points.filter((p) => isWithheld(p.status)).at(-1);
	if (lastSmall && (!last || points.indexOf(lastSmall) > points.indexOf(last)))
		return s.fig_small(title, during(lastSmall), withheld[lastSmall.status as WithheldStatus]);
	if (!last) return s.fig_no_values(title);
	const before = shown.find((p) => p.year === last.year - 1 && p.index === last.index) ?? shown.at(-2);
	let compare = '';
	if (before) {
		const diff = last.value! - before.value!;
		const size = kind === 'share' ? `${formatNumber(Math.abs(diff), lang, 1)} ${s.fig_points}` : format(Math.abs(diff));
		compare =
			Math.abs(diff) < 1e-9
				? s.fig_same(during(before))
				: kind === 'count'
					? (diff > 0 ? s.fig_more : s.fig_fewer)(size, during(before))
					: (diff > 0 ? s.fig_higher : s.fig_lower)(size, during(before));
	}
	return `${s.fig_latest(title, format(last.value!), during(last))}${compare}.`;
}
