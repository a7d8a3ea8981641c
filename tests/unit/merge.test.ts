import { describe, expect, it } from 'vitest';
import { mergeObservations } from '$lib/data/merge';
import type { Observation } from '$lib/data/model';

const o = (period: number, value: number | null, gender: 'T' | 'K' = 'T'): Observation => ({ indicator: 'N02797', municipality: '1488', period, gender, value, status: null });

describe('mergeObservations', () => {
	it('an uploaded value replaces the published one with the same key and joins the rest', () => {
		const merged = mergeObservations([o(2021, 6.3), o(2022, 5.97), o(2022, 5.7, 'K')], [o(2022, 4.5), o(2023, 4)]);
		expect(merged).toEqual([o(2021, 6.3), o(2022, 5.7, 'K'), o(2022, 4.5), o(2023, 4)]);
	});
	it('a missing uploaded value replaces a published number: missing is never zero, and never ignored', () => {
		expect(mergeObservations([o(2022, 5.97)], [{ ...o(2022, null), status: '..' }])).toEqual([{ ...o(2022, null), status: '..' }]);
	});
});
