/**
 * Generated workbooks carry Excel's kinds of cell into the follow-ups sheet: text (formula-like text
 * too), numbers, rich text, links, formulas with and without a saved result, error cells, dates at
 * midnight and with a time of day. Whatever the mix, the reader either names each cell it cannot take
 * (by sheet, row and column) or gives every cell back as exactly what Excel shows.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EDITABLE_FILES, parseRaw } from '$lib/workspace/rows';
import { readWorkbook, writeWorkbook } from '$lib/workspace/workbook';

const files = Object.fromEntries(EDITABLE_FILES.map((f) => [f, parseRaw(readFileSync(`data/${f}`, 'utf8'))])) as Record<
	(typeof EDITABLE_FILES)[number],
	ReturnType<typeof parseRaw>
>;
const lists = {
	organisations: [],
	areas: [],
	focusAreas: [],
	measures: [],
	targets: [],
	indicators: [],
	figures: [],
	municipalities: [],
	audits: [],
	recommendations: [],
	actions: []
};
const text = { help: { title: 'Följupp', intro: '', columns: {} }, listError: '' };
const columns = files['followups.csv'].columns;
const DAY = 86_400_000;

/** A cell as written into Excel, and what Excel shows of it: the text a CSV must hold, or the problem it is. */
type Cell = { value: ExcelJS.CellValue; shows: string } | { value: ExcelJS.CellValue; refused: string };

const words = fc.string({
	unit: fc.constantFrom('a', 'ö', ' ', '=', '-', '+', '@', '1', ',', '"', '\n'),
	maxLength: 12
});
const day = fc.integer({ min: Date.UTC(2000, 0, 1) / DAY, max: Date.UTC(2040, 0, 1) / DAY });
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const textCell: fc.Arbitrary<Cell> = fc.oneof(
	words.filter((w) => w.trim() !== '').map((w) => ({ value: w, shows: w })),
	fc.integer({ min: -1000, max: 1000 }).map((n) => ({ value: n / 4, shows: String(n / 4) })),
	fc
		.tuple(words, words)
		.map(([a, b]) => ({ value: { richText: [{ text: `x${a}` }, { text: b }] }, shows: `x${a}${b}` })),
	words.map((w) => ({ value: { text: `länk${w}`, hyperlink: 'https://example.org' }, shows: `länk${w}` })),
	words.map((w) => ({ value: { formula: `"${w.replaceAll('"', '')}"`, result: 'x' }, refused: 'workbook_formula' })),
	fc.constant({ value: { formula: 'A1&B1' } as ExcelJS.CellFormulaValue, refused: 'workbook_formula' }),
	fc
		.constantFrom('#REF!', '#DIV/0!', '#N/A', '#VALUE!')
		.map((e) => ({ value: { error: e }, refused: 'workbook_error_cell' }))
) as fc.Arbitrary<Cell>;

const dateCell: fc.Arbitrary<Cell> = fc.oneof(
	day.map((d) => ({ value: new Date(d * DAY), shows: iso(d * DAY) })),
	// Excel's day number, as a date left without its format holds it.
	day.map((d) => ({ value: d + 25_569, shows: iso(d * DAY) })),
	fc
		.tuple(day, fc.integer({ min: 1, max: 23 * 60 + 59 }))
		.map(([d, minutes]) => ({ value: new Date(d * DAY + minutes * 60_000), refused: 'workbook_date_time' }))
) as fc.Arbitrary<Cell>;

describe('a generated workbook', () => {
	it('is read as Excel shows it, or its cells that cannot be are named where they stand', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.tuple(textCell, textCell, dateCell), { minLength: 1, maxLength: 6 }),
				async (rows) => {
					const bytes = await writeWorkbook(
						{ ...files, 'followups.csv': { columns, rows: [] } },
						lists as never,
						text as never
					);
					const wb = new ExcelJS.Workbook();
					await wb.xlsx.load(bytes.buffer as ArrayBuffer);
					const sheet = wb.getWorksheet('Uppföljningar')!;
					const at = (c: string) => columns.indexOf(c) + 1;
					rows.forEach(([analysis, next, date], i) => {
						const row = sheet.getRow(i + 2);
						row.getCell(at('measure')).value = 'm01';
						row.getCell(at('analysis')).value = analysis.value;
						row.getCell(at('next')).value = next.value;
						row.getCell(at('date')).value = date.value;
						row.commit();
					});
					const read = await readWorkbook('generated.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
					const expected = rows.flatMap((cells, i) =>
						(['analysis', 'next', 'date'] as const).flatMap((c, j) => {
							const cell = cells[j]!;
							return 'refused' in cell ? [`${i + 2} ${c} ${cell.refused}`] : [];
						})
					);
					if (expected.length) {
						expect(read.ok).toBe(false);
						if (read.ok) return;
						expect(
							read.problems.map((p) => `${p.line} ${p.column?.replace(/^[A-Z]+ \((.*)\)$/, '$1')} ${p.kind}`).sort()
						).toEqual(expected.sort());
						return;
					}
					if (!read.ok) throw new Error(JSON.stringify(read.problems));
					const back = parseRaw(read.sheets.find((s) => s.file === 'followups.csv')!.text).rows;
					expect(back.map((r) => [r.analysis, r.next, r.date])).toEqual(
						rows.map((cells) => cells.map((c) => ('shows' in c ? c.shows : '')))
					);
				}
			),
			{ numRuns: 40 }
		);
	}, 120_000);
});
