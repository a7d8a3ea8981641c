/**
 * A file an official brings into the workspace: which of the editable files it is (by its columns),
 * its text in the repository's format (one saved from Swedish Excel is mended as `check-data --fix`
 * would), and its problems — the whole check, as if it were published with this browser's other
 * drafts — named by the file's own name, line and column. A file with an error changes nothing.
 */
import Papa from 'papaparse';
import { fixCsv, type Fixed } from '../data/fix';
import { loadDataset, type DataFile } from '../data/load';
import type { Problem } from '../data/problems';
import { decodeDataFile } from '../data/text';
import { applyDrafts, type Drafts } from './drafts';
import { readPeriodText } from '../model/period-text';
import { EDITABLE_FILES, EDITABLE_SCHEMAS, parseRaw, writeRaw, type EditableFile } from './rows';

/** The editable file whose required columns a header has: each has one column no other has. */
export function detectEditable(header: readonly string[]): EditableFile | null {
	const has = (c: string) => header.some((h) => h.trim().toLowerCase() === c);
	// An audit has an assessment too (the auditors' own words): its firm tells it from a follow-up.
	if (has('firm')) return 'audits.csv';
	if (has('action') && has('status')) return 'audit_action_followups.csv';
	if (has('recommendation') && has('role')) return 'audit_actions.csv';
	if (has('recommendation') && has('comment')) return 'audit_answers.csv';
	if (has('audit') && has('committees')) return 'recommendations.csv';
	if (has('assessment')) return 'followups.csv';
	if (has('target_value')) return 'targets.csv';
	if (has('lead')) return 'measures.csv';
	if (has('figure') && has('value')) return 'measure_values.csv';
	if (has('measure') && has('kind') && has('direction')) return 'measure_figures.csv';
	return null;
}

/** A header line's cells, in whichever delimiter it is written (comma, or Swedish Excel's semicolon or tab). */
function headerCells(firstLine: string): string[] {
	const delimiter = firstLine.includes(',') ? ',' : firstLine.includes(';') ? ';' : '\t';
	return Papa.parse<string[]>(firstLine, { delimiter }).data[0] ?? [];
}

/**
 * Whether a file is one of the workspace's, from its first bytes: a workbook (a zip), one of the
 * editable files by its header line (in any encoding and delimiter Excel writes), or none. The one
 * sniff of the upload page, `check-data` and the import.
 */
export function sniffEditable(head: Uint8Array): EditableFile | 'workbook' | null {
	if (head[0] === 0x50 && head[1] === 0x4b) return 'workbook';
	const text = new TextDecoder('latin1').decode(head.subarray(0, 4096)).replace(/^\ufeff|^ï»¿/, '');
	return detectEditable(headerCells(text.slice(0, text.search(/\r?\n|$/))));
}

export type ReadImport =
	{ ok: true; file: EditableFile; text: string; changes: Fixed['changes'] } | { ok: false; problems: Problem[] };

export function readImportCsv(name: string, bytes: Uint8Array): ReadImport {
	const fail = (kind: Problem['kind'], text = '', detail?: string): ReadImport => ({
		ok: false,
		problems: [{ file: name, line: null, column: null, kind, text, ...(detail ? { detail } : {}) }]
	});
	if (bytes.length === 0) return fail('empty_file');
	if (bytes.subarray(0, 4096).includes(0)) return fail('binary_file');
	// Which file it is first, from a lenient reading of its first line.
	const sniffed = sniffEditable(bytes);
	const file = sniffed === 'workbook' ? null : sniffed;
	if (!file) {
		const head = new TextDecoder().decode(bytes.subarray(0, 4096)).replace(/^\ufeff/, '');
		return fail('not_editable', head.slice(0, head.search(/\r?\n|$/)).slice(0, 120), EDITABLE_FILES.join(', '));
	}
	const fixed = fixCsv(bytes, EDITABLE_SCHEMAS[file]);
	if (fixed)
		return { ok: true, file, text: periodCodes(file, fixed.text.replace(/^\ufeff/, '')), changes: fixed.changes };
	const decoded = decodeDataFile(name, bytes);
	return decoded.ok
		? { ok: true, file, text: periodCodes(file, decoded.text), changes: [] }
		: { ok: false, problems: [decoded.problem] };
}

/** A value's period as its code (`2026 halvår 2` → `2026H2`), so that one period is one row however it was written. */
function periodCodes(file: EditableFile, text: string): string {
	if (file !== 'measure_values.csv') return text;
	// A file with a row of the wrong length is left as it is, for the check to name that row.
	const rows = Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: 'greedy' }).data;
	if (rows.some((r) => r.length !== rows[0]!.length)) return text;
	const table = parseRaw(text);
	if (!table.columns.includes('period')) return text;
	return writeRaw(
		table.columns,
		table.rows.map((r) => ({ ...r, period: readPeriodText(r.period ?? '')?.code ?? r.period ?? '' }))
	).text;
}

/** A file brought in: a CSV file, or a sheet of a workbook with its rows and columns to name problems by. */
export interface ImportedText {
	file: EditableFile;
	/** How problems name it: the file's name, or `arbetsbok.xlsx › Uppföljningar`. */
	name: string;
	text: string;
	rowOf?: (line: number) => number;
	columnOf?: (column: string) => string;
}

/**
 * The files checked in place of their own, together (a workbook's new measure and its follow-ups),
 * beside the published files and this browser's drafts of the others. A problem elsewhere that was
 * there before (a draft already wrong) is not the files' and is left out. Where the files replace
 * their own ('replace': `check-data` writes a workbook's sheets over data/), a problem they cause in a
 * file they do not hold (a follow-up of a measure the workbook takes out, or whose rhythm it changes)
 * is theirs too, named at its own file and line: data/ is valid after the import, or it is refused.
 * Where they are merged ('merge': the browser adds new rows, conflicts are decided one by one), no row
 * is taken out or changed by the import itself, so nothing elsewhere can break.
 */
export function checkImport(
	files: readonly ImportedText[],
	published: Partial<Record<DataFile, string>>,
	drafts: Drafts,
	today: string,
	/** 'check' where `published` holds all the observations (the command line): empty baselines are filled from them. */
	baselines: 'check' | 'later' = 'later',
	mode: 'merge' | 'replace' = 'merge'
): Problem[] {
	const texts: Partial<Record<DataFile, string>> = { ...published };
	for (const f of EDITABLE_FILES)
		texts[f] = files.find((x) => x.file === f)?.text ?? applyDrafts(f, published[f] ?? '', drafts).text;
	const observations = published['observations.csv'] ?? '';
	if (baselines === 'later')
		texts['observations.csv'] =
			observations.slice(0, observations.indexOf('\n') + 1) || 'indicator,municipality,period,gender,value,status\n';
	const before = { ...texts };
	for (const f of EDITABLE_FILES) before[f] = applyDrafts(f, published[f] ?? '', drafts).text;
	const signature = (p: Problem) => `${p.file}|${p.line}|${p.column}|${p.kind}|${p.text}`;
	const was = new Set(mode === 'replace' ? loadDataset(before, { baselines, today }).problems.map(signature) : []);
	const idsBefore = (file: DataFile) => new Set(parseRaw(before[file] ?? '').rows.map((r) => (r.id ?? '').trim()));
	const names = files
		.map((x) => x.name)
		.filter((n, i, all) => all.indexOf(n) === i)
		.join(', ');
	return loadDataset(texts, { baselines, today }).problems.flatMap((p) => {
		const from = files.find((x) => p.file === `data/${x.file}`);
		if (!from) {
			if (mode === 'merge' || was.has(signature(p))) return [];
			// A row that refers to one the import takes out: said so, not as an id that never was.
			const to = (p.detail ?? '').replace(/^data\//, '') as DataFile;
			if (
				p.kind === 'unknown_reference' &&
				(EDITABLE_FILES as readonly string[]).includes(to) &&
				idsBefore(to).has(p.text)
			)
				return [{ ...p, kind: 'removed_by_import' as const, detail: `${names}|${to}` }];
			return [p];
		}
		return [
			{
				...p,
				file: from.name,
				line: p.line !== null && from.rowOf ? from.rowOf(p.line) : p.line,
				column: p.column !== null && from.columnOf ? from.columnOf(p.column) : p.column
			}
		];
	});
}
