/**
 * The audit files in the workbook and in a file read in: a committee's answer, an action and its
 * status written in Excel reach data/ through `check-data`; a status for an action that does not
 * exist, or dated before the answer was decided, is named by sheet, row and column, and nothing is
 * written. The same files are told apart by their header lines alone.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readDataDir } from '$lib/data/repository.server';
import { detectEditable } from '$lib/workspace/import';
import { EDITABLE_FILES, EDITABLE_SCHEMAS, parseRaw, rowKey } from '$lib/workspace/rows';
import { readWorkbook, writeWorkbook, type Lists } from '$lib/workspace/workbook';

const TODAY = '2026-11-29';
const data = readDataDir('data').dataset!;
const files = Object.fromEntries(
	EDITABLE_FILES.map((f) => [f, parseRaw(readFileSync(`data/${f}`, 'utf8'))])
) as Parameters<typeof writeWorkbook>[0];
const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);
const lists: Lists = {
	organisations: ids(data.organisations),
	areas: ids(data.areas),
	focusAreas: ids(data.focusAreas),
	measures: ids(data.measures),
	targets: ids(data.targets),
	indicators: ids(data.indicators),
	figures: ids(data.figures),
	municipalities: [],
	audits: ids(data.audits.audits),
	recommendations: ids(data.audits.recommendations),
	actions: ids(data.audits.actions)
};
const text = { help: { title: 'Följupp', intro: 'Läs mig', columns: {} }, listError: 'Välj ur listan.' };

const checkData = (dir: string, ...args: string[]) => {
	try {
		const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/check-data.ts', ...args], {
			env: { ...process.env, FOLJUPP_DATA: dir, FOLJUPP_TODAY: TODAY },
			encoding: 'utf8',
			stdio: 'pipe'
		});
		return { code: 0, out };
	} catch (e) {
		const err = e as { status: number; stdout: string; stderr: string };
		return { code: err.status, out: err.stdout + err.stderr };
	}
};

/** A row added at the end of a sheet, by column name. */
function addRow(wb: ExcelJS.Workbook, sheet: string, file: keyof typeof files, values: Record<string, string>) {
	const ws = wb.getWorksheet(sheet)!;
	const row = ws.getRow(ws.rowCount + 1);
	for (const [c, v] of Object.entries(values)) row.getCell(files[file].columns.indexOf(c) + 1).value = v;
	row.commit();
	return row.number;
}

async function workbook() {
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.load((await writeWorkbook(files, lists, text)).buffer as ArrayBuffer);
	return wb;
}

describe("the audits' files, as files and as sheets", () => {
	it('each is known by its header line alone, and a row by its key', () => {
		for (const f of EDITABLE_FILES) expect(detectEditable(Object.keys(EDITABLE_SCHEMAS[f])), f).toBe(f);
		expect(rowKey('audit_answers.csv', { recommendation: 'g01-1', organisation: 'asn' })).toBe('g01-1|asn');
		expect(rowKey('audit_action_followups.csv', { action: 'a01', period: 'ar-2025' })).toBe('a01|ar-2025');
	});

	it('the workbook has a sheet for each, their rows read back, and a status picked from a list', async () => {
		const wb = await workbook();
		const read = await readWorkbook('arbetsbok.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
		if (!read.ok) throw new Error(JSON.stringify(read.problems));
		for (const f of ['audits.csv', 'recommendations.csv', 'audit_answers.csv', 'audit_actions.csv'] as const)
			expect(parseRaw(read.sheets.find((s) => s.file === f)!.text).rows.length, f).toBe(files[f].rows.length);
		const sheet = wb.getWorksheet('Åtgärdernas status')!;
		const column = files['audit_action_followups.csv'].columns.indexOf('status');
		const validations = (sheet as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } })
			.dataValidations.model;
		const [, col] = /Listor!\$([A-Z]+)\$2/.exec(validations[`${String.fromCharCode(65 + column)}2`]!.formulae[0]!)!;
		expect(wb.getWorksheet('Listor')!.getColumn(col!).values.slice(2)).toEqual([
			'done',
			'ongoing',
			'not_started',
			'waiting',
			'not_relevant'
		]);
	});

	it("a committee's answer, an action and its status written in Excel are checked and written to data/", async () => {
		const dir = mkdtempSync(join(tmpdir(), 'foljupp-audits-xlsx-'));
		cpSync('data', dir, { recursive: true });
		const wb = await workbook();
		addRow(wb, 'Nämndernas svar', 'audit_answers.csv', {
			recommendation: 'g01-3',
			organisation: 'ubn',
			comment: 'Nämnden delar bedömningen.',
			decided_by: 'Utbildningsnämnden',
			decided_at: '2026-03-18',
			minutes: '§ 22',
			example: 'yes'
		});
		addRow(wb, 'Åtgärder', 'audit_actions.csv', {
			id: 'a06',
			recommendation: 'g01-3',
			organisation: 'ubn',
			text: 'Gemensam styrgrupp för samverkan',
			role: 'skolchef',
			due: 'ar-2026',
			example: 'yes'
		});
		addRow(wb, 'Åtgärdernas status', 'audit_action_followups.csv', {
			action: 'a06',
			period: 'delar-2026',
			status: 'pågår',
			comment: 'Styrgruppen har mötts två gånger.',
			date: '2026-09-10',
			example: 'yes'
		});
		const path = join(dir, 'arbetsbok.xlsx');
		writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
		const ok = checkData(dir, path);
		expect(ok.out).toContain('audit_answers.csv från arbetsbok.xlsx › Nämndernas svar: 1 nya, 0 ändrade');
		expect(ok.out).toContain('audit_action_followups.csv från arbetsbok.xlsx › Åtgärdernas status: 1 nya');
		expect(ok.code).toBe(0);
		const after = readDataDir(dir).dataset!;
		expect(after.audits.answers.find((a) => a.recommendation === 'g01-3')?.minutes).toBe('§ 22');
		expect(after.audits.actionFollowUps.find((x) => x.action === 'a06')?.status).toBe('ongoing');
	}, 60_000);

	it('a status for an action that does not exist, or dated before the answer, is named where it stands; nothing is written', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'foljupp-audits-bad-'));
		cpSync('data', dir, { recursive: true });
		const before = readFileSync(join(dir, 'audit_action_followups.csv'), 'utf8');
		const wb = await workbook();
		const unknown = addRow(wb, 'Åtgärdernas status', 'audit_action_followups.csv', {
			action: 'a99',
			period: 'delar-2026',
			status: 'done',
			date: '2026-09-01',
			example: 'no'
		});
		// a01's answer was decided 2025-03-20.
		const early = addRow(wb, 'Åtgärdernas status', 'audit_action_followups.csv', {
			action: 'a01',
			period: 'delar-2026',
			status: 'done',
			date: '2025-01-10',
			example: 'no'
		});
		const path = join(dir, 'arbetsbok.xlsx');
		writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
		const refused = checkData(dir, path);
		expect(refused.code).toBe(1);
		const col = (c: string) =>
			`${String.fromCharCode(65 + files['audit_action_followups.csv'].columns.indexOf(c))} (${c})`;
		expect(refused.out).toContain(`arbetsbok.xlsx › Åtgärdernas status, rad ${unknown}, kolumn ${col('action')}`);
		expect(refused.out).toContain(`arbetsbok.xlsx › Åtgärdernas status, rad ${early}, kolumn ${col('date')}`);
		expect(refused.out).toContain('Inget skrevs');
		expect(readFileSync(join(dir, 'audit_action_followups.csv'), 'utf8')).toBe(before);
	}, 60_000);
});
