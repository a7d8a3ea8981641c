/**
 * The build's one way to the data: reads data/ from disk once per build and checks it.
 * A bad file stops the build with the problems listed, never a site with wrong numbers.
 */
import { existsSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { relative, resolve } from 'node:path';
import { DATA_FILES, loadDataset, OPTIONAL_FILES, SCHEMAS, type DataFile, type LoadResult } from './load';
import { readPeriodText } from '../model/period-text';
import type { Dataset } from '../model/model';
import { formatProblem, type Problem } from './problems';
import { decodeDataFile, formulaSafe, unguarded } from './text';

export const DATA_DIR = resolve(process.env.FOLJUPP_DATA ?? 'data');

/** How messages name a data folder: relative to here when it lies below, else in full. */
export function dirLabel(dir: string): string {
	const rel = relative(process.cwd(), resolve(dir));
	return rel === '' ? '.' : rel.startsWith('..') ? resolve(dir) : rel;
}

/** The folder checked as the build checks it; `instead` gives some files' text as they would be written (by --fix, say). */
export function readDataDir(dir = DATA_DIR, instead: Partial<Record<DataFile, string>> = {}): LoadResult {
	const label = dirLabel(dir);
	const files: Partial<Record<DataFile, string>> = {};
	const unreadable: Problem[] = [];
	for (const f of DATA_FILES) {
		if (instead[f] !== undefined) {
			files[f] = instead[f];
			continue;
		}
		if (!existsSync(resolve(dir, f))) continue;
		const decoded = decodeDataFile(`${label}/${f}`, new Uint8Array(readFileSync(resolve(dir, f))));
		if (decoded.ok) files[f] = decoded.text;
		else unreadable.push(decoded.problem);
	}
	return loadDataset(files, { dir: label, unreadable, today: process.env.FOLJUPP_TODAY });
}

export class DataError extends Error {}

let cached: Dataset | null = null;

export function dataset(): Dataset {
	if (cached) return cached;
	const { dataset, problems } = readDataDir();
	if (!dataset) {
		const shown = problems.slice(0, 20).map((p) => formatProblem(p)).join('\n');
		const more = problems.length > 20 ? `\n… och ${problems.length - 20} problem till` : '';
		throw new DataError(`Data i ${dirLabel(DATA_DIR)}/ har fel:\n${shown}${more}`);
	}
	cached = dataset;
	return dataset;
}

export function dataFileText(name: DataFile, dir = DATA_DIR): string {
	return readFileSync(resolve(dir, name), 'utf8').replace(/^\ufeff/, '');
}

/**
 * A data file as the site publishes it: as written, but with every baseline filled in (targets.csv),
 * no small number in a measure's own values (measure_values.csv: the value and its denominator
 * emptied, the status `small` or `secondary`), and an optional file the folder lacks as its header alone.
 */
export function publishedFileText(name: DataFile): string {
	if (!existsSync(resolve(DATA_DIR, name))) {
		if (!OPTIONAL_FILES.includes(name)) throw new DataError(`${name} saknas`);
		return Object.keys(SCHEMAS[name as keyof typeof SCHEMAS]).join(',') + '\n';
	}
	const text = dataFileText(name);
	if (name.endsWith('.json')) return text;
	if (name === 'measure_values.csv') return publishedFigureValues(text);
	if (name !== 'targets.csv') return guardedCsv(text);
	const byId = new Map(dataset().targets.map((t) => [t.id, t.baseline_value]));
	const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true, delimiter: ',' });
	const rows = parsed.data.map((r) => (r.baseline_value === '' && byId.has(r.id ?? '') ? { ...r, baseline_value: String(byId.get(r.id!)) } : r));
	return unparseGuarded(rows, parsed.meta.fields ?? []);
}

/**
 * A published CSV, every text a spreadsheet would run as a formula behind an apostrophe: people open
 * /data/*.csv in Excel. Every reader of Följupp's files takes the apostrophe away again.
 */
function guardedCsv(text: string): string {
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	if (!/(^|[\n,"])'*[=+@\t-]/.test(body)) return text;
	const parsed = Papa.parse<Record<string, string>>(body, { header: true, skipEmptyLines: true, delimiter: ',' });
	return unparseGuarded(parsed.data, parsed.meta.fields ?? []);
}

const unparseGuarded = (rows: Record<string, string>[], columns: string[]) =>
	Papa.unparse(
		// data/ may hold a text guarded already (written by Följupp) or not (by hand): each is guarded once.
		rows.map((r) => Object.fromEntries(columns.map((c) => [c, formulaSafe(unguarded(r[c] ?? ''))]))),
		{ columns, newline: '\n' }
	) + '\n';

function publishedFigureValues(text: string): string {
	const shown = new Map(dataset().figureValues.map((v) => [`${v.figure}|${v.period}`, v]));
	const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true, delimiter: ',' });
	const columns = [...(parsed.meta.fields ?? []), ...['denominator', 'status'].filter((c) => !(parsed.meta.fields ?? []).includes(c))];
	const rows = parsed.data.map((r) => {
		const v = shown.get(`${r.figure}|${readPeriodText(r.period ?? '')?.code}`);
		if (!v) return r;
		// What the site shows, exactly: a suppressed value and a small denominator are not in the file.
		return { ...r, value: v.value === null ? '' : (r.value ?? ''), denominator: v.denominator === null ? '' : (r.denominator ?? ''), status: v.status ?? '' };
	});
	return unparseGuarded(rows, columns);
}
