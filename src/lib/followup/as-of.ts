/**
 * A target as it stood on a given day. A report decided in August, or an embed frozen at a year,
 * must keep showing what was decided on: only values up to that day's year count, the day is
 * "today", and the status, trend and summary are worked out again from what is left.
 */
import type { Point } from '$lib/model/model';
import type { Lang } from '$lib/i18n/lang';
import { assessAsOf, type AttainmentStatus, type Trend } from './attainment';
import { latest } from './observations';
import { describeTarget, periodWords, type TargetText } from './summary';
import type { PeriodKind } from '$lib/model/periods';

export interface AssessmentRules {
	partlyMetShare: number;
	maxAge: number;
}

export interface AssessmentAsOf {
	status: AttainmentStatus;
	trend: Trend | null;
	latest: (Point & { value: number }) | null;
	summary: string;
}

/** `points` are the target's values; `asOf` an ISO date. */
export function assessmentAsOf(
	target: TargetText & { periodKind?: PeriodKind },
	points: readonly Point[],
	asOf: string,
	rules: AssessmentRules,
	lang: Lang
): AssessmentAsOf {
	const year = Number(asOf.slice(0, 4));
	const kept = points.filter((p) => p.period <= year);
	const a = assessAsOf(target, kept, {
		direction: target.direction,
		today: new Date(`${asOf}T00:00:00Z`),
		partlyMetShare: rules.partlyMetShare,
		maxObservationAgeYears: rules.maxAge
	});
	return {
		status: a.status,
		trend: a.trend,
		latest: latest(kept),
		summary: describeTarget(target, a, lang, periodWords(target.periodKind ?? 'year', lang))
	};
}
