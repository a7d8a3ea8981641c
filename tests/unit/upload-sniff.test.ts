import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { afterAll, beforeAll } from 'vitest';
import { NodeEngine } from '../../scripts/lib/node-engine';
import { koladaJson } from '$lib/upload/layouts/kolada-json';
import { prepare } from '$lib/upload/read';
import { RecordLines } from '$lib/upload/lines';
import { sniff } from '$lib/upload/sniff';
import { clean, compact, number } from '$lib/upload/sql';

/** Latin-1 characters are the same bytes in Windows-1252: enough for Swedish letters. */
const cp1252 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
const utf8 = (s: string) => new TextEncoder().encode(s);

// Real Kolada rows (the fixture is copied from ../shared/data), written as Swedish Excel would.
const real = readFileSync('tests/fixtures/kolada-N02797-1488-0000.csv', 'utf8')
	.trim()
	.split('\n')
	.slice(1)
	.map((l) => l.split(','));
const excel =
	[
		'Nyckeltal;Kommun;År;Kön;Värde',
		...real.map(([k, m, p, g, v]) => [k, m, p, g, v!.replace('.', ',')].join(';'))
	].join('\r\n') + '\r\n';

describe('prepare: the encoding is detected, not asked', () => {
	const text = (p: Awaited<ReturnType<typeof prepare>>) => ('bytes' in p ? new TextDecoder().decode(p.bytes) : null);
	it('Windows-1252 from Swedish Excel, turned into UTF-8 for DuckDB', async () => {
		const p = await prepare(cp1252(excel));
		expect(p).toMatchObject({ encoding: 'windows-1252' });
		expect(text(p)).toBe(excel);
	});
	it('UTF-8 with and without BOM; lines and blank lines counted', async () => {
		const bom = await prepare(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(excel)]));
		expect(bom).toMatchObject({ encoding: 'utf-8-bom' });
		expect(text(bom)).toBe(excel);
		const plain = await prepare(utf8(excel));
		expect(plain).toMatchObject({ encoding: 'utf-8' });
		if (!('bytes' in plain)) throw new Error('not read');
		expect((await RecordLines.scan(plain.bytes)).lineCount).toBe(excel.split('\r\n').length - 1);
		const blanks = await prepare(utf8('a;b\n\n1;2\r\n\r\n3;4'));
		// Blank lines are no records; each record is placed on its own line.
		if (!('bytes' in blanks)) throw new Error('not read');
		const records = await RecordLines.scan(blanks.bytes);
		expect(records.lineCount).toBe(5);
		expect(records.recordCount).toBe(2);
		expect([0, 1].map((r) => records.lineOfRecord(r))).toEqual([3, 5]);
	});
	it('refuses an empty file and a binary one (a PNG renamed .csv)', async () => {
		expect(await prepare(new Uint8Array())).toEqual({ reason: 'empty' });
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
		expect(await prepare(png)).toEqual({ reason: 'binary' });
	});
});

describe('sniff: delimiter, decimal mark, layout', () => {
	it('Swedish Excel: semicolon, decimal comma, Swedish column names', () => {
		const s = sniff(excel);
		expect(s).toMatchObject({ delimiter: ';', decimal: ',', header: ['Nyckeltal', 'Kommun', 'År', 'Kön', 'Värde'] });
		expect(s.layout.id).toBe('tidy');
		expect(s.columns).toEqual({ indicator: 0, municipality: 1, period: 2, gender: 3, value: 4 });
	});
	it("the repository's own format: comma and decimal point", () => {
		const own = readFileSync('tests/fixtures/kolada-N02797-1488-0000.csv', 'utf8').replace(
			'kpi_id,municipality_code',
			'indicator,municipality'
		);
		expect(sniff(own)).toMatchObject({ delimiter: ',', decimal: '.' });
		expect(sniff(own).layout.id).toBe('tidy');
	});
	it('tab-separated', () => {
		expect(sniff(excel.replaceAll(';', '\t'))).toMatchObject({ delimiter: '\t', decimal: ',' });
	});
	it('a wide layout with one column per year', () => {
		const years = ['2019', '2020', '2021', '2022'];
		const value = (y: string) => real.find((r) => r[1] === '1488' && r[2] === y && r[3] === 'T')![4]!.replace('.', ',');
		const wide = `Nyckeltal;Kommun;${years.join(';')}\nN02797;1488;${years.map(value).join(';')}\n`;
		const s = sniff(wide);
		expect(s.layout.id).toBe('wide');
		expect(s.decimal).toBe(',');
		expect(s.extra).toEqual(years.map((y, i) => ({ index: i + 2, period: Number(y) })));
	});
	it('Kolada API JSON is known by its first character', () => {
		expect(koladaJson.detect('  {"values":[{"kpi":"N02797","municipality":"1488","period":2022,"values":[]}]}')).toBe(
			true
		);
		expect(koladaJson.detect('nyckeltal;kommun')).toBe(false);
	});
});

describe('numbers as people write them, read by the SQL every upload runs', () => {
	let engine: NodeEngine;
	beforeAll(async () => {
		engine = await NodeEngine.create();
	});
	afterAll(() => engine.close());
	const read = async (text: string, decimal: ',' | '.') =>
		(
			await engine.all<{ v: number | null }>(
				`WITH c AS (SELECT CAST(? AS VARCHAR) AS cell), x AS (SELECT ${compact('cell')} AS t FROM c) SELECT ${number('t', decimal)} AS v FROM x`,
				[text]
			)
		)[0]!.v;

	it.each([
		['5,965606', ',', 5.965606],
		['1 234,5', ',', 1234.5],
		['1\u00a0234,5', ',', 1234.5],
		['1\u202f234,5', ',', 1234.5],
		['−2,5', ',', -2.5],
		['-2,5', ',', -2.5],
		['1.234,5', ',', 1234.5],
		['5.965606', '.', 5.965606],
		['1,234.5', '.', 1234.5]
	] as const)('%s with decimal %s', async (text, decimal, expected) => {
		expect(await read(text, decimal)).toBe(expected);
	});
	it.each(['abc', '..', '1,2,3', '1.234'])('%s is no number with a decimal comma', async (text) => {
		expect(await read(text, ',')).toBeNull();
	});
	it.each([
		[' a ', 'a'],
		['\u00a0x\u202f', 'x'],
		['\tN02797', 'N02797'],
		["'=1", '=1'],
		["'-5", '-5'],
		["  '+3", '+3'],
		["'a", "'a"],
		['a b', 'a b'],
		['x', 'x'],
		['', null],
		['   ', null]
	] as const)('a cell %j is read as %j: spaces around it and a spreadsheet guard taken off', async (cell, expected) => {
		const [row] = await engine.all<{ v: string | null }>(
			`WITH c AS (SELECT CAST(? AS VARCHAR) AS cell) SELECT ${clean('cell')} AS v FROM c`,
			[cell]
		);
		expect(row!.v).toBe(expected);
	});
	it.each([
		['1 234,5', '1234,5'],
		['−3', '-3'],
		['–3', '-3'],
		['1\u202f234', '1234'],
		['12.5', '12.5']
	] as const)('a number cell %j compacts to %j', async (cell, expected) => {
		const [row] = await engine.all<{ v: string | null }>(
			`WITH c AS (SELECT CAST(? AS VARCHAR) AS cell) SELECT ${compact('cell')} AS v FROM c`,
			[cell]
		);
		expect(row!.v).toBe(expected);
	});
});
