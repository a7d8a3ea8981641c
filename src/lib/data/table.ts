/**
 * Reads one CSV file of the repository's own format (comma, decimal point, UTF-8) against a schema:
 * every column typed, every problem kept with its line and column. papaparse does the CSV grammar;
 * this module only knows which cell means what.
 */
import Papa from 'papaparse';
import { isAbsentable, type Cell } from './cells';
import type { Problem } from './problems';
import { unguarded } from './text';

/**
 * Characters a reader cannot see: controls other than tab and line breaks, and format characters —
 * zero-width spaces, marks and overrides that change the writing direction, a BOM inside the text —
 * except the joiners some scripts and emoji need and the soft hyphen (Kolada writes it in a few titles).
 */
const INVISIBLE = /(?![\t\n\r\u00AD\u200C\u200D])[\p{Cc}\p{Cf}]/u;

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
	/** Rows left out for an error, with the id they carry (where the file has an id column): what refers to them depends on them. */
	rejected?: { line: number; id: string | null }[];
}

export function readTable<S extends Schema>(file: string, source: string, schema: S): TableResult<RowOf<S>> {
	const problems: Problem[] = [];
	const rows: Located<RowOf<S>>[] = [];
	const rejected: { line: number; id: string | null }[] = [];
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
			const idAt = header.indexOf('id');
			if (record.length !== header.length) {
				const guess = raggedGuess(record, header, columnOf, schema);
				problems.push({
					file,
					line: recordLine,
					// One column where only one place fits; where several could, the message names the range.
					column: guess && guess.column === guess.last ? guess.column : null,
					kind: 'ragged_row',
					text: record.join(','),
					detail: `${record.length}/${header.length}${guess ? `/${guess.how}/${guess.column}/${guess.last}` : ''}`
				});
				rejected.push({ line: recordLine, id: idAt >= 0 ? (record[idAt] ?? '').trim() : null });
				return;
			}
			const value = {} as Record<keyof S, unknown>;
			// Columns the file may leave out read as empty cells.
			for (const k of expected) if (!header.includes(k)) value[k as keyof S] = (schema[k]!('') as { value?: unknown }).value ?? null;
			let good = true;
			for (let c = 0; c < record.length; c++) {
				const key = columnOf[c];
				if (key === null || key === undefined) continue;
				// A text that would be a formula in Excel is written behind an apostrophe (./text.ts).
				const raw = unguarded((record[c] ?? '').trim());
				// A character no one can see (NUL, a zero-width space, a right-to-left override) would be
				// published as it is and could turn what a reader sees around: the cell is refused.
				if (INVISIBLE.test(raw)) {
					good = false;
					problems.push({ file, line: recordLine, column: String(key), kind: 'invisible_character', text: raw });
					continue;
				}
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
			else rejected.push({ line: recordLine, id: idAt >= 0 ? (record[idAt] ?? '').trim() : null });
		}
	});
	if (header === null) problems.push({ file, line: null, column: null, kind: 'empty_file', text: '' });
	return { rows, problems, rejected };
}

/**
 * Which column a row with one field too few or too many most likely went wrong in: the one place where
 * an empty field put in (`missing`), or two neighbouring fields joined by the comma between them (`comma`:
 * a comma in unquoted text), makes every cell of the row valid: the first such column and the last (the
 * same where only one place fits; where neighbouring columns could each be the one, the range). Null
 * when no place does, or the places span more than three columns.
 */
function raggedGuess<S extends Schema>(
	record: string[],
	header: string[],
	columnOf: (keyof S | null)[],
	schema: S
): { column: string; last: string; how: 'missing' | 'comma' } | null {
	// The field put in is not judged (what it should hold is not known), every other cell is.
	const fits = (cells: string[], put: number | null) => cells.every((raw, c) => {
		const key = columnOf[c];
		return c === put || key === null || key === undefined || schema[key]!(raw.trim()).ok;
	});
	const places: string[] = [];
	let how: 'missing' | 'comma' = 'missing';
	if (record.length === header.length - 1) {
		for (let i = 0; i <= record.length; i++) if (fits([...record.slice(0, i), '', ...record.slice(i)], i)) places.push(header[i]!);
	} else if (record.length === header.length + 1) {
		how = 'comma';
		for (let i = 0; i < header.length; i++) if (fits([...record.slice(0, i), `${record[i]},${record[i + 1]}`, ...record.slice(i + 2)], null)) places.push(header[i]!);
	}
	if (places.length === 0) return null;
	const first = header.indexOf(places[0]!);
	const last = header.indexOf(places[places.length - 1]!);
	// A range wider than three columns says little more than "somewhere in the row".
	return last - first < 3 ? { column: places[0]!, last: places[places.length - 1]!, how } : null;
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

