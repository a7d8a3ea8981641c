/**
 * Reading one uploaded file, from its bytes to a report: the text (./read.ts), its format and
 * layout (./layouts, ./sniff.ts), DuckDB's reading of the cells as text, then the quick read of a
 * clean file (./quick.ts) or every check (./checks.ts), and the preview (./preview.ts). Nothing the
 * site shows changes; the staged values wait in `stage_values` until applied (./tables.ts).
 */
import { isError, MAX_UPLOAD_MB, type Problem, type ProblemKind } from '../problems';
import { ALIASES } from './columns';
import { dedupe, findValueProblems, LineMap, normalise, problemRows } from './checks';
import { literal, type SqlEngine } from './engine';
import { TEXT_FORMATS, type CsvShape } from './layouts';
import { preview } from './preview';
import { readClean } from './quick';
import { prepare } from './read';
import { DOWNLOADED, byPlace, emptyReport, fileProblem, type Reference, type StageOptions, type StageReport } from './report';
import { sniff } from './sniff';

const FILE = 'upload-input.csv';

export async function stageFile(engine: SqlEngine, reference: Reference, input: Uint8Array, fileName: string, options: StageOptions = {}): Promise<StageReport> {
	try {
		return await readFile(engine, reference, input, fileName, options);
	} catch (err) {
		// DuckDB gives up on some damaged files as a whole; that is a problem of the file, not a crash.
		const message = (err instanceof Error ? err.message : String(err)).split('\n')[0]!.replace(/^[A-Za-z ]+Error: /, '');
		return fileProblem(fileName, 'csv_syntax', message);
	}
}

async function readFile(engine: SqlEngine, reference: Reference, input: Uint8Array, fileName: string, { padCodes = false, thorough = false, onProgress }: StageOptions): Promise<StageReport> {
	const base = emptyReport(fileName);
	const prepared = await prepare(input, onProgress);
	if ('reason' in prepared) {
		if (prepared.reason === 'empty') return fileProblem(fileName, 'empty_file');
		if (prepared.reason === 'binary') return fileProblem(fileName, 'binary_file');
		return fileProblem(fileName, 'too_large', `${prepared.megabytes}/${MAX_UPLOAD_MB}`);
	}
	base.encoding = prepared.encoding;

	let bytes = prepared.bytes;
	let head = prepared.head;
	let skipped = prepared.blankLines;
	let recordOfLine: number[] | null = null;
	const format = TEXT_FORMATS.find((f) => f.detect(head));
	if (format) {
		base.format = format.id;
		base.lineUnit = 'record';
		const converted = format.toCsv(new TextDecoder().decode(bytes));
		if (!converted.ok) return fileProblem(fileName, 'bad_json', converted.detail, base);
		if (converted.recordOfLine.length <= 2) return fileProblem(fileName, 'no_rows', undefined, base);
		bytes = new TextEncoder().encode(converted.csv);
		head = converted.csv.slice(0, 64 * 1024);
		skipped = [];
		recordOfLine = converted.recordOfLine;
	} else base.format = 'csv';
	const shape = sniff(head);
	Object.assign(base, { delimiter: shape.delimiter, decimal: shape.decimal, layout: shape.layout.id });

	const headerProblems = checkHeader(shape, fileName);
	if (headerProblems.some(isError)) return { ...base, problems: headerProblems, problemCount: headerProblems.length, errorCount: headerProblems.filter(isError).length };

	onProgress?.({ stage: 'check', done: 0, total: 3, rows: prepared.lines - 1 });
	const path = await engine.putFile(FILE, bytes);
	const columns = `{${shape.header.map((_, i) => `'c${i}': 'VARCHAR'`).join(', ')}}`;
	for (const table of ['stage_rejects', 'stage_scans', 'stage', 'stage_problems', 'stage_dedup']) await engine.run(`DROP TABLE IF EXISTS ${table}`);
	await engine.run(`CREATE OR REPLACE TEMP TABLE stage_raw AS SELECT * FROM read_csv(${literal(path)}, header = true,
		auto_detect = false, delim = ${literal(shape.delimiter)}, quote = '"', escape = '"', columns = ${columns},
		strict_mode = true, store_rejects = true, rejects_table = 'stage_rejects', rejects_scan = 'stage_scans')`);
	await engine.dropFile(FILE);

	const rejects = await engine.all<Reject>(
		`SELECT CAST(line AS INTEGER) AS line, CAST(column_idx AS INTEGER) AS column_idx, error_type, csv_line, error_message
		 FROM stage_rejects ORDER BY line`
	);
	const lines = new LineMap([...skipped, ...rejects.map((r) => r.line)]);
	const place = (rn: number) => {
		const line = lines.lineOf(rn);
		return recordOfLine ? (recordOfLine[line] ?? line) : line;
	};
	const rowsRead = recordOfLine ? (recordOfLine.at(-1) ?? 0) : prepared.lines - 1 - prepared.blankLines.length;
	base.rowsRead = rowsRead;

	const clean = !thorough && rejects.length === 0 ? await readClean(engine, shape, reference) : null;
	if (clean) {
		onProgress?.({ stage: 'compare', done: 2, total: 3, rows: rowsRead });
		const result: StageReport = { ...base, problems: headerProblems, problemCount: headerProblems.length, errorCount: 0, ok: true, path: 'clean' };
		result.preview = await preview(engine, reference, clean.matched, clean.counted);
		onProgress?.({ stage: 'compare', done: 3, total: 3, rows: rowsRead });
		return result;
	}
	const structural = rejects.map((r) => rejectProblem(r, fileName, shape, recordOfLine));

	await normalise(engine, shape, padCodes);
	onProgress?.({ stage: 'check', done: 1, total: 3, rows: rowsRead });
	const valueCount = await findValueProblems(engine, shape);
	const values = await problemRows(engine, fileName, shape.header, place, DOWNLOADED);
	const [{ rows } = { rows: 0 }] = await engine.all<{ rows: number }>('SELECT CAST(count(*) AS INTEGER) AS rows FROM stage_raw');
	const noRows: Problem[] = rows === 0 && rejects.length === 0 ? [{ file: fileName, line: null, column: null, kind: 'no_rows', text: '' }] : [];
	const [{ paddable } = { paddable: 0 }] = await engine.all<{ paddable: number }>(
		"SELECT CAST(count(*) AS INTEGER) AS paddable FROM stage_problems WHERE kind = 'bad_code' AND detail IS NOT NULL"
	);

	const problems = [...noRows, ...headerProblems, ...structural, ...values].sort(byPlace).slice(0, DOWNLOADED);
	const problemCount = noRows.length + headerProblems.length + structural.length + valueCount;
	const errorCount = problemCount - headerProblems.filter((p) => !isError(p)).length;
	const report: StageReport = { ...base, problems, problemCount, errorCount, ok: errorCount === 0, paddable };
	if (report.ok) {
		onProgress?.({ stage: 'compare', done: 2, total: 3, rows: rowsRead });
		await dedupe(engine);
		report.preview = await preview(engine, reference);
	}
	await engine.run('DROP TABLE IF EXISTS stage');
	onProgress?.({ stage: 'compare', done: 3, total: 3, rows: rowsRead });
	return report;
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
	const seen = new Set<string>();
	const read = new Set([...Object.values(shape.columns), ...shape.extra.map((e) => e.index)]);
	shape.header.forEach((h, i) => {
		const key = h.trim().toLowerCase();
		if (seen.has(key)) problems.push(at('duplicate_column', h, h));
		seen.add(key);
		if (!read.has(i) && h.trim() !== '') problems.push(at('unknown_column', h, h, 'nyckeltal, kommun, år, kön, värde, status', 'warning'));
	});
	return problems;
}

interface Reject {
	line: number;
	column_idx: number | null;
	error_type: string;
	csv_line: string;
	error_message: string;
}

function rejectProblem(r: Reject, file: string, shape: CsvShape, recordOfLine: number[] | null): Problem {
	const line = recordOfLine ? (recordOfLine[r.line] ?? r.line) : r.line;
	const text = (r.csv_line ?? '').split(/\r?\n/).find((l) => l !== '') ?? '';
	if (r.error_type === 'UNQUOTED VALUE') return { file, line, column: null, kind: 'unterminated_quote', text };
	if (r.error_type === 'MISSING COLUMNS' || r.error_type === 'TOO MANY COLUMNS') {
		const found = /Found: (\d+)/.exec(r.error_message)?.[1] ?? '?';
		return { file, line, column: null, kind: 'ragged_row', text, detail: `${found}/${shape.header.length}` };
	}
	return { file, line, column: r.column_idx === null ? null : (shape.header[r.column_idx] ?? null), kind: 'csv_syntax', text, detail: r.error_message };
}
