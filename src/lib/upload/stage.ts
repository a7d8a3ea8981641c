/**
 * Reading one uploaded file, from its bytes to a report: the text (./read.ts), its format and
 * layout (./layouts, ./sniff.ts), DuckDB's reading of the cells as text while the page judges the
 * same bytes (./scan.ts), the decimal mark from every value cell; then the records taken as
 * written, or those to fix (or all) through every check (./checks.ts) placed on their lines
 * (./lines.ts), and the preview (./preview.ts). Nothing the site shows changes; the staged values
 * wait in `stage_values` until applied (./tables.ts).
 */
import Papa from 'papaparse';
import { isError, MAX_UPLOAD_MB, type Problem, type ProblemKind } from '../data/problems';
import { ALIASES } from './columns';
import { dedupe, findValueProblems, normalise, problemRows } from './checks';
import { literal, withRows, type SqlEngine } from './engine';
import { TEXT_FORMATS, type CsvShape } from './layouts';
import { RecordLines, RowLines } from './lines';
import { preview } from './preview';
import { asWritten, readClean, takeAsWritten } from './quick';
import { prepare } from './read';
import {
	DOWNLOADED,
	byPlace,
	emptyReport,
	fileProblem,
	type Reference,
	type StageOptions,
	type StageReport
} from './report';
import { scanRecords } from './scan';
import { sniff } from './sniff';
import { FIRST_YEAR, LAST_YEAR } from './sql';

const FILE = 'upload-input.csv';

export async function stageFile(
	engine: SqlEngine,
	reference: Reference,
	input: Uint8Array,
	fileName: string,
	options: StageOptions = {}
): Promise<StageReport> {
	try {
		return await readFile(engine, reference, input, fileName, options);
	} catch (err) {
		// DuckDB gives up on some damaged files as a whole; that is a problem of the file, not a crash.
		return fileProblem(fileName, wholeFileKind(err instanceof Error ? err.message : String(err)));
	}
}

/** DuckDB's reasons for giving up on a whole file, as problems worded in the reader's language. */
function wholeFileKind(message: string): ProblemKind {
	if (/maximum line size/i.test(message)) return 'line_too_long';
	if (/unicode|utf-?8/i.test(message)) return 'bad_encoding';
	return 'unreadable_file';
}

async function readFile(
	engine: SqlEngine,
	reference: Reference,
	input: Uint8Array,
	fileName: string,
	{ padCodes = false, thorough = false, onProgress }: StageOptions
): Promise<StageReport> {
	const base = emptyReport(fileName);
	const prepared = await prepare(input, onProgress);
	if ('reason' in prepared) {
		if (prepared.reason === 'too_large')
			return fileProblem(fileName, 'too_large', `${prepared.megabytes}/${MAX_UPLOAD_MB}`);
		if (prepared.reason === 'mixed_encoding') {
			const problems: Problem[] = prepared.lines.map((line) => ({
				file: fileName,
				line,
				column: null,
				kind: 'bad_encoding',
				text: ''
			}));
			return { ...base, problems, problemCount: problems.length, errorCount: problems.length };
		}
		return fileProblem(fileName, prepared.reason === 'empty' ? 'empty_file' : 'binary_file');
	}
	base.encoding = prepared.encoding;

	let bytes = prepared.bytes;
	let head = prepared.head;
	let records: RecordLines | null = null;
	let recordOfLine: number[] | null = null;
	const format = TEXT_FORMATS.find((f) => f.detect(head));
	if (format) {
		base.format = format.id;
		base.lineUnit = 'record';
		const converted = format.toCsv(new TextDecoder().decode(bytes));
		if (!converted.ok) {
			const problem: Problem = {
				file: fileName,
				line: converted.record ?? null,
				column: null,
				kind: 'bad_json',
				text: '',
				detail: converted.detail
			};
			return { ...base, problems: [problem], problemCount: 1, errorCount: 1 };
		}
		if (converted.recordOfLine.length <= 2) return fileProblem(fileName, 'no_rows', undefined, base);
		bytes = new TextEncoder().encode(converted.csv);
		head = converted.csv.slice(0, 64 * 1024);
		records = await RecordLines.scan(bytes);
		recordOfLine = converted.recordOfLine;
	} else base.format = 'csv';
	const sniffed = sniff(head);

	const headerProblems = checkHeader(sniffed, fileName);
	if (headerProblems.some(isError)) {
		Object.assign(base, { delimiter: sniffed.delimiter, decimal: sniffed.decimal, layout: sniffed.layout.id });
		return {
			...base,
			problems: headerProblems,
			problemCount: headerProblems.length,
			errorCount: headerProblems.filter(isError).length
		};
	}

	onProgress?.({ stage: 'check', done: 0, total: 3, rows: 0 });
	// A copy moves to DuckDB's worker (the buffer given is detached), the bytes stay here to be judged.
	const path = await engine.putFile(FILE, bytes.slice());
	const columns = `{${sniffed.header.map((_, i) => `'c${i}': 'VARCHAR'`).join(', ')}}`;
	for (const table of [
		'stage_rejects',
		'stage_scans',
		'stage',
		'stage_problems',
		'stage_dedup',
		'stage_flag',
		'stage_near'
	])
		await engine.run(`DROP TABLE IF EXISTS ${table}`);
	const reading =
		engine.run(`CREATE OR REPLACE TEMP TABLE stage_raw AS SELECT * FROM read_csv(${literal(path)}, header = true,
		auto_detect = false, delim = ${literal(sniffed.delimiter)}, quote = '"', escape = '"', columns = ${columns},
		strict_mode = true, store_rejects = true, rejects_table = 'stage_rejects', rejects_scan = 'stage_scans')`);
	// While DuckDB reads the cells in its worker, the same bytes are judged here: which records are
	// already canonical (./scan.ts).
	const judging = thorough ? Promise.resolve(null) : scanRecords(bytes, sniffed, reference).catch(() => null);
	const [, judged] = await Promise.all([reading, judging]);
	await engine.dropFile(FILE);
	// Where each record starts, to name lines: not needed for a file taken as it is.
	const lines = async () => (records ??= await RecordLines.scan(bytes));
	const [{ kept } = { kept: 0 }] = await engine.all<{ kept: number }>(
		'SELECT CAST(count(*) AS INTEGER) AS kept FROM stage_raw'
	);

	// A rejected row is one problem, on the line where its record starts.
	const rejects = await engine.all<Reject>(
		`SELECT CAST(line_byte_position AS BIGINT) AS at, error_type, csv_line, error_message FROM stage_rejects ORDER BY line_byte_position, column_idx`
	);
	const rejected = new Map<number, Reject>();
	for (const r of rejects) {
		const record = (await lines()).recordAtByte(Number(r.at));
		if (!rejected.has(record)) rejected.set(record, r);
	}
	// The judgement holds only where DuckDB kept every record, and the same records.
	const scan = judged && rejected.size === 0 && kept > 0 && judged.records === kept ? judged : null;
	const shape = { ...sniffed, decimal: scan?.decimal ?? (await decimalMark(engine, sniffed)) };
	Object.assign(base, { delimiter: shape.delimiter, decimal: shape.decimal, layout: shape.layout.id });
	// Judged, every record is one line (no quoted line break), so the records counted are the rows.
	const rowsRead = recordOfLine
		? (recordOfLine.at(-1) ?? 0)
		: scan && !records
			? scan.records
			: (await lines()).recordCount;
	base.rowsRead = rowsRead;

	// Every record canonical: taken as written. Bytes the judgement could not read alike with DuckDB
	// (a quoted line break, say) are asked of DuckDB the same way, at more cost (./quick.ts).
	const clean =
		scan?.flagged?.length === 0 && scan.counted
			? { matched: await takeAsWritten(engine, shape), counted: scan.counted }
			: !thorough && !scan && rejected.size === 0
				? await readClean(engine, shape, reference)
				: null;
	if (clean) {
		onProgress?.({ stage: 'compare', done: 2, total: 3, rows: rowsRead });
		const result: StageReport = {
			...base,
			problems: headerProblems,
			problemCount: headerProblems.length,
			errorCount: 0,
			ok: true,
			path: 'clean'
		};
		result.preview = await preview(engine, reference, clean.matched, clean.counted);
		onProgress?.({ stage: 'compare', done: 3, total: 3, rows: rowsRead });
		return result;
	}
	const found = await lines();
	const rows = new RowLines(found, [...rejected.keys()]);
	const toRecord = (line: number) => (recordOfLine ? (recordOfLine[line] ?? line) : line);
	const place = (rn: number) => toRecord(rows.lineOf(rn));
	const structural = [...rejected].map(([record, r]) =>
		rejectProblem(r, fileName, shape, toRecord(found.lineOfRecord(record)))
	);

	// A few records to fix among many canonical ones: only those go through every check, and the
	// canonical ones are taken as written, compared with them only where a key may repeat.
	const some = scan?.flagged ? await flagRecords(engine, scan.flagged) : null;
	const accepted = some ? `${asWritten(shape).rows} WHERE rowid NOT IN (SELECT rn FROM ${some})` : undefined;
	await normalise(engine, shape, padCodes, some ?? undefined);
	onProgress?.({ stage: 'check', done: 1, total: 3, rows: rowsRead });
	const valueCount = await findValueProblems(engine, shape, accepted);
	const values = await problemRows(engine, fileName, shape.header, place, DOWNLOADED);
	const noRows: Problem[] =
		kept === 0 && rejected.size === 0 ? [{ file: fileName, line: null, column: null, kind: 'no_rows', text: '' }] : [];
	const [{ paddable } = { paddable: 0 }] = await engine.all<{ paddable: number }>(
		"SELECT CAST(count(*) AS INTEGER) AS paddable FROM stage_problems WHERE kind = 'bad_code' AND detail IS NOT NULL"
	);

	const problems = [...noRows, ...headerProblems, ...structural, ...values].sort(byPlace).slice(0, DOWNLOADED);
	const problemCount = noRows.length + headerProblems.length + structural.length + valueCount;
	const errorCount = problemCount - headerProblems.filter((p) => !isError(p)).length;
	const report: StageReport = {
		...base,
		problems,
		problemCount,
		errorCount,
		ok: errorCount === 0,
		paddable,
		path: some ? 'some' : 'checked'
	};
	if (report.ok) {
		onProgress?.({ stage: 'compare', done: 2, total: 3, rows: rowsRead });
		await dedupe(engine, accepted);
		report.preview = await preview(engine, reference);
	}
	for (const table of ['stage', 'stage_flag', 'stage_near']) await engine.run(`DROP TABLE IF EXISTS ${table}`);
	onProgress?.({ stage: 'compare', done: 3, total: 3, rows: rowsRead });
	return report;
}

/** The records to check, as DuckDB's row numbers, into a table of their own; returns its name. */
async function flagRecords(engine: SqlEngine, flagged: Int32Array): Promise<string> {
	await withRows(
		engine,
		'upload-flagged.csv',
		{ rn: 'BIGINT' },
		Array.from(flagged, (rn) => [rn]),
		(rows) => engine.run(`CREATE OR REPLACE TEMP TABLE stage_flag AS SELECT rn FROM ${rows}`)
	);
	return 'stage_flag';
}

/**
 * The file's decimal mark, from every value cell rather than its first lines: the mark most cells
 * with a fraction use. A cell written the other way is then refused by name (./checks.ts), never
 * read as thousands.
 */
async function decimalMark(engine: SqlEngine, shape: CsvShape): Promise<',' | '.'> {
	const cells = shape.layout.valueColumns(shape).map((i) => `c${i}`);
	if (cells.length === 0) return shape.decimal;
	const count = (mark: string) => cells.map((c) => `count(*) FILTER (WHERE contains(${c}, '${mark}'))`).join(' + ');
	const [r] = await engine.all<{ comma: number; point: number }>(
		`SELECT CAST(${count(',')} AS INTEGER) AS comma, CAST(${count('.')} AS INTEGER) AS point FROM stage_raw`
	);
	if (!r || r.comma === r.point) return shape.decimal;
	return r.comma > r.point ? ',' : '.';
}

function checkHeader(shape: CsvShape, file: string): Problem[] {
	const problems: Problem[] = [];
	const at = (kind: ProblemKind, column: string | null, text = '', detail?: string, severity?: 'warning'): Problem => ({
		file,
		line: 1,
		column,
		kind,
		text,
		...(detail ? { detail } : {}),
		...(severity ? { severity } : {})
	});
	for (const c of shape.layout.required) {
		if (shape.columns[c] === undefined) problems.push(at('missing_column', `${c} / ${ALIASES[c][1]}`));
	}
	for (const e of shape.extra) {
		if (e.period < FIRST_YEAR || e.period > LAST_YEAR)
			problems.push(
				at('implausible_year', shape.header[e.index]!, shape.header[e.index]!, `${FIRST_YEAR}–${LAST_YEAR}`)
			);
	}
	const seen = new Set<string>();
	const read = new Set([...Object.values(shape.columns), ...shape.extra.map((e) => e.index)]);
	shape.header.forEach((h, i) => {
		const key = h.trim().toLowerCase();
		if (seen.has(key)) problems.push(at('duplicate_column', h, h));
		seen.add(key);
		if (!read.has(i) && h.trim() !== '')
			problems.push(at('unknown_column', h, h, 'nyckeltal, kommun, år, kön, värde, status', 'warning'));
	});
	return problems;
}

interface Reject {
	at: number;
	error_type: string;
	csv_line: string;
	error_message: string;
}

/** A row DuckDB could not take, as a problem on its line; a ragged row says how many fields it has. */
function rejectProblem(r: Reject, file: string, shape: CsvShape, line: number): Problem {
	const text = r.csv_line ?? '';
	const first = text.split(/\r?\n/).find((l) => l !== '') ?? '';
	switch (r.error_type) {
		case 'UNQUOTED VALUE':
			return { file, line, column: null, kind: 'unterminated_quote', text: first };
		case 'MISSING COLUMNS':
		case 'TOO MANY COLUMNS': {
			const fields = Papa.parse<string[]>(text, { delimiter: shape.delimiter }).data[0]?.length ?? 0;
			return { file, line, column: null, kind: 'ragged_row', text: first, detail: `${fields}/${shape.header.length}` };
		}
		case 'LINE SIZE OVER MAXIMUM':
			return { file, line, column: null, kind: 'line_too_long', text: first.slice(0, 80) };
		case 'INVALID UNICODE':
			return { file, line, column: null, kind: 'bad_encoding', text: '' };
		default:
			return { file, line, column: null, kind: 'unreadable_row', text: first };
	}
}
