import { describe, expect, it } from 'vitest';
import { assessAsOf, assessTarget, linearFit } from '$lib/followup/attainment';
import type { Point } from '$lib/model/model';

const today = new Date('2026-11-22T00:00:00Z');
const pts = (pairs: [number, number | null][]): Point[] =>
	pairs.map(([period, value]) => ({ period, value, status: value === null ? '..' : null }));

// Lower is better: from 10 (2018) to 6 (2026): the trajectory expects 8 in 2022.
const lower = { baseline_period: 2018, baseline_value: 10, target_period: 2026, target_value: 6 };
// Higher is better: from 50 (2018) to 60 (2022).
const higher = { baseline_period: 2018, baseline_value: 50, target_period: 2022, target_value: 60 };

describe('before the target period: against the trajectory', () => {
	const at = (v: number) =>
		assessTarget(
			lower,
			pts([
				[2018, 10],
				[2022, v]
			]),
			{ direction: 'lower', today }
		).status;
	it('on track at or ahead of the trajectory', () => {
		expect(at(8)).toBe('on_track');
		expect(at(7.5)).toBe('on_track');
	});
	it('at risk behind the trajectory but no worse than baseline', () => {
		expect(at(8.01)).toBe('at_risk');
		expect(at(10)).toBe('at_risk');
	});
	it('wrong direction when worse than the baseline', () => {
		expect(at(10.01)).toBe('wrong_direction');
	});
	it('works the same for an indicator where higher is better', () => {
		const t = { ...higher, target_period: 2026 }; // expects 55 in 2022
		const s = (v: number) => assessTarget(t, pts([[2022, v]]), { direction: 'higher', today }).status;
		expect([s(55), s(54.9), s(50), s(49.9)]).toEqual(['on_track', 'at_risk', 'at_risk', 'wrong_direction']);
	});
	it('reports the expected value on the trajectory and the progress share', () => {
		const a = assessTarget(lower, pts([[2022, 9]]), { direction: 'lower', today });
		expect(a.expected).toBeCloseTo(8);
		expect(a.progress).toBeCloseTo(0.25);
		expect(a.phase).toBe('ongoing');
	});
});

describe('after the target period: met, partly met, not met', () => {
	const at = (v: number, share?: number) =>
		assessTarget(
			higher,
			pts([
				[2020, 52],
				[2022, v]
			]),
			{ direction: 'higher', today, partlyMetShare: share }
		).status;
	it('met at or beyond the target value', () => {
		expect(at(60)).toBe('met');
		expect(at(65)).toBe('met');
	});
	it('partly met from 80 % of the way (configurable)', () => {
		expect(at(58)).toBe('partly_met');
		expect(at(57.99)).toBe('not_met');
		expect(at(55, 0.5)).toBe('partly_met');
	});
	it('not met when it went backwards', () => {
		expect(at(45)).toBe('not_met');
	});
	it('lower is better: below the target is met', () => {
		const t = { ...lower, target_period: 2022 };
		const s = (v: number) => assessTarget(t, pts([[2022, v]]), { direction: 'lower', today }).status;
		expect([s(6), s(5), s(6.8), s(6.81), s(11)]).toEqual(['met', 'met', 'partly_met', 'not_met', 'not_met']);
	});
	it('judges a target already past on the target-year value even when later values exist', () => {
		const a = assessTarget(
			higher,
			pts([
				[2022, 61],
				[2023, 40]
			]),
			{ direction: 'higher', today }
		);
		expect(a.status).toBe('met');
		expect(a.assessed?.period).toBe(2022);
	});
	it('uses the newest later value when the target year itself is missing', () => {
		const a = assessTarget(
			higher,
			pts([
				[2022, null],
				[2023, 58]
			]),
			{ direction: 'higher', today }
		);
		expect(a.status).toBe('partly_met');
		expect(a.assessed?.period).toBe(2023);
	});
});

describe('not assessable', () => {
	it('without any value after the baseline', () => {
		const a = assessTarget(
			lower,
			pts([
				[2016, 9],
				[2018, 10]
			]),
			{ direction: 'lower', today }
		);
		expect(a).toMatchObject({ status: 'not_assessable', reason: 'no_value_after_baseline' });
	});
	it('when only missing (suppressed) values follow the baseline', () => {
		expect(
			assessTarget(
				lower,
				pts([
					[2020, null],
					[2021, null]
				]),
				{ direction: 'lower', today }
			).status
		).toBe('not_assessable');
	});
	it('when the newest value is too old', () => {
		const a = assessTarget(lower, pts([[2019, 9]]), { direction: 'lower', today, maxObservationAgeYears: 5 });
		expect(a).toMatchObject({ status: 'not_assessable', reason: 'too_old' });
		expect(
			assessTarget(lower, pts([[2021, 8.4]]), { direction: 'lower', today, maxObservationAgeYears: 5 }).status
		).toBe('on_track');
	});
});

describe('trend and forecast', () => {
	it('a single observation after the baseline gives a trend and a forecast from two points', () => {
		const a = assessTarget(lower, pts([[2022, 9]]), { direction: 'lower', today });
		expect(a.trend).toBe('improved');
		// 10 → 9 in four years: 6 is reached in 2034.
		expect(a.forecastYear).toBe(2034);
	});
	it('worsening means no forecast', () => {
		const a = assessTarget(
			lower,
			pts([
				[2020, 10.5],
				[2022, 11]
			]),
			{ direction: 'lower', today }
		);
		expect(a.trend).toBe('worsened');
		expect(a.forecastYear).toBeNull();
	});
	it('a flat series is unchanged', () => {
		expect(
			assessTarget(
				lower,
				pts([
					[2020, 10],
					[2022, 10.01]
				]),
				{ direction: 'lower', today }
			).trend
		).toBe('unchanged');
	});
	it('linear fit through exact points', () => {
		const fit = linearFit([
			{ period: 2000, value: 1 },
			{ period: 2002, value: 5 }
		]);
		expect(fit.slope).toBeCloseTo(2);
		expect(fit.intercept + fit.slope * 2001).toBeCloseTo(3);
	});
	it('gender-specific targets read only their own series (the caller passes that gender)', () => {
		const women = pts([[2022, 5]]);
		const men = pts([[2022, 11]]);
		expect(assessTarget(lower, women, { direction: 'lower', today }).status).toBe('on_track');
		expect(assessTarget(lower, men, { direction: 'lower', today }).status).toBe('wrong_direction');
	});
});

describe('assessAsOf: a target as it stood on a given day', () => {
	it('counts only values up to that year, so a later value does not change an earlier report', () => {
		const target = { baseline_period: 2018, baseline_value: 10, target_period: 2024, target_value: 5 };
		const points = [
			{ period: 2019, value: 9.5, status: null },
			{ period: 2020, value: 9.9, status: null },
			{ period: 2023, value: 4.8, status: null }
		];
		const options = { direction: 'lower' as const, partlyMetShare: 0.8, maxObservationAgeYears: 5 };
		const then = assessAsOf(target, points, { ...options, today: new Date('2021-08-31T00:00:00Z') });
		const now = assessAsOf(target, points, { ...options, today: new Date('2025-08-31T00:00:00Z') });
		expect(then.status).not.toBe(now.status);
		expect(then).toEqual(
			assessTarget(target, points.slice(0, 2), { ...options, today: new Date('2021-08-31T00:00:00Z') })
		);
	});
});
