/**
 * The importer as an official meets it: real Kolada rows written the ways Swedish Excel, Kolada and
 * people write them; applied, undone and exported. Runs the same SQL as the browser, on native DuckDB
 * of the same version (bad input and the fuzz test: ./upload-store-bad.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { comma, cp1252, excel, published, real, storeForTests, utf8 } from './upload-store-setup';

const db = storeForTests();

describe('files as they come', () => {
	it('Swedish Excel (Windows-1252, semicolon, decimal comma, CRLF) reads the real values exactly', async () => {
		const r = await db.store.stage(cp1252(excel), 'excel.csv');
		expect(r).toMatchObject({
			ok: true,
			encoding: 'windows-1252',
			delimiter: ';',
			decimal: ',',
			layout: 'tidy',
			rowsRead: real.length
		});
		// The file repeats what is published: nothing new, nothing changed.
		expect(r.preview!.indicators).toEqual([
			{ id: 'N02797', known: true, values: real.length, new: 0, changed: 0, unchanged: real.length }
		]);
		expect(r.preview!.municipalities).toBe(2);
	});

	it('UTF-8 with BOM and without; tab-separated; LF', async () => {
		for (const bytes of [
			utf8('\ufeff' + excel),
			utf8(excel),
			utf8(excel.replaceAll(';', '\t').replaceAll('\r\n', '\n'))
		]) {
			const r = await db.store.stage(bytes, 'x.csv');
			expect(r.ok).toBe(true);
			expect(r.preview!.indicators[0]!.unchanged).toBe(real.length);
		}
	});

	it('thousands separated by space, no-break and narrow no-break space; minus as − or -; quoted fields', async () => {
		// A key figure of the municipality's own (not a share, so any number is a value), named when applied.
		const file = [
			'nyckeltal;kommun;år;kön;värde',
			'EGEN1;1488;2030;T;1 234,5',
			'EGEN1;1488;2031;T;1\u00a0234,5',
			'EGEN1;1488;2032;T;"1\u202f234,5"',
			'EGEN1;1488;2033;T;−2,5',
			'EGEN1;1488;2034;T;-2,5',
			'"EGEN1";"1488";"2035";"T";"0,25"'
		].join('\n');
		const r = await db.store.stage(utf8(file), 'x.csv');
		expect(r.ok).toBe(true);
		await db.store.apply([{ id: 'EGEN1', title: 'Egen uppföljning' }]);
		const v = (await db.series('EGEN1', '1488')).filter((p) => p.period >= 2030).map((p) => p.value);
		expect(v).toEqual([1234.5, 1234.5, 1234.5, -2.5, -2.5, 0.25]);
	});

	it('a series asked for by the key-figure page is the same as the whole view gives: upload first, published otherwise', async () => {
		const file =
			'nyckeltal;kommun;år;kön;värde\nN02797;1488;2020;T;1,5\nN02797;1488;2031;T;2,5\nN02797;1490;2020;K;3,5\n';
		expect((await db.store.stage(utf8(file), 'x.csv')).ok).toBe(true);
		await db.store.apply();
		for (const [m, g] of [
			['1488', 'T'],
			['1490', 'K'],
			['1490', 'T'],
			['0000', 'M']
		] as const) {
			const asked = await db.store.series('N02797', m, g);
			expect(asked).toEqual((await db.series('N02797', m, g)).map((r) => ({ ...r, period: Number(r.period) })));
		}
		const t = await db.store.series('N02797', '1488', 'T');
		expect(t.find((p) => p.period === 2020)!.value).toBe(1.5);
		expect(t.at(-1)).toEqual({ period: 2031, value: 2.5, status: null });
		expect(t.filter((p) => p.period === 2020)).toHaveLength(1);
	});

	it("Kolada's marks and empty cells are missing values with their status, never zero", async () => {
		const file =
			'nyckeltal;kommun;år;kön;värde\nN02797;1488;2030;T;..\nN02797;1488;2031;T;-\nN02797;1488;2032;T;.\nN02797;1488;2033;T;\n';
		const r = await db.store.stage(utf8(file), 'x.csv');
		expect(r.ok).toBe(true);
		await db.store.apply();
		const after = (await db.series('N02797', '1488')).filter((p) => p.period >= 2030);
		expect(after).toEqual([
			{ period: 2030, value: null, status: '..' },
			{ period: 2031, value: null, status: '-' },
			{ period: 2032, value: null, status: '.' },
			{ period: 2033, value: null, status: null }
		]);
	});

	it('a wide layout, one column per year, as people keep it in Excel', async () => {
		const years = [2019, 2020, 2021, 2022];
		const row = (m: string) =>
			[
				`N02797`,
				m,
				...years.map((y) => comma(real.find((r) => r.municipality === m && r.period === y && r.gender === 'T')!.value))
			].join(';');
		const r = await db.store.stage(
			cp1252(`Nyckeltal;Kommun;${years.join(';')}\r\n${row('1488')}\r\n${row('0000')}\r\n`),
			'wide.csv'
		);
		expect(r).toMatchObject({ ok: true, layout: 'wide' });
		expect(r.preview).toMatchObject({ values: 8, periods: years });
		expect(r.preview!.indicators[0]).toMatchObject({ unchanged: 8, new: 0, changed: 0 });
	});

	it("Kolada's API JSON, v2 and v3 shapes; a deleted value is left out", async () => {
		const values = real.filter((r) => r.municipality === '1488' && r.gender === 'T').slice(-3);
		const body = (extra: object) => ({
			...extra,
			values: values.map((v) => ({
				kpi: v.indicator,
				municipality: v.municipality,
				period: v.period,
				values: [{ gender: 'T', status: '', value: v.value, count: 1 }]
			}))
		});
		for (const doc of [body({ count: 3 }), body({ count: 3, next_url: null, previous_url: null })]) {
			const r = await db.store.stage(utf8(JSON.stringify(doc)), 'kolada.json');
			expect(r).toMatchObject({ ok: true, format: 'kolada-json', lineUnit: 'record', rowsRead: 3 });
			expect(r.preview!.indicators[0]).toMatchObject({ unchanged: 3 });
		}
		const deleted = body({});
		(deleted.values[0]!.values[0] as Record<string, unknown>).isdeleted = true;
		expect((await db.store.stage(utf8(JSON.stringify(deleted)), 'k.json')).preview!.values).toBe(2);
	});

	it("Kolada's API status words and R's NA are missing values with the right mark", async () => {
		const doc = {
			values: [
				{
					kpi: 'N02797',
					municipality: '1488',
					period: 2030,
					values: [{ gender: 'T', status: 'Privacy', value: null }]
				},
				{
					kpi: 'N02797',
					municipality: '1488',
					period: 2031,
					values: [{ gender: 'T', status: 'Missing', value: null }]
				},
				{
					kpi: 'N02797',
					municipality: '1488',
					period: 2032,
					values: [{ gender: 'T', status: 'Not applicable', value: null }]
				},
				{
					kpi: 'N02797',
					municipality: '1488',
					period: 2033,
					values: [{ gender: 'T', status: 'Not applicable', value: 1.5 }]
				}
			]
		};
		expect((await db.store.stage(utf8(JSON.stringify(doc)), 'k.json')).ok).toBe(true);
		await db.store.apply();
		expect((await db.series('N02797', '1488')).filter((p) => p.period >= 2030)).toEqual([
			{ period: 2030, value: null, status: '..' },
			{ period: 2031, value: null, status: '-' },
			{ period: 2032, value: null, status: '.' },
			{ period: 2033, value: 1.5, status: null }
		]);
		await db.store.undo();
		const r = await db.store.stage(
			utf8('kpi,municipality_id,year,count,gender,value\nN02797,1488,2030,1,T,NA\n'),
			'rkolada.csv'
		);
		expect(r.ok).toBe(true);
		expect(r.problems.map((p) => p.kind)).toEqual(['unknown_column']);
	});

	it('municipality codes stay text with their leading zeros', async () => {
		const r = await db.store.stage(
			utf8('indicator,municipality,period,gender,value\nN02797,0138,2030,T,1.5\n'),
			'x.csv'
		);
		expect(r.ok).toBe(true);
		await db.store.apply();
		expect(await db.series('N02797', '0138')).toContainEqual({ period: 2030, value: 1.5, status: null });
	});
});

describe('apply, undo, export', () => {
	it('applies all or nothing, and undo goes back to the published data', async () => {
		const before = await db.series('N02797', '1488');
		await db.store.stage(
			utf8('nyckeltal;kommun;år;kön;värde\nN02797;1488;2022;T;4,5\nN02797;1488;2023;T;4\n'),
			'x.csv'
		);
		expect(await db.series('N02797', '1488')).toEqual(before); // staging changes nothing
		await db.store.apply();
		const after = await db.series('N02797', '1488');
		expect(after.at(-2)).toEqual({ period: 2022, value: 4.5, status: null });
		expect(after.at(-1)).toEqual({ period: 2023, value: 4, status: null });
		await db.store.undo();
		expect(await db.series('N02797', '1488')).toEqual(before);
	});

	it('the preview counts new, changed (old → new) and unchanged, and charts the home series before and after', async () => {
		const r = await db.store.stage(
			utf8(
				'nyckeltal;kommun;år;kön;värde\nN02797;1488;2022;T;4,5\nN02797;1488;2023;T;4\nN02797;1488;2021;T;6,302075\n'
			),
			'x.csv'
		);
		expect(r.preview!.indicators[0]).toMatchObject({ new: 1, changed: 1, unchanged: 1 });
		expect(r.preview!.changes).toEqual([
			{
				indicator: 'N02797',
				municipality: '1488',
				period: 2022,
				gender: 'T',
				before: 5.965606,
				beforeStatus: null,
				after: 4.5,
				afterStatus: null
			}
		]);
		const chart = r.preview!.chart!;
		expect(chart).toMatchObject({ indicator: 'N02797', municipality: '1488', gender: 'T' });
		expect(chart.before.at(-1)).toEqual({ period: 2022, value: 5.965606 });
		expect(chart.after.slice(-2)).toEqual([
			{ period: 2022, value: 4.5 },
			{ period: 2023, value: 4 }
		]);
	});

	it('the repository export of unchanged data is data/observations.csv byte for byte', async () => {
		expect(Buffer.compare(Buffer.from(await db.store.exportObservations('repository')), published)).toBe(0);
	});

	it('an export uploaded again gives identical data: repository format and Swedish Excel format', async () => {
		await db.store.stage(
			utf8('nyckeltal;kommun;år;kön;värde\nN02797;1488;2023;T;-\nN02797;1488;2024;T;0,000012\n'),
			'x.csv'
		);
		await db.store.apply();
		for (const format of ['repository', 'excel'] as const) {
			const bytes = await db.store.exportObservations(format);
			const r = await db.store.stage(bytes, `export.csv`);
			expect(r.ok).toBe(true);
			const total = r.preview!.indicators.reduce((n, i) => n + i.unchanged, 0);
			expect(r.preview!.indicators.every((i) => i.new === 0 && i.changed === 0)).toBe(true);
			expect(total).toBe(113456 + 2);
		}
	});

	it('the Excel export is ;-separated, decimal comma, UTF-8 with BOM, and guards formula-like cells', async () => {
		await db.store.stage(utf8('nyckeltal;kommun;år;kön;värde\nN02797;1488;2023;T;-\n'), 'x.csv');
		await db.store.apply();
		const bytes = await db.store.exportObservations('excel');
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = new TextDecoder().decode(bytes.subarray(3));
		expect(text.split('\n')[0]).toBe('nyckeltal;kommun;år;kön;värde;status');
		expect(text).toContain('N02797;1488;2022;T;5,965606;');
		expect(text).toContain("N02797;1488;2023;T;;'-");
	});
});

/** A file's whole outcome: the report without its path, and what applying it would show. */
