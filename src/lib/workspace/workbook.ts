/**
 * The editable files as one Excel workbook, for a controller who keeps everything in Excel: a sheet
 * per file (its first row the file's columns, so row N of a sheet is line N of the file), drop-down
 * lists for ids and fixed words from a sheet of lists, a sheet that explains each column; and a
 * workbook read back as the files' texts, with a map from each text's lines to the sheet's rows so
 * that every problem is named by sheet, row and column. ExcelJS does the .xlsx format (writing data
 * validation, which SheetJS's free edition cannot); it is loaded only when a workbook is made or read.
 */
import type { CellValue, DataValidation, Workbook, Worksheet } from 'exceljs';
import { ACTION_STATUSES, ASSESSMENTS, GENDERS, RHYTHMS } from '../model/model';
import type { Problem } from '../data/problems';
import { detectEditable } from './import';
import { EDITABLE_FILES, writeRaw, type EditableFile, type RawRow } from './rows';

async function excel() {
	const m = await import('exceljs');
	return (m as unknown as { default?: typeof m }).default ?? m;
}

export const SHEET_NAMES: Record<EditableFile, string> = {
	'measures.csv': 'Insatser',
	'targets.csv': 'Effektmål',
	'followups.csv': 'Uppföljningar',
	'measure_figures.csv': 'Egna nyckeltal',
	'measure_values.csv': 'Egna värden',
	'audits.csv': 'Granskningar',
	'recommendations.csv': 'Rekommendationer',
	'audit_answers.csv': 'Nämndernas svar',
	'audit_actions.csv': 'Åtgärder',
	'audit_action_followups.csv': 'Åtgärdernas status'
};
const LISTS_SHEET = 'Listor';
const HELP_SHEET = 'Läs mig';

/** What the drop-down lists offer: the ids of the data as it stands, and the files' fixed words. */
export interface Lists {
	organisations: string[];
	areas: string[];
	focusAreas: string[];
	measures: string[];
	targets: string[];
	/** Kolada's key figures and the measures' own. */
	indicators: string[];
	figures: string[];
	municipalities: string[];
	audits: string[];
	recommendations: string[];
	actions: string[];
}

type ListName =
	| keyof Lists
	| 'kind'
	| 'status'
	| 'rhythm'
	| 'assessment'
	| 'gender'
	| 'yesno'
	| 'valueKind'
	| 'direction'
	| 'small'
	| 'actionStatus';
const FIXED: Partial<Record<ListName, readonly string[]>> = {
	kind: ['project', 'ordinary'],
	status: ['planned', 'ongoing', 'finished'],
	rhythm: RHYTHMS,
	assessment: ASSESSMENTS,
	gender: GENDERS,
	yesno: ['yes', 'no'],
	valueKind: ['count', 'share', 'mean'],
	direction: ['higher', 'lower'],
	small: ['small', 'secondary'],
	actionStatus: ACTION_STATUSES
};

/** Which column picks from which list; a column that may be empty allows a blank. */
const PICKS: Record<EditableFile, Record<string, [ListName, boolean]>> = {
	'measures.csv': {
		lead: ['organisations', false],
		area: ['areas', false],
		focus_area: ['focusAreas', true],
		kind: ['kind', false],
		status: ['status', false],
		followup_every: ['rhythm', true],
		example: ['yesno', false]
	},
	'targets.csv': {
		measure: ['measures', true],
		organisation: ['organisations', false],
		indicator: ['indicators', false],
		municipality: ['municipalities', false],
		gender: ['gender', false],
		example: ['yesno', false]
	},
	'followups.csv': {
		measure: ['measures', true],
		target: ['targets', true],
		assessment: ['assessment', false],
		example: ['yesno', false]
	},
	'measure_figures.csv': {
		measure: ['measures', false],
		part_of: ['figures', true],
		kind: ['valueKind', false],
		direction: ['direction', false],
		example: ['yesno', false]
	},
	'measure_values.csv': { figure: ['figures', false], status: ['small', true] },
	// An audit's and a recommendation's committees are several ids in one cell: no list can check them.
	'audits.csv': { example: ['yesno', false] },
	'recommendations.csv': { audit: ['audits', false] },
	'audit_answers.csv': {
		recommendation: ['recommendations', false],
		organisation: ['organisations', false],
		example: ['yesno', false]
	},
	'audit_actions.csv': {
		recommendation: ['recommendations', false],
		organisation: ['organisations', false],
		example: ['yesno', false]
	},
	'audit_action_followups.csv': {
		action: ['actions', false],
		status: ['actionStatus', false],
		example: ['yesno', false]
	}
};
/** Columns that hold numbers, and dates (Excel's own, shown YYYY-MM-DD); every other is text (a code like 0138 keeps its zero). */
const NUMBERS = new Set(['baseline_period', 'baseline_value', 'target_value', 'target_period', 'value', 'denominator']);
const DATES = new Set(['start', 'end', 'followup_from', 'last_followup', 'date', 'decided_at']);
const DAY_MS = 86_400_000;
/** Excel counts days from 30 December 1899. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

const letter = (i: number): string =>
	i < 26 ? String.fromCharCode(65 + i) : letter(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26));

export interface WorkbookText {
	/** Explanations on the help sheet, in the official's language. */
	help: { title: string; intro: string; columns: Partial<Record<string, string>> };
	listError: string;
}

/** One workbook of the files as they would be published (published rows plus drafts). */
export async function writeWorkbook(
	files: Record<EditableFile, { columns: string[]; rows: RawRow[] }>,
	lists: Lists,
	text: WorkbookText
): Promise<Uint8Array> {
	const ExcelJS = await excel();
	const wb: Workbook = new ExcelJS.Workbook();
	wb.creator = 'Följupp';
	const help = wb.addWorksheet(HELP_SHEET);
	help.getColumn(1).width = 24;
	help.getColumn(2).width = 100;
	help.addRow([text.help.title]).font = { bold: true, size: 14 };
	help.addRow([text.help.intro]);
	help.getCell('A2').alignment = { wrapText: true };

	// The lists first, so each sheet's validation can name its range.
	const listSheet = wb.addWorksheet(LISTS_SHEET, { state: 'hidden' });
	const ranges = new Map<ListName, string>();
	const names = [...(Object.keys(lists) as ListName[]), ...(Object.keys(FIXED) as ListName[])];
	names.forEach((name, i) => {
		const values = (lists as unknown as Record<string, string[]>)[name] ?? FIXED[name] ?? [];
		const col = letter(i);
		listSheet.getCell(`${col}1`).value = name;
		values.forEach((v, j) => (listSheet.getCell(`${col}${j + 2}`).value = v));
		listSheet.getColumn(i + 1).numFmt = '@';
		ranges.set(name, `${LISTS_SHEET}!$${col}$2:$${col}$${Math.max(2, values.length + 1)}`);
	});

	for (const file of EDITABLE_FILES) {
		const { columns, rows } = files[file];
		const ws: Worksheet = wb.addWorksheet(SHEET_NAMES[file], { views: [{ state: 'frozen', ySplit: 1 }] });
		columns.forEach((c, i) => {
			const col = ws.getColumn(i + 1);
			col.width = Math.min(60, Math.max(12, c.length + 2));
			col.numFmt = DATES.has(c) ? 'yyyy-mm-dd' : NUMBERS.has(c) ? 'General' : '@';
		});
		const head = ws.addRow(columns);
		head.font = { bold: true };
		for (const r of rows) ws.addRow(columns.map((c) => cellOf(c, r[c] ?? '')));
		const last = Math.max(rows.length + 200, 500);
		columns.forEach((c, i) => {
			const pick = PICKS[file][c];
			if (!pick) return;
			// A whole column's range at once (the type definitions lack this, the library has it).
			(ws as unknown as { dataValidations: { add(range: string, v: DataValidation): void } }).dataValidations.add(
				`${letter(i)}2:${letter(i)}${last}`,
				{
					type: 'list',
					allowBlank: pick[1],
					formulae: [ranges.get(pick[0])!],
					showErrorMessage: true,
					errorStyle: 'stop',
					error: text.listError
				}
			);
		});
		help.addRow([]);
		help.addRow([SHEET_NAMES[file], file]).font = { bold: true };
		// A column another file has too may mean something else here (an action's status): said per file where so.
		for (const c of columns) help.addRow([c, text.help.columns[`${file} ${c}`] ?? text.help.columns[c] ?? '']);
	}
	wb.views = [
		{
			x: 0,
			y: 0,
			width: 20000,
			height: 12000,
			firstSheet: 0,
			activeTab: EDITABLE_FILES.length + 1,
			visibility: 'visible'
		}
	];
	return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A number as a number, so Excel shows it in its own locale (a decimal comma in Swedish Excel); a date as a date. */
function cellOf(column: string, value: string): string | number | Date {
	if (NUMBERS.has(column) && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
	if (DATES.has(column) && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
		return new Date(`${value}T00:00:00Z`);
	return value;
}

export interface SheetText {
	file: EditableFile;
	/** How problems name it: `arbetsbok.xlsx › Uppföljningar`. */
	name: string;
	text: string;
	/** The sheet's row of a line of `text`. */
	rowOf: (line: number) => number;
	/** The sheet's column of a file column: `D (assessment)`. */
	columnOf: (column: string) => string;
}

export type ReadWorkbook = { ok: true; sheets: SheetText[] } | { ok: false; problems: Problem[] };

/**
 * The most a workbook may hold unpacked. A municipality's measures, targets and follow-ups are well
 * under 1 MB of sheet XML; this leaves room for years of them, and refuses in a moment a workbook
 * (or a zip bomb) that would keep the reader busy for minutes.
 */
export const MAX_WORKBOOK_MB = 20;

/** The whole workbook refused, for one reason. */
const refused = (file: string, kind: Problem['kind'], text: string, detail: string): ReadWorkbook => ({
	ok: false,
	problems: [{ file, line: null, column: null, kind, text, detail }]
});

export async function readWorkbook(name: string, bytes: Uint8Array): Promise<ReadWorkbook> {
	const unpacked = unpackedSize(bytes);
	if (unpacked > MAX_WORKBOOK_MB * 1e6)
		return refused(name, 'workbook_too_large', '', `${Math.round(unpacked / 1e6)}/${MAX_WORKBOOK_MB}`);
	const ExcelJS = await excel();
	const wb: Workbook = new ExcelJS.Workbook();
	try {
		await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
	} catch (e) {
		return refused(name, 'unreadable_workbook', '', (e as Error).message.slice(0, 200));
	}
	const sheets: SheetText[] = [];
	const problems: Problem[] = [];
	wb.eachSheet((ws) => {
		if (ws.name === LISTS_SHEET || ws.name === HELP_SHEET) return;
		const sheet = `${name} › ${ws.name}`;
		// Counted once: ExcelJS counts the columns over every row each time it is asked.
		const width = ws.actualColumnCount;
		const header = rowValues(ws, 1, [], width).map((h) => h.trim());
		const file = detectEditable(header.filter(Boolean));
		if (!file) return;
		// A sheet Excel does not show, or a second sheet for the same file, would be read unseen or
		// not at all: which one the official meant is theirs to say.
		if (ws.state !== 'visible') {
			problems.push({ file: sheet, line: null, column: null, kind: 'workbook_hidden_sheet', text: ws.name });
			return;
		}
		const first = sheets.find((s) => s.file === file);
		if (first) {
			problems.push({
				file: sheet,
				line: null,
				column: null,
				kind: 'workbook_duplicate_sheet',
				text: ws.name,
				detail: first.name.slice(name.length + 3)
			});
			return;
		}
		const columnOf = (c: number) => (header[c] ? `${letter(c)} (${header[c]})` : letter(c));
		const rows: RawRow[] = [];
		const at: number[] = [];
		for (let r = 2; r <= ws.rowCount; r++) {
			const values = rowValues(ws, r, header, width, (c, kind, text) =>
				problems.push({ file: sheet, line: r, column: columnOf(c), kind, text })
			);
			if (values.every((v) => v.trim() === '')) continue;
			values.forEach((v, c) => {
				if (!header[c] && v.trim() !== '')
					problems.push({ file: sheet, line: r, column: letter(c), kind: 'workbook_unheaded', text: v });
			});
			rows.push(Object.fromEntries(header.flatMap((h, i) => (h ? [[h, values[i] ?? '']] : []))));
			at.push(r);
		}
		const columns = header.filter(Boolean);
		const written = writeRaw(columns, rows);
		sheets.push({
			file,
			name: sheet,
			text: written.text,
			rowOf: (line) => {
				let row = 1;
				written.lines.forEach((start, i) => {
					if (start <= line) row = at[i]!;
				});
				return row;
			},
			columnOf: (column) => (header.includes(column) ? columnOf(header.indexOf(column)) : column)
		});
	});
	if (problems.length) return { ok: false, problems };
	if (sheets.length === 0)
		return refused(
			name,
			'not_editable',
			wb.worksheets.map((w) => w.name).join(', '),
			Object.values(SHEET_NAMES).join(', ')
		);
	return { ok: true, sheets };
}

type CellKind = 'workbook_formula' | 'workbook_error_cell' | 'workbook_date_time';

/**
 * A row's cells as the texts a CSV file would hold, each exactly what Excel shows. What a CSV cannot
 * hold as shown is told, not guessed: a formula (its result may be stale, or none was saved), an
 * error (#REF!), a date with a time of day in a date column.
 */
function rowValues(
	ws: Worksheet,
	r: number,
	header: readonly string[],
	width: number,
	refuse: (column: number, kind: CellKind, text: string) => void = () => {}
): string[] {
	const row = ws.getRow(r);
	const out: string[] = [];
	for (let c = 1; c <= Math.max(row.cellCount, width); c++) {
		const v = row.getCell(c).value;
		const date = DATES.has(header[c - 1] ?? '');
		if (v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
			const f = v as { formula?: string; sharedFormula?: string };
			refuse(c - 1, 'workbook_formula', `=${f.formula ?? f.sharedFormula ?? ''}`);
			out.push('');
		} else if (v && typeof v === 'object' && 'error' in v) {
			refuse(c - 1, 'workbook_error_cell', String((v as { error: unknown }).error));
			out.push('');
		} else if (date && (typeof v === 'number' || v instanceof Date)) {
			// A date that lost its format (pasted, or typed into a text cell by another program) is Excel's
			// day number; a time of day is its fraction, and Excel shows the day it falls in.
			const ms = v instanceof Date ? v.getTime() : EXCEL_EPOCH + v * DAY_MS;
			const seconds = Math.round(ms / 1000) * 1000;
			const day = Math.floor(seconds / DAY_MS) * DAY_MS;
			const text = new Date(day).toISOString().slice(0, 10);
			if (seconds !== day)
				refuse(c - 1, 'workbook_date_time', new Date(seconds).toISOString().slice(0, 16).replace('T', ' '));
			out.push(typeof v === 'number' && (v <= 0 || v >= 100_000) ? String(v) : text);
		} else out.push(textOf(v));
	}
	return out;
}

/** A cell as the text a CSV file would hold: a number with a decimal point, a link by the words it shows. */
function textOf(v: CellValue): string {
	if (v === null || v === undefined) return '';
	if (typeof v === 'string') return v;
	if (typeof v === 'number') return String(v);
	if (typeof v === 'boolean') return v ? 'yes' : 'no';
	if (v instanceof Date) return v.toISOString().slice(0, 10);
	if (typeof v === 'object') {
		if ('richText' in v) return v.richText.map((t) => t.text).join('');
		if ('text' in v) return String((v as { text: unknown }).text);
	}
	return String(v);
}

/**
 * The bytes a zip (an .xlsx) holds once unpacked, from its central directory, without unpacking:
 * each entry's size as the zip declares it. A zip that cannot be read so is left to the reader,
 * which names it.
 */
export function unpackedSize(bytes: Uint8Array): number {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let end = -1;
	for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--)
		if (view.getUint32(i, true) === 0x06054b50) {
			end = i;
			break;
		}
	if (end < 0) return 0;
	const entries = view.getUint16(end + 10, true);
	let at = view.getUint32(end + 16, true);
	let total = 0;
	for (let n = 0; n < entries && at + 46 <= bytes.length; n++) {
		if (view.getUint32(at, true) !== 0x02014b50) break;
		total += view.getUint32(at + 24, true);
		at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
	}
	return total;
}
