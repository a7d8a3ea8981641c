/**
 * Values that decide a target's status are shown with enough decimals to tell them apart: a change
 * from 0.660 to 0.678 is not "0,7 % → 0,7 %" beside "Fel riktning".
 */
import { describe, expect, it } from 'vitest';
import { decimalsFor, formatValue } from '$lib/i18n/format';
import { assessTarget } from '$lib/followup/attainment';
import { describeTarget, targetDecimals } from '$lib/followup/summary';
import type { Target } from '$lib/model/model';

describe('decimalsFor', () => {
	it('adds decimals only until different values read differently', () => {
		expect(decimalsFor([6.4, 5.97, 5.0])).toBe(1);
		expect(decimalsFor([0.66, 0.678])).toBe(2);
		expect(decimalsFor([0.6601, 0.6604])).toBe(4);
		expect(decimalsFor([0.66, 0.66, null, undefined])).toBe(1);
		expect(decimalsFor([3, 4], 0)).toBe(0);
	});
	it('never shows two different values alike, up to its limit', () => {
		for (const [a, b] of [
			[0.66, 0.678],
			[12.34, 12.31],
			[99.95, 100.04],
			[1.05, 1.15]
		]) {
			const d = decimalsFor([a!, b!]);
			expect(formatValue(a!, '%', 'sv', d)).not.toBe(formatValue(b!, '%', 'sv', d));
		}
	});
});

describe("a target's summary", () => {
	const target = {
		id: 't1',
		measure: null,
		organisation: 'asn',
		indicator: 'N31816',
		municipality: '1490',
		gender: 'T',
		baseline_period: 2020,
		baseline_value: 0.66,
		target_value: 0.5,
		target_period: 2026,
		decided_by: 'KF',
		decided_at: null,
		example: false
	} as unknown as Target;
	const points = [
		{ period: 2020, value: 0.66, status: null },
		{ period: 2022, value: 0.678, status: null }
	];
	const a = assessTarget(target, points, {
		direction: 'lower',
		today: new Date('2026-11-29'),
		partlyMetShare: 0.8,
		maxObservationAgeYears: 5
	});

	it('shows the rise that puts it in the wrong direction', () => {
		expect(a.status).toBe('wrong_direction');
		expect(targetDecimals(target, a)).toBe(2);
		const text = describeTarget(
			{ ...target, indicatorTitle: 'Vuxna biståndsmottagare, andel (%)', unit: '%', direction: 'lower' },
			a,
			'sv'
		);
		expect(text).toContain('0,66\u00a0%');
		expect(text).toContain('0,68\u00a0%');
		expect(text).not.toMatch(/0,7\u00a0% \(2020\)/);
	});
});
