import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mergeObservations, mergeObservationsInSlices } from '$lib/data/merge';
import type { Observation } from '$lib/model/model';
import { readObservations } from '$lib/data/observations-csv';
import { readTable } from '$lib/data/table';
import { observationSchema } from '$lib/data/schemas';

const o = (
	period: number,
	value: number | null,
	gender: 'T' | 'K' = 'T',
	indicator = 'N02797',
	municipality = '1488'
): Observation => ({ indicator, municipality, period, gender, value, status: null });
const now = () => Promise.resolve();

describe('mergeObservations', () => {
	it('an uploaded value replaces the published one with the same key and joins the rest', () => {
		const merged = mergeObservations([o(2021, 6.3), o(2022, 5.97), o(2022, 5.7, 'K')], [o(2022, 4.5), o(2023, 4)]);
		expect(merged).toEqual([o(2021, 6.3), o(2022, 5.7, 'K'), o(2022, 4.5), o(2023, 4)]);
	});
	it('a missing uploaded value replaces a published number: missing is never zero, and never ignored', () => {
		expect(mergeObservations([o(2022, 5.97)], [{ ...o(2022, null), status: '..' }])).toEqual([
			{ ...o(2022, null), status: '..' }
		]);
	});
	it('every part of the key counts: another key figure, kommun, year or gender is another value', () => {
		const published = [
			o(2022, 1, 'T', 'N02797', '1488'),
			o(2022, 2, 'T', 'N02798', '1488'),
			o(2022, 3, 'T', 'N02797', '1489'),
			o(2021, 4),
			o(2022, 5, 'K')
		];
		expect(mergeObservations(published, [o(2022, 9)])).toEqual([...published.slice(1), o(2022, 9)]);
		// Codes that read alike as numbers are still different codes.
		expect(mergeObservations([o(2022, 1, 'T', 'N1', '0180')], [o(2022, 2, 'T', 'N1', '180')])).toHaveLength(2);
	});
	it('in slices, the same as at once', async () => {
		const published = Array.from({ length: 300 }, (_, i) =>
			o(2000 + (i % 30), i, i % 2 ? 'K' : 'T', `N${i % 7}`, String(1400 + (i % 11)))
		);
		const uploaded = published.filter((_, i) => i % 3 === 0).map((x) => ({ ...x, value: -1 }));
		expect(await mergeObservationsInSlices(published, uploaded, now, 17)).toEqual(
			mergeObservations(published, uploaded)
		);
	});
});

describe("readObservations (the site's own, already checked rows)", () => {
	it('reads data/observations.csv exactly as the repository reader does', async () => {
		const text = readFileSync('data/observations.csv', 'utf8');
		const expected = readTable('observations.csv', text, observationSchema).rows.map((r) => r.value);
		const read = await readObservations('observations.csv', text, now, 5000);
		expect(read).toEqual(expected);
		expect(read.length).toBeGreaterThan(1000);
	});
	it('holds each id and code once, however many rows repeat it', async () => {
		const text =
			'indicator,municipality,period,gender,value,status\n' +
			['N1,0180,2020,T,1.5,', 'N1,0180,2021,T,,..', 'N1,0180,2022,K,-2,'].join('\r\n') +
			'\n';
		const rows = await readObservations('x.csv', text, now);
		expect(rows).toEqual([
			{ indicator: 'N1', municipality: '0180', period: 2020, gender: 'T', value: 1.5, status: null },
			{ indicator: 'N1', municipality: '0180', period: 2021, gender: 'T', value: null, status: '..' },
			{ indicator: 'N1', municipality: '0180', period: 2022, gender: 'K', value: -2, status: null }
		]);
	});
	it('anything but the plain format goes to the repository reader: quotes, another header, a cell it refuses', async () => {
		const head = 'indicator,municipality,period,gender,value,status\n';
		expect(await readObservations('x.csv', `${head}"N1",0180,2020,T,1.5,\n`, now)).toEqual([
			{ indicator: 'N1', municipality: '0180', period: 2020, gender: 'T', value: 1.5, status: null }
		]);
		expect(
			await readObservations('x.csv', 'municipality,indicator,period,gender,value,status\n0180,N1,2020,T,1,\n', now)
		).toEqual([{ indicator: 'N1', municipality: '0180', period: 2020, gender: 'T', value: 1, status: null }]);
		await expect(readObservations('x.csv', `${head}N1,180,2020,T,1,\n`, now)).rejects.toThrow(
			/x\.csv: bad_code \(line 2\)/
		);
		await expect(readObservations('x.csv', `${head}N1,0180,2020,T,1e5,\n`, now)).rejects.toThrow(
			/not_a_number \(line 2\)/
		);
	});
});
