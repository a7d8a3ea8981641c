/**
 * A file an official brings into the workspace: which of the editable files it is (by its columns),
 * its text in the repository's format (one saved from Swedish Excel is mended as `check-data --fix`
 * would), and its problems — the whole check, as if it were published with this browser's other
 * drafts — named by the file's own name, line and column. A file with an error changes nothing.
 */
import Papa from 'papaparse';
import { fixCsv, type Fixed } from '../fix';
import { loadDataset, type DataFile } from '../load';
import type { Problem } from '../problems';
import { decodeDataFile } from '../text';
import { applyDrafts, type Drafts } from './drafts';
import { EDITABLE_FILES, EDITABLE_SCHEMAS, type EditableFile } from './rows';

/** The editable file whose required columns a header has: each has one column no other has. */
export function detectEditable(header: readonly string[]): EditableFile | null {
	const has = (c: string) => header.some((h) => h.trim().toLowerCase() === c);
	if (has('assessment')) return 'followups.csv';
	if (has('target_value')) return 'targets.csv';
	if (has('lead')) return 'measures.csv';
	return null;
}

export type ReadImport = { ok: true; file: EditableFile; text: string; changes: Fixed['changes'] } | { ok: false; problems: Problem[] };

export function readImportCsv(name: string, bytes: Uint8Array): ReadImport {
	const fail = (kind: Problem['kind'], text = '', detail?: string): ReadImport => ({
		ok: false,
		problems: [{ file: name, line: null, column: null, kind, text, ...(detail ? { detail } : {}) }]
	});
	if (bytes.length === 0) return fail('empty_file');
	if (bytes.subarray(0, 4096).includes(0)) return fail('binary_file');
	// Which file it is first, from a lenient reading of its first line.
	const head = new TextDecoder().decode(bytes.subarray(0, 4096)).replace(/^\ufeff/, '');
	const firstLine = head.slice(0, head.search(/\r?\n|$/));
	const delimiter = firstLine.includes(',') ? ',' : firstLine.includes(';') ? ';' : '\t';
	const file = detectEditable(Papa.parse<string[]>(firstLine, { delimiter }).data[0] ?? []);
	if (!file) return fail('not_editable', firstLine.slice(0, 120), EDITABLE_FILES.join(', '));
	const fixed = fixCsv(bytes, EDITABLE_SCHEMAS[file]);
	if (fixed) return { ok: true, file, text: fixed.text, changes: fixed.changes };
	const decoded = decodeDataFile(name, bytes);
	return decoded.ok ? { ok: true, file, text: decoded.text, changes: [] } : { ok: false, problems: [decoded.problem] };
}

/**
 * The file checked in place of `file`, beside the published files and this browser's drafts of the
 * others. Problems elsewhere (a draft already wrong) are not the file's and are left out.
 */
export function checkImport(name: string, file: EditableFile, text: string, published: Partial<Record<DataFile, string>>, drafts: Drafts, today: string): Problem[] {
	const texts: Partial<Record<DataFile, string>> = { ...published };
	for (const f of EDITABLE_FILES) texts[f] = f === file ? text : applyDrafts(f, published[f] ?? '', drafts).text;
	const observations = published['observations.csv'] ?? '';
	texts['observations.csv'] = observations.slice(0, observations.indexOf('\n') + 1) || 'indicator,municipality,period,gender,value,status\n';
	return loadDataset(texts, { baselines: 'later', today })
		.problems.filter((p) => p.file === `data/${file}`)
		.map((p) => ({ ...p, file: name }));
}
