/**
 * Reads one CSV file of the repository's own format (comma, decimal point, UTF-8) against a schema:
 * every column typed, every problem kept with its line and column. papaparse does the CSV grammar;
 * this module only knows which cell means what.
 */
import Papa from 'papaparse';
import { isAbsentable, type Cell } from './cells';
import type { Problem } from './problems';

export type Schema = Record<string, Cell<unknown>>;
export type RowOf<S extends Schema> = { [K in keyof S]: S[K] extends Cell<infer T> ? T : never };

export interface Located<T> {
	/** 1-based line where the row starts in the file. */
	line: number;
	value: T;
}

export interface TableResult<T> {
	rows: Located<T>[];
	problems: Problem[];
}

export function readTable<S extends Schema>(file: string, source: string, schema: S): TableResult<RowOf<S>> {
	const problems: Problem[] = [];
	const rows: Located<RowOf<S>>[] = [];
	const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
	if (text.trim() === '') {
		return { rows, problems: [{ file, line: null, column: null, kind: 'empty_file', text: '' }] };
	}

	const expected = Object.keys(schema);
	const required = expected.filter((k) => !isAbsentable(schema[k]!));
	let header: string[] | null = null;
	let columnOf: (keyof S | null)[] = [];
	// papaparse reports where each record ends (after its newline); counting newlines up to there
	// gives file lines, which stay right when a quoted field spans lines.
	let cursor = 0;
	let line = 1;

	// The repository's format is comma-separated: declared, never guessed (a short file fools a guess).
	const firstLine = text.slice(0, text.search(/\r?\n|$/));
	const other = [';', '\t'].find((d) => firstLine.split(d).length > 1);
	if (!firstLine.includes(',') && other) {
		return { rows, problems: [{ file, line: 1, column: null, kind: 'wrong_delimiter', text: firstLine, detail: other }] };
	}

	Papa.parse<string[]>(text, {
		delimiter: ',',
		header: false,
		// Blank lines are kept as records (and skipped below) so that every line is counted.
		skipEmptyLines: false,
		step: (result) => {
			const recordLine = line;
			const end = result.meta.cursor;
			for (let i = cursor; i < end; i++) if (text.charCodeAt(i) === 10) line++;
			cursor = end;
			const record = result.data;
			if (record.length === 1 && (record[0] ?? '').trim() === '') return;

			for (const e of result.errors) {
				problems.push({
					file,
					line: recordLine,
					column: null,
					kind: 'csv_syntax',
					text: '',
					detail: e.message
				});
			}
			if (header === null) {
				header = record.map((h) => h.trim());
				// Own keys only: a column named `constructor` is unknown, not Object's constructor.
				columnOf = header.map((h) => (Object.hasOwn(schema, h) ? (h as keyof S) : null));
				checkHeader(file, header, expected, required, problems);
				return;
			}
			if (record.length !== header.length) {
				problems.push({
					file,
					line: recordLine,
					column: null,
					kind: 'ragged_row',
					text: record.join(','),
					detail: `${record.length}/${header.length}`
				});
				return;
			}
			const value = {} as Record<keyof S, unknown>;
			// Columns the file may leave out read as empty cells.
			for (const k of expected) if (!header.includes(k)) value[k as keyof S] = (schema[k]!('') as { value?: unknown }).value ?? null;
			let good = true;
			for (let c = 0; c < record.length; c++) {
				const key = columnOf[c];
				if (key === null || key === undefined) continue;
				const raw = (record[c] ?? '').trim();
				const parsed = schema[key]!(raw);
				if (parsed.ok) value[key] = parsed.value;
				else {
					good = false;
					problems.push({
						file,
						line: recordLine,
						column: String(key),
						kind: parsed.kind,
						text: raw,
						detail: parsed.detail
					});
				}
			}
			if (good) rows.push({ line: recordLine, value: value as RowOf<S> });
		}
	});
	if (header === null) problems.push({ file, line: null, column: null, kind: 'empty_file', text: '' });
	return { rows, problems };
}

function checkHeader(file: string, header: string[], expected: string[], required: string[], problems: Problem[]) {
	const seen = new Set<string>();
	for (const h of header) {
		if (seen.has(h)) problems.push({ file, line: 1, column: h, kind: 'duplicate_column', text: h });
		seen.add(h);
		if (!expected.includes(h))
			problems.push({ file, line: 1, column: h, kind: 'unknown_column', text: h, detail: expected.join(', ') });
	}
	for (const e of required) {
		if (!seen.has(e)) problems.push({ file, line: 1, column: e, kind: 'missing_column', text: '' });
	}
}

