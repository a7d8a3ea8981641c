/**
 * Plain-language sentences about a key figure or a target, in Swedish and English, ready to paste
 * into a council report. They say the same as the chart: no number here that the chart lacks.
 */
import type { Point } from '$lib/data/model';
import type { Lang } from '$lib/i18n/lang';
import { formatValue } from '$lib/i18n/format';
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
	const f = (v: number) => formatValue(v, unit, lang);
	const a = first(main.points);
	const b = latest(main.points);
	if (!a || !b) return lang === 'sv' ? `${main.label}: inga värden.` : `${main.label}: no values.`;
	const own =
		a.period === b.period
			? lang === 'sv'
				? `${main.label}: ${f(b.value)} år ${b.period}.`
				: `${main.label}: ${f(b.value)} in ${b.period}.`
			: lang === 'sv'
				? `${main.label}: ${f(a.value)} år ${a.period} och ${f(b.value)} år ${b.period}.`
				: `${main.label}: ${f(a.value)} in ${a.period} and ${f(b.value)} in ${b.period}.`;
	const rest = others.flatMap((o) => {
		const l = latest(o.points);
		if (!l) return [];
		return [lang === 'sv' ? `${o.label}: ${f(l.value)} år ${l.period}.` : `${o.label}: ${f(l.value)} in ${l.period}.`];
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
	const f = (v: number) => formatValue(v, t.unit, lang);
	const title = subject(t.indicatorTitle, t.unit, lang);
	const goal =
		lang === 'sv'
			? `Målet är ${f(t.target_value)} år ${t.target_period}.`
			: `The target is ${f(t.target_value)} in ${t.target_period}.`;
	if (!a.assessed) {
		return lang === 'sv'
			? `${sentenceCase(title)}: utgångsvärdet var ${f(t.baseline_value)} (${t.baseline_period}) och det finns inget senare värde. ${goal}`
			: `${sentenceCase(title)}: the baseline was ${f(t.baseline_value)} (${t.baseline_period}) and there is no later value. ${goal}`;
	}
	const v = a.assessed.value;
	const change = v === t.baseline_value ? 'same' : v > t.baseline_value ? 'up' : 'down';
	const verb =
		lang === 'sv'
			? { up: 'ökade', down: 'minskade', same: 'var oförändrad' }[change]
			: { up: 'rose', down: 'fell', same: 'was unchanged' }[change];
	const moved =
		change === 'same'
			? lang === 'sv'
				? `${title} ${verb} på ${f(v)} mellan ${t.baseline_period} och ${a.assessed.period}.`
				: `${title} ${verb} at ${f(v)} between ${t.baseline_period} and ${a.assessed.period}.`
			: lang === 'sv'
				? `${title} ${verb} från ${f(t.baseline_value)} (${t.baseline_period}) till ${f(v)} (${a.assessed.period}).`
				: `${title} ${verb} from ${f(t.baseline_value)} (${t.baseline_period}) to ${f(v)} (${a.assessed.period}).`;
	let outlook = '';
	if (a.phase === 'final') {
		outlook =
			lang === 'sv'
				? { met: 'Målet är uppfyllt.', partly_met: 'Målet är delvis uppfyllt.', not_met: 'Målet är inte uppfyllt.' }[
						a.status as 'met' | 'partly_met' | 'not_met'
					] ?? ''
				: { met: 'The target is met.', partly_met: 'The target is partly met.', not_met: 'The target is not met.' }[
						a.status as 'met' | 'partly_met' | 'not_met'
					] ?? '';
	} else if (a.phase === 'ongoing') {
		if (a.forecastYear === null)
			outlook = lang === 'sv' ? 'I nuvarande takt nås inte målet.' : 'At the current pace the target will not be reached.';
		else if (a.forecastYear <= a.assessed.period)
			outlook = lang === 'sv' ? 'Målvärdet är redan nått.' : 'The target value has already been reached.';
		else if (a.forecastYear <= t.target_period)
			outlook =
				lang === 'sv'
					? `I nuvarande takt nås målet ${a.forecastYear}.`
					: `At the current pace the target is reached in ${a.forecastYear}.`;
		else
			outlook =
				lang === 'sv'
					? `I nuvarande takt nås målet inte förrän ${a.forecastYear}.`
					: `At the current pace the target is not reached until ${a.forecastYear}.`;
		if (a.awaitingTargetPeriod)
			outlook +=
				lang === 'sv'
					? ` Värdet för målåret ${t.target_period} är ännu inte publicerat.`
					: ` The value for the target year ${t.target_period} is not yet published.`;
	}
	return [sentenceCase(moved), goal, outlook].filter(Boolean).join(' ');
}

/** "Andelen invånare 16-24 år som …" from Kolada's "Invånare 16-24 år som …, andel (%)". */
function subject(title: string, unit: string, lang: Lang): string {
	const bare = title.replace(/,\s*(andel|share) \(%\).*$/i, '').replace(/\s*\(%\)$/, '');
	if (unit !== '%' || /^\S*(grad|rate)\b/i.test(bare)) return bare;
	return lang === 'sv' ? `andelen ${lowerFirst(bare)}` : `the share of ${lowerFirst(bare)}`;
}

const sentenceCase = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
