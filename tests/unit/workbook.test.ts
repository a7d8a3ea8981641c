/**
 * The workspace's Excel workbook: written from the files (a sheet each, drop-down lists for ids and
 * words), read back to the same rows, an edit in Excel (a date typed as a date, a number with
 * decimals, a word not in the list) read as the files would hold it, problems by sheet, row and
 * column, and `npm run check-data -- arbetsbok.xlsx` writing the sheets to data/.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkImport } from '$lib/workspace/import';
import { differingColumns } from '$lib/workspace/drafts';
import { EDITABLE_FILES, parseRaw, writeRaw } from '$lib/workspace/rows';
import { MAX_WORKBOOK_MB, readWorkbook, unpackedSize, writeWorkbook, type Lists } from '$lib/workspace/workbook';
import { formatProblem } from '$lib/data/problems';
import { DATA_FILES, type DataFile } from '$lib/data/load';
import { readDataDir } from '$lib/data/repository.server';

const TODAY = '2026-11-29';
const published = Object.fromEntries(DATA_FILES.map((f) => [f, readFileSync(`data/${f}`, 'utf8')])) as Record<
	DataFile,
	string
>;
const data = readDataDir('data').dataset!;
const lists: Lists = {
	organisations: data.organisations.map((o) => o.id),
	areas: data.areas.map((a) => a.id),
	focusAreas: data.focusAreas.map((a) => a.id),
	measures: data.measures.map((m) => m.id),
	targets: data.targets.map((t) => t.id),
	indicators: [...data.indicators.map((i) => i.id), ...data.figures.map((f) => f.id)],
	figures: data.figures.map((f) => f.id),
	municipalities: data.municipalities.map((m) => m.code),
	audits: data.audits.audits.map((a) => a.id),
	recommendations: data.audits.recommendations.map((r) => r.id),
	actions: data.audits.actions.map((a) => a.id)
};
const files = Object.fromEntries(EDITABLE_FILES.map((f) => [f, parseRaw(published[f])])) as Record<
	(typeof EDITABLE_FILES)[number],
	ReturnType<typeof parseRaw>
>;
const text = { help: { title: 'Följupp', intro: 'Läs mig', columns: { id: 'Id' } }, listError: 'Välj ur listan.' };

async function workbook(): Promise<Uint8Array> {
	return writeWorkbook(files, lists, text);
}

describe('the workbook', () => {
	it('reads back to the same rows, file by file', async () => {
		const read = await readWorkbook('arbetsbok.xlsx', await workbook());
		expect(read.ok).toBe(true);
		if (!read.ok) return;
		expect(read.sheets.map((s) => s.file).sort()).toEqual([...EDITABLE_FILES].sort());
		for (const s of read.sheets) {
			const rows = parseRaw(s.text).rows;
			expect(rows.length, s.name).toBe(files[s.file].rows.length);
			// The same values: 5.0 comes back as 5 (a number), nothing else changes.
			rows.forEach((r, i) => expect(differingColumns(r, files[s.file].rows[i]!), `${s.name} row ${i + 2}`).toEqual([]));
		}
	});

	it('has a drop-down list for ids and words, from a sheet of lists, and keeps codes as text', async () => {
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load((await workbook()).buffer as ArrayBuffer);
		const sheet = wb.getWorksheet('Uppföljningar')!;
		const validations = (
			sheet as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }
		).dataValidations.model;
		const column = files['followups.csv'].columns.indexOf('assessment');
		const cell = `${String.fromCharCode(65 + column)}2`;
		expect(validations[cell]!.type).toBe('list');
		const [, col] = /Listor!\$([A-Z]+)\$2/.exec(validations[cell]!.formulae[0]!)!;
		const listed = wb.getWorksheet('Listor')!.getColumn(col!).values.slice(2);
		expect(listed).toEqual([
			'met',
			'partly_met',
			'not_met',
			'on_track',
			'at_risk',
			'wrong_direction',
			'not_assessable',
			'not_assessed'
		]);
		const targets = wb.getWorksheet('Effektmål')!;
		const muni = files['targets.csv'].columns.indexOf('municipality') + 1;
		expect(targets.getRow(2).getCell(muni).value).toBe('1488');
		expect(typeof targets.getRow(2).getCell(files['targets.csv'].columns.indexOf('target_value') + 1).value).toBe(
			'number'
		);
	});

	it('an edit in Excel is read as the file would hold it; a wrong word is named by sheet, row and column', async () => {
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load((await workbook()).buffer as ArrayBuffer);
		const sheet = wb.getWorksheet('Uppföljningar')!;
		const cols = files['followups.csv'].columns;
		const at = (c: string) => cols.indexOf(c) + 1;
		const row = sheet.getRow(sheet.rowCount + 2); // a blank row between is skipped
		row.getCell(at('measure')).value = 'm03';
		row.getCell(at('period')).value = '2026H1';
		row.getCell(at('assessment')).value = 'jättebra';
		row.getCell(at('analysis')).value = {
			richText: [{ text: 'Rad ett.\nRad ' }, { font: { bold: true }, text: 'två.' }]
		};
		row.getCell(at('role')).value = 'samordnare';
		row.getCell(at('date')).value = new Date(Date.UTC(2026, 8, 24));
		row.getCell(at('example')).value = 'no';
		row.commit();
		const targets = wb.getWorksheet('Effektmål')!;
		targets.getRow(2).getCell(files['targets.csv'].columns.indexOf('target_value') + 1).value = 4.25;
		const bytes = new Uint8Array(await wb.xlsx.writeBuffer());

		const read = await readWorkbook('arbetsbok.xlsx', bytes);
		if (!read.ok) throw new Error('unreadable');
		const fu = read.sheets.find((s) => s.file === 'followups.csv')!;
		const mine = parseRaw(fu.text).rows.at(-1)!;
		expect(mine).toMatchObject({ measure: 'm03', date: '2026-09-24', analysis: 'Rad ett.\nRad två.' });
		expect(parseRaw(read.sheets.find((s) => s.file === 'targets.csv')!.text).rows[0]!.target_value).toBe('4.25');

		const problems = checkImport(read.sheets, published, {}, TODAY);
		const letter = String.fromCharCode(64 + at('assessment'));
		expect(problems.map((p) => `${p.file} ${p.line} ${p.column} ${p.kind}`)).toEqual([
			`arbetsbok.xlsx › Uppföljningar ${row.number} ${letter} (assessment) not_allowed`
		]);
	});

	it("Excel's own kinds of cell are told by sheet, row and column, never read as data", async () => {
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load((await workbook()).buffer as ArrayBuffer);
		const fu = wb.getWorksheet('Uppföljningar')!;
		const cols = files['followups.csv'].columns;
		const at = (c: string) => cols.indexOf(c) + 1;
		const col = (c: string) => `${String.fromCharCode(64 + at(c))} (${c})`;
		// A link written as a formula shows "Klicka"; a formula saved without its result shows nothing yet.
		fu.getRow(2).getCell(at('next')).value = { formula: 'HYPERLINK("http://x.se","Klicka")', result: 'Klicka' };
		fu.getRow(3).getCell(at('analysis')).value = { formula: 'A1&B1' } as ExcelJS.CellFormulaValue;
		fu.getRow(4).getCell(at('role')).value = { error: '#REF!' };
		// 10 February 2026 at 18:00, as a date and as Excel's day number: Excel shows the 10th, not the 11th.
		fu.getRow(2).getCell(at('date')).value = new Date(Date.UTC(2026, 1, 10, 18));
		fu.getRow(3).getCell(at('date')).value = 46063.75;
		// A value typed two columns right of the last heading.
		fu.getRow(4).getCell(cols.length + 2).value = 'glömd';
		// A hidden copy of the measures placed before the visible one, and a second sheet of targets.
		const hidden = wb.addWorksheet('Gamla insatser', { state: 'hidden' });
		hidden.addRow(files['measures.csv'].columns);
		const second = wb.addWorksheet('Fler mål');
		second.addRow(files['targets.csv'].columns);
		const read = await readWorkbook('arbetsbok.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
		expect(read.ok).toBe(false);
		const sheet = 'arbetsbok.xlsx › Uppföljningar';
		const letter = String.fromCharCode(64 + cols.length + 2);
		expect(!read.ok && read.problems.map((p) => `${p.file}|${p.line}|${p.column}|${p.kind}|${p.text}`).sort()).toEqual(
			[
				`${sheet}|2|${col('next')}|workbook_formula|=HYPERLINK("http://x.se","Klicka")`,
				`${sheet}|3|${col('analysis')}|workbook_formula|=A1&B1`,
				`${sheet}|4|${col('role')}|workbook_error_cell|#REF!`,
				`${sheet}|2|${col('date')}|workbook_date_time|2026-02-10 18:00`,
				`${sheet}|3|${col('date')}|workbook_date_time|2026-02-10 18:00`,
				`${sheet}|4|${letter}|workbook_unheaded|glömd`,
				'arbetsbok.xlsx › Gamla insatser|null|null|workbook_hidden_sheet|Gamla insatser',
				'arbetsbok.xlsx › Fler mål|null|null|workbook_duplicate_sheet|Fler mål'
			].sort()
		);
		const duplicate = !read.ok && read.problems.find((p) => p.kind === 'workbook_duplicate_sheet')!;
		expect(duplicate && formatProblem(duplicate)).toContain('samma kolumner som bladet ”Effektmål”');
	});

	it('a date at midnight, however Excel stored it, is its own day', async () => {
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load((await workbook()).buffer as ArrayBuffer);
		const fu = wb.getWorksheet('Uppföljningar')!;
		const at = files['followups.csv'].columns.indexOf('date') + 1;
		fu.getRow(2).getCell(at).value = 46063; // 2026-02-10 as a day number
		fu.getRow(3).getCell(at).value = new Date(Date.UTC(2026, 1, 9, 23, 59, 59, 999)); // a float's rounding short of the 10th
		const read = await readWorkbook('arbetsbok.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
		if (!read.ok) throw new Error(read.problems.map((p) => formatProblem(p)).join('\n'));
		const rows = parseRaw(read.sheets.find((s) => s.file === 'followups.csv')!.text).rows;
		expect([rows[0]!.date, rows[1]!.date]).toEqual(['2026-02-10', '2026-02-10']);
	});

	it('a workbook larger unpacked than a municipality could fill is refused before it is read, with its size', async () => {
		const { unzipSync, zipSync } = await import('fflate');
		const entries = unzipSync(await workbook());
		// 30 MB of one repeated character packs into a few kilobytes.
		entries['xl/media/padding.bin'] = new Uint8Array(30_000_000).fill(65);
		const read = await readWorkbook('stor.xlsx', zipSync(entries));
		expect(!read.ok && read.problems.map((p) => `${p.file} ${p.kind} ${p.detail}`)).toEqual([
			`stor.xlsx workbook_too_large ${Math.round(unpackedSize(zipSync(entries)) / 1e6)}/${MAX_WORKBOOK_MB}`
		]);
		expect(unpackedSize(zipSync(entries))).toBeGreaterThan(30_000_000);
		expect(unpackedSize(await workbook())).toBeLessThan(MAX_WORKBOOK_MB * 1e6);
	});

	it('a file that is no workbook is named, not thrown', async () => {
		const read = await readWorkbook('trasig.xlsx', new TextEncoder().encode('PK\u0003\u0004 not a zip at all'));
		expect(!read.ok && read.problems.map((p) => `${p.file} ${p.kind}`)).toEqual(['trasig.xlsx unreadable_workbook']);
	});
});

describe('npm run check-data -- arbetsbok.xlsx', () => {
	const run = (dir: string, ...args: string[]) => {
		try {
			return {
				code: 0,
				out: execFileSync(process.execPath, ['--import', 'tsx', 'scripts/check-data.ts', ...args], {
					env: { ...process.env, FOLJUPP_DATA: dir, FOLJUPP_TODAY: TODAY },
					encoding: 'utf8',
					stdio: 'pipe'
				})
			};
		} catch (e) {
			const err = e as { status: number; stdout: string; stderr: string };
			return { code: err.status, out: err.stdout + err.stderr };
		}
	};

	it('writes the sheets to data/ and says what changed; a row left out is not removed without --remove', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'foljupp-xlsx-'));
		cpSync('data', dir, { recursive: true });
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load((await workbook()).buffer as ArrayBuffer);
		const fu = wb.getWorksheet('Uppföljningar')!;
		const cols = files['followups.csv'].columns;
		fu.getRow(2).getCell(cols.indexOf('next') + 1).value = 'Ändrat i Excel.';
		const path = join(dir, 'arbetsbok.xlsx');
		writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
		const ok = run(dir, path);
		expect(ok.out).toContain('followups.csv från arbetsbok.xlsx › Uppföljningar: 0 nya, 1 ändrade, 0 borttagna rader.');
		expect(ok.code).toBe(0);
		expect(parseRaw(readFileSync(join(dir, 'followups.csv'), 'utf8')).rows[0]!.next).toBe('Ändrat i Excel.');
		// Rows the workbook did not change are written as they stood (5.0 stays 5.0).
		expect(readFileSync(join(dir, 'targets.csv'), 'utf8')).toBe(published['targets.csv']);

		fu.spliceRows(3, 1);
		writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
		const refused = run(dir, path);
		expect(refused.code).toBe(1);
		expect(refused.out).toMatch(/saknar 1 rader som finns i .*followups\.csv/);
		expect(refused.out).toContain('Inget skrevs');
		expect(run(dir, path, '--remove').code).toBe(0);
		expect(parseRaw(readFileSync(join(dir, 'followups.csv'), 'utf8')).rows.length).toBe(
			files['followups.csv'].rows.length - 1
		);
	}, 60_000);

	it('a workbook of measures alone that takes out or changes a measure others depend on is refused, naming each dependant; nothing is written', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'foljupp-only-measures-'));
		cpSync('data', dir, { recursive: true });
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load((await workbook()).buffer as ArrayBuffer);
		for (const ws of [...wb.worksheets]) if (ws.name !== 'Insatser') wb.removeWorksheet(ws.id);
		const sheet = wb.getWorksheet('Insatser')!;
		const cols = files['measures.csv'].columns;
		const m01 = [...Array(sheet.rowCount).keys()]
			.map((i) => sheet.getRow(i + 1))
			.find((r) => r.getCell(cols.indexOf('id') + 1).value === 'm01')!;
		const path = join(dir, 'insatser.xlsx');
		const before = Object.fromEntries(
			['measures.csv', 'targets.csv', 'followups.csv', 'measure_figures.csv'].map((f) => [
				f,
				readFileSync(join(dir, f), 'utf8')
			])
		);

		// m01 taken out, with --remove: its targets, follow-ups and own figures would point at nothing.
		sheet.spliceRows(m01.number, 1);
		writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
		const removed = run(dir, path, '--remove');
		expect(removed.code).toBe(1);
		const followupLine = files['followups.csv'].rows.findIndex((r) => r.measure === 'm01') + 2;
		expect(removed.out).toMatch(
			new RegExp(
				`followups\\.csv, rad ${followupLine}, kolumn measure: Raden hänger på ”m01”, som insatser\\.xlsx › Insatser tar bort ur measures\\.csv`
			)
		);
		expect(removed.out).toMatch(/targets\.csv, rad \d+, kolumn measure: Raden hänger på ”m01”/);
		expect(removed.out).toContain('Inget skrevs');
		for (const [f, text] of Object.entries(before)) expect(readFileSync(join(dir, f), 'utf8'), f).toBe(text);

		// m01's rhythm changed from half-years to quarters: its half-year follow-ups no longer fit.
		await wb.xlsx.load((await workbook()).buffer as ArrayBuffer);
		for (const ws of [...wb.worksheets]) if (ws.name !== 'Insatser') wb.removeWorksheet(ws.id);
		const again = wb.getWorksheet('Insatser')!;
		const row = [...Array(again.rowCount).keys()]
			.map((i) => again.getRow(i + 1))
			.find((r) => r.getCell(cols.indexOf('id') + 1).value === 'm01')!;
		row.getCell(cols.indexOf('followup_every') + 1).value = 'quarter';
		row.commit();
		writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
		const changed = run(dir, path);
		expect(changed.code).toBe(1);
		expect(changed.out).toMatch(new RegExp(`followups\\.csv, rad ${followupLine}, kolumn period:`));
		for (const [f, text] of Object.entries(before)) expect(readFileSync(join(dir, f), 'utf8'), f).toBe(text);
	}, 60_000);

	it("a measure's values as the site published them, with a new half-year: the new row is written, the withheld number kept", () => {
		const dir = mkdtempSync(join(tmpdir(), 'foljupp-values-'));
		cpSync('data', dir, { recursive: true });
		// As /data/measure_values.csv holds it: the small count taken out, the status saying so.
		const values = parseRaw(published['measure_values.csv']);
		const withheld = values.rows.map((r) =>
			r.figure === 'm02-avbrott' && r.period === 'HT2024' ? { ...r, value: '', status: 'small' } : r
		);
		const site = writeRaw([...values.columns, 'status'], withheld).text;
		expect(site).toContain('small');
		const path = join(dir, 'measure_values.csv.export.csv');
		writeFileSync(path, `${site}m02-unga,HT2026,44,,\n`);
		const ok = run(dir, path);
		expect(ok.out, ok.out).toContain('1 nya, 0 ändrade, 0 borttagna rader');
		expect(ok.code).toBe(0);
		const rows = parseRaw(readFileSync(join(dir, 'measure_values.csv'), 'utf8')).rows;
		expect(rows.find((r) => r.figure === 'm02-avbrott' && r.period === 'HT2024')?.value).toBe('3');
		expect(rows.find((r) => r.figure === 'm02-unga' && r.period === 'HT2026')?.value).toBe('44');
	}, 60_000);
});
