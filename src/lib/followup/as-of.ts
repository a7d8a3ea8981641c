/**
 * A target as it stood on a report's day. A report decided in August, or an embed frozen at a
 * year, must keep showing what was decided on: values after that year are left out of the chart
 * (comparison lines too), and the status, trend and summary are worked out again from what is left.
 */
import type { Lang } from '$lib/data/model';
import { assessAsOf, type AttainmentStatus, type Trend } from './attainment';
import { latest, type Point } from './observations';
import { describeTarget } from './summary';
import type { TargetChartData, TargetView } from './views';

export type ReportKind = 'current' | 'delar' | 'ar';

export interface ReportPeriod {
	kind: ReportKind;
	/** null for the current follow-up. */
	year: number | null;
	/** The day the targets are assessed on (ISO date), null for the current follow-up. */
	asOf: string | null;
}

/** Reads ?period=delar-2025 (Delårsrapport augusti) or ar-2025 (Årsbokslut); anything else is the current follow-up. */
export function reportPeriod(param: string | null): ReportPeriod {
	const m = /^(delar|ar)-(\d{4})$/.exec(param ?? '');
	if (!m) return { kind: 'current', year: null, asOf: null };
	const year = Number(m[2]);
	return { kind: m[1] as ReportKind, year, asOf: m[1] === 'delar' ? `${year}-08-31` : `${year}-12-31` };
}

export interface AssessmentRules {
	partlyMetShare: number;
	maxAge: number;
}

/** The chart with no value after `year`, in any of its lines. */
export function chartUntil(chart: TargetChartData, year: number | null): TargetChartData {
	if (year === null) return chart;
	const cut = <S extends { points: readonly Point[] }>(s: S): S => ({ ...s, points: s.points.filter((p) => p.period <= year) });
	const comparisons = Object.fromEntries(Object.entries(chart.comparisons).map(([k, s]) => [k, cut(s!)]));
	return { ...chart, main: cut(chart.main), comparisons };
}

export interface TargetAsOf {
	status: AttainmentStatus;
	trend: Trend | null;
	latest: (Point & { value: number }) | null;
	summary: string;
	chart: TargetChartData;
}

/** `asOf` is an ISO date, or null for the target as it stands today. */
export function targetAsOf(target: TargetView, chart: TargetChartData, asOf: string | null, rules: AssessmentRules, lang: Lang): TargetAsOf {
	if (asOf === null) return { status: target.status, trend: target.trend, latest: target.latest, summary: target.summary, chart };
	const capped = chartUntil(chart, Number(asOf.slice(0, 4)));
	const points = capped.main.points;
	const a = assessAsOf(target, points, {
		direction: target.indicator.direction,
		today: new Date(`${asOf}T00:00:00Z`),
		partlyMetShare: rules.partlyMetShare,
		maxObservationAgeYears: rules.maxAge
	});
	const summary = describeTarget(
		{ ...target, indicatorTitle: target.indicator.title, unit: target.indicator.unit, direction: target.indicator.direction },
		a,
		lang
	);
	return { status: a.status, trend: a.trend, latest: latest(points), summary, chart: { ...capped, summary } };
}
