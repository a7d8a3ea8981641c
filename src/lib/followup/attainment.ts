/**
 * Goal attainment (måluppfyllelse) of one effect target from its observations. Pure and documented
 * in the UI ("Så bedöms status") and in data/README.md; every boundary is unit-tested.
 *
 * Once the target period has an observation, the target is judged on that value:
 *   met          the value is at or beyond the target, in the indicator's good direction;
 *   partly_met   it moved from the baseline at least `partlyMetShare` (default 80 %) of the way;
 *   not_met      otherwise.
 * Before that, the newest value is compared with the straight trajectory from baseline to target:
 *   on_track         at or ahead of where the trajectory says it should be by now;
 *   at_risk          behind the trajectory, but no worse than the baseline;
 *   wrong_direction  worse than the baseline.
 * not_assessable when there is no value after the baseline period, or the newest is older than
 * `maxObservationAgeYears` before `today`.
 */
import type { AttainmentStatus, Direction, Indicator, Point, Target } from '$lib/model/model';
import type { Lang } from '$lib/i18n/lang';
import { latest } from './observations';

export type { AttainmentStatus } from '$lib/model/model';
export { STATUSES } from '$lib/model/model';

export type Trend = 'improved' | 'unchanged' | 'worsened';

export interface Attainment {
	status: AttainmentStatus;
	/** final: judged on the target period's value; ongoing: against the trajectory. */
	phase: 'final' | 'ongoing' | 'none';
	reason: 'no_value_after_baseline' | 'too_old' | null;
	/** The value the status was judged on. */
	assessed: (Point & { value: number }) | null;
	/** Where the straight trajectory says the value should be at the assessed period. */
	expected: number | null;
	/** Share of the way from baseline to target covered (1 = reached; negative = went backwards). */
	progress: number | null;
	trend: Trend | null;
	/** Fitted change per year over the values since the baseline. */
	slope: number | null;
	/** Year the target is reached at the current pace; null when not at this pace. */
	forecastYear: number | null;
	/** The target year has passed but its value is not yet published. */
	awaitingTargetPeriod: boolean;
}

export interface AttainmentOptions {
	direction: Direction;
	today: Date;
	partlyMetShare?: number;
	maxObservationAgeYears?: number;
}

/** A fitted change smaller than this share of the baseline per year counts as unchanged. */
export const UNCHANGED_SHARE_PER_YEAR = 0.005;
const EPS = 1e-9;

type TargetLike = Pick<Target, 'baseline_period' | 'baseline_value' | 'target_period' | 'target_value'>;

export function assessTarget(target: TargetLike, points: readonly Point[], options: AttainmentOptions): Attainment {
	const partly = options.partlyMetShare ?? 0.8;
	const maxAge = options.maxObservationAgeYears ?? 5;
	const { baseline_period: bp, baseline_value: bv, target_period: tp, target_value: tv } = target;
	// Better values are larger on this scale, whichever way the indicator points.
	const good = (v: number) => (options.direction === 'higher' ? v : -v);

	const after = points.filter((p) => p.period > bp && p.value !== null) as (Point & { value: number })[];
	const fitPoints = [{ period: bp, value: bv }, ...after.filter((p) => p.period !== bp)];
	const slope = after.length > 0 ? linearFit(fitPoints).slope : null;
	const trend = slope === null ? null : trendOf(good(slope), Math.abs(bv));
	const newest = latest(after);
	const todayYear = options.today.getUTCFullYear();

	const base: Omit<Attainment, 'status' | 'phase'> = {
		reason: null,
		assessed: null,
		expected: null,
		progress: null,
		trend,
		slope,
		forecastYear: null,
		awaitingTargetPeriod: false
	};
	if (!newest) return { ...base, status: 'not_assessable', phase: 'none', reason: 'no_value_after_baseline' };
	if (todayYear - newest.period > maxAge)
		return { ...base, status: 'not_assessable', phase: 'none', reason: 'too_old', assessed: newest };

	const span = good(tv) - good(bv);
	const progressOf = (v: number) =>
		Math.abs(span) < EPS ? (good(v) >= good(tv) - EPS ? 1 : 0) : (good(v) - good(bv)) / span;
	const reached = (v: number) => good(v) >= good(tv) - EPS;
	const forecastYear = forecast(fitPoints, tv, good, reached(newest.value) ? newest.period : null);

	const atTarget = after.find((p) => p.period === tp) ?? (newest.period > tp ? newest : null);
	if (atTarget) {
		const progress = progressOf(atTarget.value);
		const status: AttainmentStatus = reached(atTarget.value)
			? 'met'
			: progress >= partly - EPS
				? 'partly_met'
				: 'not_met';
		return { ...base, status, phase: 'final', assessed: atTarget, expected: tv, progress, forecastYear };
	}

	const expected = bv + ((tv - bv) * (newest.period - bp)) / (tp - bp);
	const status: AttainmentStatus =
		good(newest.value) >= good(expected) - EPS
			? 'on_track'
			: good(newest.value) >= good(bv) - EPS
				? 'at_risk'
				: 'wrong_direction';
	return {
		...base,
		status,
		phase: 'ongoing',
		assessed: newest,
		expected,
		progress: progressOf(newest.value),
		forecastYear,
		awaitingTargetPeriod: todayYear > tp
	};
}

function trendOf(goodSlope: number, scale: number): Trend {
	const threshold = Math.max(scale, EPS) * UNCHANGED_SHARE_PER_YEAR;
	return goodSlope > threshold ? 'improved' : goodSlope < -threshold ? 'worsened' : 'unchanged';
}

/** Least-squares line through (period, value). One point: a flat line. */
export function linearFit(points: readonly { period: number; value: number }[]): { slope: number; intercept: number } {
	const n = points.length;
	const mx = points.reduce((s, p) => s + p.period, 0) / n;
	const my = points.reduce((s, p) => s + p.value, 0) / n;
	let sxy = 0;
	let sxx = 0;
	for (const p of points) {
		sxy += (p.period - mx) * (p.value - my);
		sxx += (p.period - mx) ** 2;
	}
	const slope = sxx === 0 ? 0 : sxy / sxx;
	return { slope, intercept: my - slope * mx };
}

/** The first whole year the fitted line reaches the target, or null when it moves the other way. */
function forecast(
	fitPoints: readonly { period: number; value: number }[],
	target: number,
	good: (v: number) => number,
	alreadyReachedIn: number | null
): number | null {
	if (alreadyReachedIn !== null) return alreadyReachedIn;
	if (fitPoints.length < 2) return null;
	const { slope, intercept } = linearFit(fitPoints);
	if (good(slope) <= EPS) return null;
	const last = fitPoints[fitPoints.length - 1]!.period;
	const year = Math.ceil((target - intercept) / slope - EPS);
	return Math.max(year, last + 1);
}

/**
 * A target as it stood on a given day: only values up to that day's year count, and the day is
 * "today". What a report decided in August, or an embed frozen at a year, must show.
 */
export function assessAsOf(target: TargetLike, points: readonly Point[], options: AttainmentOptions): Attainment {
	const year = options.today.getUTCFullYear();
	return assessTarget(
		target,
		points.filter((p) => p.period <= year),
		options
	);
}

/** A target with what its key figure says of it: the assessment, the points it rests on, the summary in each language. */
export interface AssessedTarget {
	target: Target;
	indicator: Indicator;
	attainment: Attainment;
	points: Point[];
	summary: Record<Lang, string>;
}
