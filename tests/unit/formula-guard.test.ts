/**
 * One formula guard for every CSV Följupp writes: a text a spreadsheet would run as a formula
 * (=HYPERLINK(…), +1+1, @SUM(…), -2+3) is written behind an apostrophe, by the published data files,
 * the workspace's exports, the chart CSVs and the upload's problem list alike; and every reader of
 * Följupp's own files takes it away again, so a committee's text survives any number of round trips.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { FORMULA_START, formulaSafe, unguarded } from '$lib/data/text';
import { parseRaw, writeRaw } from '$lib/workspace/rows';
import { checkImport } from '$lib/workspace/import';
import { figureCsv } from '$lib/charts/kinds';
import { problemsCsv } from '$lib/upload/export';
import type { LineFigure } from '$lib/followup/views/figure';

const HOSTILE = [
	'=HYPERLINK("http://x.se","Klicka")',
	'+1+1',
	'@SUM(1)',
	'-2+3',
	"'=1",
	'\t=1',
	'- en punkt i en lista'
];
/** What a spreadsheet would run: a cell that starts with a formula character and is not a number or a lone sign. */
const runs = (cell: string) =>
	FORMULA_START.test(cell) && !/^(?:[-+]?\d+(?:[.,]\d+)?(?:[eE][-+]?\d+)?|[-+])$/.test(cell);
const cells = (csv: string, delimiter = ',') =>
	Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { delimiter, skipEmptyLines: true }).data.flat();

describe('the rule', () => {
	it("guards what a spreadsheet would run, leaves numbers and Kolada's marks, and reading takes exactly the guard away", () => {
		for (const h of HOSTILE) expect(runs(formulaSafe(h)), h).toBe(false);
		for (const n of ['-1.5', '-2', '+3', '1e3', '-', '..', '.']) expect(formulaSafe(n)).toBe(n);
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', 'a', '1', ' ', ',') }), (s) => {
				expect(unguarded(formulaSafe(s))).toBe(s);
				expect(runs(formulaSafe(s))).toBe(false);
			}),
			{ numRuns: 2000 }
		);
	});
});

describe('every CSV Följupp writes', () => {
	const followups = parseRaw(readFileSync('data/followups.csv', 'utf8'));
	const hostile = followups.rows.map((r, i) => ({
		...r,
		analysis: HOSTILE[i % HOSTILE.length]!,
		next: HOSTILE[(i + 3) % HOSTILE.length]!
	}));

	it("the workspace's export: guarded, and read back (file or import) as it was written", () => {
		const text = writeRaw(followups.columns, hostile).text;
		expect(cells(text).filter(runs)).toEqual([]);
		expect(parseRaw(text).rows).toEqual(hostile);
		// Imported again as followups.csv, the check reads the texts without their guards and finds nothing wrong.
		const published = Object.fromEntries(
			[
				'measures.csv',
				'targets.csv',
				'followups.csv',
				'measure_figures.csv',
				'measure_values.csv',
				'organisations.csv'
			].map((f) => [f, readFileSync(`data/${f}`, 'utf8')])
		);
		const problems = checkImport(
			[{ file: 'followups.csv', name: 'followups.csv', text }],
			published as never,
			{},
			'2026-11-29'
		);
		expect(problems).toEqual([]);
	});

	it('the published data files: guarded, and the site reads them as data/ holds them', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'foljupp-guard-'));
		cpSync('data', dir, { recursive: true });
		writeFileSync(join(dir, 'followups.csv'), writeRaw(followups.columns, hostile).text);
		process.env.FOLJUPP_DATA = dir;
		const { publishedFileText, readDataDir } = await import('$lib/data/repository.server');
		const { DATA_FILES } = await import('$lib/data/load');
		for (const file of DATA_FILES.filter((f) => f.endsWith('.csv')))
			expect(cells(publishedFileText(file)).filter(runs), file).toEqual([]);
		const published = publishedFileText('followups.csv');
		const read = readDataDir(dir, { 'followups.csv': published });
		expect(read.dataset?.followups.map((f) => f.analysis)).toEqual(hostile.map((r) => r.analysis));
	});

	it("a chart's CSV and the upload's list of problems", () => {
		const figure: LineFigure = {
			kind: 'line',
			id: 'x',
			title: HOSTILE[0]!,
			unit: '%',
			series: [
				{ id: 'a', label: HOSTILE[1]!, kind: 'municipality', points: [{ period: 2022, value: -2, status: null }] }
			],
			target: null,
			band: [],
			bandLabel: null,
			source: HOSTILE[2]!,
			summary: null,
			lang: 'sv',
			about: { indicator: HOSTILE[3]!, retrieved: '' },
			embed: null
		};
		const chart = cells(figureCsv(figure), ';');
		expect(chart.filter(runs)).toEqual([]);
		expect(chart).toContain('-2'); // a negative number stays a number
		const report = {
			problems: HOSTILE.map((text, i) => ({
				file: 'x.csv',
				line: i + 2,
				column: 'värde',
				kind: 'not_a_number' as const,
				text
			}))
		};
		const list = problemsCsv(report as never, (p) => p.text, ['rad', 'kolumn', 'text', 'fel']);
		expect(cells(list, ';').filter(runs)).toEqual([]);
	});
});
