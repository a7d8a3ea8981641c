/** A target's view and chart as they stood on a report's day (see ../as-of.ts for the rules). */
import type { Point } from '$lib/model/model';
import type { Lang } from '$lib/i18n/lang';
import { assessmentAsOf, type AssessmentAsOf, type AssessmentRules } from '../as-of';
import type { TargetChartData, TargetView } from './entities';

/** The chart with no value after `year`, in any of its lines. */
export function chartUntil(chart: TargetChartData, year: number | null): TargetChartData {
	if (year === null) return chart;
	const cut = <S extends { points: readonly Point[] }>(s: S): S => ({
		...s,
		points: s.points.filter((p) => p.period <= year)
	});
	const comparisons = Object.fromEntries(Object.entries(chart.comparisons).map(([k, s]) => [k, cut(s!)]));
	return { ...chart, main: cut(chart.main), comparisons };
}

export interface TargetAsOf extends AssessmentAsOf {
	chart: TargetChartData;
}

/** `asOf` is an ISO date, or null for the target as it stands today. */
export function targetAsOf(
	target: TargetView,
	chart: TargetChartData,
	asOf: string | null,
	rules: AssessmentRules,
	lang: Lang
): TargetAsOf {
	if (asOf === null)
		return { status: target.status, trend: target.trend, latest: target.latest, summary: target.summary, chart };
	const capped = chartUntil(chart, Number(asOf.slice(0, 4)));
	const text = {
		...target,
		indicatorTitle: target.indicator.title,
		unit: target.indicator.unit,
		direction: target.indicator.direction
	};
	const then = assessmentAsOf(text, capped.main.points, asOf, rules, lang);
	return { ...then, chart: { ...capped, summary: then.summary } };
}
