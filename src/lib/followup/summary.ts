/**
 * Plain-language sentences about a key figure or a target, in Swedish and English, ready to paste
 * into a council report. They say the same as the chart: no number here that the chart lacks.
 */
import type { Point } from '$lib/data/model';
import type { Lang } from '$lib/i18n/lang';
import { formatValue } from '$lib/i18n/format';
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

/** "Trollhättan: 9,9 % år 2007 och 6,0 % år 2022. Riket: 5,5 % år 2022." */
export function describeIndicator(main: NamedPoints, others: readonly NamedPoints[], unit: string, lang: Lang): string {
	const s = strings[lang];
	const f = (v: number) => formatValue(v, unit, lang);
	const a = first(main.points);
	const b = latest(main.points);
	if (!a || !b) return s.sum_no_values(main.label);
	const own = a.period === b.period ? s.sum_one_value(main.label, f(b.value), b.period) : s.sum_from_to(main.label, f(a.value), a.period, f(b.value), b.period);
	const rest = others.flatMap((o) => {
		const l = latest(o.points);
		return l ? [s.sum_one_value(o.label, f(l.value), l.period)] : [];
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
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * "Andelen … minskade från 6,4 % (2018) till 6,0 % (2022). Målet är 5,0 % år 2026. I nuvarande
 * takt nås målet inte förrän 2031."
 */
export function describeTarget(t: TargetText, a: Attainment, lang: Lang): string {
	const s = strings[lang];
	const f = (v: number) => formatValue(v, t.unit, lang);
	const title = subject(t.indicatorTitle, t.unit, lang);
	const goal = s.sum_goal(f(t.target_value), t.target_period);
	if (!a.assessed) return `${sentenceCase(s.sum_no_later(title, f(t.baseline_value), t.baseline_period))} ${goal}`;
	const v = a.assessed.value;
	const moved =
		v === t.baseline_value
			? s.sum_unchanged_at(title, s.sum_same, f(v), t.baseline_period, a.assessed.period)
			: s.sum_moved(title, v > t.baseline_value ? s.sum_rose : s.sum_fell, f(t.baseline_value), t.baseline_period, f(v), a.assessed.period);
	let outlook = '';
	if (a.phase === 'final') {
		outlook = a.status === 'met' ? s.sum_final_met : a.status === 'partly_met' ? s.sum_final_partly_met : a.status === 'not_met' ? s.sum_final_not_met : '';
	} else if (a.phase === 'ongoing') {
		if (a.forecastYear === null) outlook = s.sum_never;
		else if (a.forecastYear <= a.assessed.period) outlook = s.sum_already;
		else if (a.forecastYear <= t.target_period) outlook = s.sum_reached_in(a.forecastYear);
		else outlook = s.sum_not_until(a.forecastYear);
		if (a.awaitingTargetPeriod) outlook += ` ${s.sum_awaiting(t.target_period)}`;
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
