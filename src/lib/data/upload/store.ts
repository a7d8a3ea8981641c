/**
 * The observations as DuckDB holds them: the published file, plus what an official has uploaded
 * and applied. An upload is read, checked and compared in staging tables; it touches `upload`
 * only when applied, in one transaction, and only when it has no errors. The same class runs in
 * the browser (DuckDB-WASM) and in Node (check-data, tests) through SqlEngine.
 */
import type { Gender, MissingStatus } from '../model';
import { MAX_UPLOAD_MB, isError, type LineUnit, type Problem, type ProblemKind } from '../problems';
import { literal, type SqlEngine, type SqlValue } from './engine';
import { koladaJsonToCsv } from './kolada-json';
import { prepare, type Progress } from './prepare';
import { ALIASES, sniff, type CanonicalColumn, type CsvShape } from './sniff';
import { KEY, MARKS, NO_VALUE, OBSERVATION_COLUMNS, clean, compact, gender, guard, number } from './sql';

/** How many problems a report lists; the rest are counted (and all are in the download, up to DOWNLOADED). */
export const LISTED = 200;
export const DOWNLOADED = 10_000;

export interface Reference {
	/** Ids of the key figures data/indicators.csv describes. */
	indicators: string[];
	/** Every municipality and region code Kolada uses (data/municipalities.csv). */
	municipalities: string[];
	/** The municipality the dashboard follows: the preview chart prefers it. */
	home: string;
}

/** A key figure that is not in the catalogue, named by the official so its values can be kept. */
export interface NewIndicator {
	id: string;
	title: string;
}

export interface IndicatorInUpload {
	id: string;
	known: boolean;
	values: number;
	new: number;
	changed: number;
	unchanged: number;
}

export interface Change {
	indicator: string;
	municipality: string;
	period: number;
	gender: Gender;
	before: number | null;
	beforeStatus: MissingStatus | null;
	after: number | null;
	afterStatus: MissingStatus | null;
}

export interface ChartPoint {
	period: number;
	value: number | null;
}

export interface PreviewChart {
	indicator: string;
	municipality: string;
	gender: Gender;
	before: ChartPoint[];
	after: ChartPoint[];
}

export interface StageReport {
	fileName: string;
	format: 'csv' | 'kolada-json' | null;
	encoding: string | null;
	delimiter: string | null;
	decimal: ',' | '.' | null;
	layout: 'tidy' | 'wide' | null;
	lineUnit: LineUnit;
	/** Data lines (CSV) or value records (JSON) in the file. */
	rowsRead: number;
	problems: Problem[];
	problemCount: number;
	errorCount: number;
	/** True when the file can be applied. */
	ok: boolean;
	/** Codes given with too few digits whose padded form exists (138 → 0138). */
	paddable: number;
	/** 'clean' when every cell was already canonical and was taken as it is (see readClean). */
	path: 'clean' | 'checked';
	preview: Preview | null;
}

export interface Preview {
	values: number;
	indicators: IndicatorInUpload[];
	municipalities: number;
	periods: number[];
	changes: Change[];
	chart: PreviewChart | null;
}

export interface StageOptions {
	/** Read 1–3 digit municipality codes as if padded with zeros (after the official agreed). */
	padCodes?: boolean;
	/** Check every cell even when the file looks clean: the reference the quick read is tested against. */
	thorough?: boolean;
	onProgress?: Progress;
}

export interface UploadCounts {
	values: number;
	indicators: NewIndicator[];
}

const FILE = 'upload-input.csv';

/** What a preview counts of the staged values, before comparing them with what is shown. */
interface Counted {
	values: number;
	municipalities: number;
	periods: number[];
	indicators: { id: string; values: number }[];
}
/** More distinct codes than this in one column, and a file is checked cell by cell (readClean). */
const CLEAN_DISTINCT = 2000;

export class ObservationStore {
	private staged: { report: StageReport } | null = null;

	constructor(
		private readonly engine: SqlEngine,
		private readonly reference: Reference
	) {}

	/** Creates the tables from the published observations and, when one was kept, an earlier upload. */
	async init(published: Uint8Array, kept?: { rows: Uint8Array; indicators: NewIndicator[] }): Promise<void> {
		const e = this.engine;
		await e.run(`CREATE OR REPLACE TABLE published AS ${await this.readObservations('published.csv', published)}`);
		await e.run(`CREATE OR REPLACE TABLE upload AS SELECT * FROM published LIMIT 0`);
		await e.run(`CREATE OR REPLACE TABLE upload_indicator (id VARCHAR PRIMARY KEY, title VARCHAR NOT NULL)`);
		await e.run(`CREATE OR REPLACE TABLE known_indicator (id VARCHAR PRIMARY KEY)`);
		await e.run(`CREATE OR REPLACE TABLE known_municipality (code VARCHAR PRIMARY KEY)`);
		await this.fillList('known_indicator', this.reference.indicators);
		await this.fillList('known_municipality', this.reference.municipalities);
		await e.run(`CREATE OR REPLACE VIEW observations AS
			SELECT * FROM upload UNION ALL SELECT p.* FROM published p ANTI JOIN upload u USING (${KEY})`);
		if (kept) await this.replaceUpload(kept);
	}

	/** Puts a kept upload back as it was (at start-up, or when keeping a newer one failed). */
	async replaceUpload(kept: { rows: Uint8Array; indicators: NewIndicator[] } | null): Promise<void> {
		const e = this.engine;
		const read = kept ? await this.readObservations('kept.csv', kept.rows) : null;
		await e.run('BEGIN TRANSACTION');
		try {
			await e.run('DELETE FROM upload');
			await e.run('DELETE FROM upload_indicator');
			if (kept && read) {
				await e.run(`INSERT INTO upload ${read}`);
				for (const i of kept.indicators) await e.run('INSERT INTO upload_indicator VALUES (?, ?)', [i.id, i.title]);
			}
			await e.run('COMMIT');
		} catch (err) {
			await e.run('ROLLBACK');
			throw err;
		}
		this.staged = null;
	}

	/** The single row of an aggregate query. */
	private async one<T>(sql: string, params?: SqlValue[]): Promise<T> {
		const [row] = await this.engine.all<T>(sql, params);
		if (!row) throw new Error(`No row from: ${sql}`);
		return row;
	}

	private async readObservations(name: string, bytes: Uint8Array): Promise<string> {
		const path = await this.engine.putFile(name, bytes);
		return `SELECT * FROM read_csv(${literal(path)}, header = true, auto_detect = false, delim = ',', quote = '"',
			escape = '"', columns = ${OBSERVATION_COLUMNS})`;
	}

	private async fillList(table: string, values: string[]) {
		const path = await this.engine.putFile(`${table}.csv`, new TextEncoder().encode(['v', ...values].join('\n') + '\n'));
		await this.engine.run(
			`INSERT INTO ${table} SELECT DISTINCT v FROM read_csv(${literal(path)}, header = true, auto_detect = false, columns = {'v': 'VARCHAR'})`
		);
		await this.engine.dropFile(`${table}.csv`);
	}

	/** Reads, checks and compares a file. Nothing the site shows changes. */
	async stage(input: Uint8Array, fileName: string, options: StageOptions = {}): Promise<StageReport> {
		const report = await this.read(input, fileName, options);
		this.staged = report.ok ? { report } : null;
		return report;
	}

	private async read(input: Uint8Array, fileName: string, options: StageOptions): Promise<StageReport> {
		try {
			return await this.readChecked(input, fileName, options);
		} catch (err) {
			// DuckDB gives up on some damaged files as a whole; that is a problem of the file, not a crash.
			const message = (err instanceof Error ? err.message : String(err)).split('\n')[0]!.replace(/^[A-Za-z ]+Error: /, '');
			const problem: Problem = { file: fileName, line: null, column: null, kind: 'csv_syntax', text: '', detail: message };
			return { ...emptyReport(fileName), problems: [problem], problemCount: 1, errorCount: 1 };
		}
	}

	private async readChecked(input: Uint8Array, fileName: string, { padCodes = false, thorough = false, onProgress }: StageOptions): Promise<StageReport> {
		const base = emptyReport(fileName);
		const fail = (kind: ProblemKind, detail?: string, extra: Partial<StageReport> = {}): StageReport => ({
			...base,
			...extra,
			problems: [{ file: fileName, line: null, column: null, kind, text: '', detail }],
			problemCount: 1,
			errorCount: 1
		});

		const prepared = await prepare(input, onProgress);
		if ('reason' in prepared) {
			if (prepared.reason === 'empty') return fail('empty_file');
			if (prepared.reason === 'binary') return fail('binary_file');
			return fail('too_large', String(prepared.megabytes));
		}
		base.encoding = prepared.encoding;

		let bytes = prepared.bytes;
		let head = prepared.head;
		let skipped = prepared.blankLines;
		let recordOfLine: number[] | null = null;
		let shape = sniff(head);
		if (shape.format === 'kolada-json') {
			base.format = 'kolada-json';
			base.lineUnit = 'record';
			const json = koladaJsonToCsv(new TextDecoder().decode(bytes));
			if (!json.ok) return fail('bad_json', json.detail);
			bytes = new TextEncoder().encode(json.csv);
			head = json.csv.slice(0, 64 * 1024);
			skipped = [];
			recordOfLine = json.recordOfLine;
			shape = sniff(head);
			if (json.recordOfLine.length <= 2) return fail('no_rows');
		} else base.format = 'csv';
		if (shape.format !== 'csv') return fail('bad_json');
		Object.assign(base, { delimiter: shape.delimiter, decimal: shape.decimal, layout: shape.layout });

		const headerProblems = checkHeader(shape, fileName);
		if (headerProblems.some(isError)) return { ...base, problems: headerProblems, problemCount: headerProblems.length, errorCount: headerProblems.filter(isError).length };

		onProgress?.({ stage: 'check', done: 0, total: 3, rows: prepared.lines - 1 });
		const e = this.engine;
		const path = await e.putFile(FILE, bytes);
		const n = shape.header.length;
		const columns = `{${shape.header.map((_, i) => `'c${i}': 'VARCHAR'`).join(', ')}}`;
		await e.run('DROP TABLE IF EXISTS stage_rejects');
		await e.run('DROP TABLE IF EXISTS stage_scans');
		await e.run(`CREATE OR REPLACE TEMP TABLE stage_raw AS SELECT * FROM read_csv(${literal(path)}, header = true,
			auto_detect = false, delim = ${literal(shape.delimiter)}, quote = '"', escape = '"', columns = ${columns},
			strict_mode = true, store_rejects = true, rejects_table = 'stage_rejects', rejects_scan = 'stage_scans')`);
		await e.dropFile(FILE);

		const rejects = await e.all<{ line: number; column_idx: number | null; error_type: string; csv_line: string; error_message: string }>(
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

		this.lastHeader = shape.header;
		this.lastPlace = place;
		const clean = !thorough && rejects.length === 0 ? await this.readClean(shape) : null;
		if (clean) {
			const ok: StageReport = { ...base, problems: headerProblems, problemCount: headerProblems.length, errorCount: 0, ok: true, path: 'clean' };
			onProgress?.({ stage: 'compare', done: 2, total: 3, rows: rowsRead });
			ok.preview = await this.compare(clean.matched, clean.counted);
			onProgress?.({ stage: 'compare', done: 3, total: 3, rows: rowsRead });
			return ok;
		}
		const structural: Problem[] = rejects.map((r) => rejectProblem(r, fileName, shape as CsvShape, n, recordOfLine));

		await this.normalise(shape, padCodes);
		onProgress?.({ stage: 'check', done: 1, total: 3, rows: rowsRead });
		const valueProblems = await this.valueProblems(shape, fileName, place);
		const { rows } = await this.one<{ rows: number }>('SELECT CAST(count(*) AS INTEGER) AS rows FROM stage_raw');
		const noRows: Problem[] = rows === 0 && rejects.length === 0 ? [{ file: fileName, line: null, column: null, kind: 'no_rows', text: '' }] : [];
		const { paddable } = await this.one<{ paddable: number }>(
			"SELECT CAST(count(*) AS INTEGER) AS paddable FROM stage_problems WHERE kind = 'bad_code' AND detail IS NOT NULL"
		);

		const all = [...noRows, ...headerProblems, ...structural, ...valueProblems.listed].sort(byPlace);
		const problemCount = noRows.length + headerProblems.length + structural.length + valueProblems.total;
		const errorCount = problemCount - headerProblems.filter((p) => !isError(p)).length;
		const report: StageReport = { ...base, problems: all.slice(0, LISTED), problemCount, errorCount, ok: errorCount === 0, paddable };
		if (report.ok) {
			onProgress?.({ stage: 'compare', done: 2, total: 3, rows: rowsRead });
			await this.engine.run(`CREATE OR REPLACE TEMP TABLE stage_dedup AS
				SELECT DISTINCT ON (${KEY}) ${KEY}, value, status FROM stage WHERE ok ORDER BY ${KEY}, rn`);
			await this.engine.run('CREATE OR REPLACE TEMP VIEW stage_values AS SELECT * FROM stage_dedup');
			report.preview = await this.compare();
		}
		// stage_problems stays: the download of every problem reads it.
		await this.engine.run('DROP TABLE IF EXISTS stage');
		onProgress?.({ stage: 'compare', done: 3, total: 3, rows: rowsRead });
		return report;
	}

	/**
	 * Most files are already clean: a Kolada export, our own export, a tidy sheet. For those, cell
	 * checks on a million rows would find nothing, at several times the cost of reading the file.
	 * So first ask, cheaply, whether every cell is already in its canonical form — codes and
	 * genders judged once per distinct value, numbers by one pattern — and whether no key occurs
	 * twice. Only then are the values taken as they are; any doubt, and the file goes through
	 * every check (normalise, valueProblems), which names each problem. The patterns are stricter
	 * than those checks, never looser: what passes here reads the same there.
	 */
	private async readClean(shape: CsvShape): Promise<{ matched: string; counted: Counted } | null> {
		if (shape.layout !== 'tidy') return null;
		const at = (c: CanonicalColumn) => {
			const h = shape.columns[c];
			return h === undefined ? null : `c${shape.header.indexOf(h)}`;
		};
		const [ci, cm, cp, cg, cv, cs] = [at('indicator'), at('municipality'), at('period'), at('gender'), at('value'), at('status')];
		if (!ci || !cm || !cp || !cv) return null;
		const numberPattern = shape.decimal === ',' ? '-?\\d+(,\\d+)?([eE][-+]?\\d+)?' : '-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?';
		const key = [ci, cm, cp, cg].filter(Boolean).join(', ');
		// One pass: the distinct codes (judged below, a few hundred at most), the numbers by their
		// pattern, and whether any key occurs twice (a hash collision only sends the file the long way).
		// The key figures come with their counts (a histogram): the preview needs those as well.
		const distinct = (c: string | null) => (c ? `list(DISTINCT ${c})[1:${CLEAN_DISTINCT + 1}]` : 'CAST([] AS VARCHAR[])');
		const q = await this.one<{ rows: number; empty: number; badValues: number; keys: number; i: string[]; n: number[]; m: string[]; p: string[]; g: string[]; s: (string | null)[] }>(
			`WITH a AS (SELECT CAST(count(*) AS INTEGER) AS rows,
				CAST(count(*) FILTER (WHERE ${[ci, cm, cp, cg].filter(Boolean).map((c) => `${c} IS NULL`).join(' OR ')}) AS INTEGER) AS empty,
				CAST(count(*) FILTER (WHERE ${cv} IS NOT NULL AND ${cv} NOT IN ${MARKS} AND ${cv} NOT IN ${NO_VALUE}
					AND NOT regexp_full_match(${cv}, '${numberPattern}')) AS INTEGER) AS "badValues",
				CAST(count(DISTINCT hash(${key})) AS INTEGER) AS keys,
				histogram(${ci}) AS hi, ${distinct(cm)} AS m, ${distinct(cp)} AS p, ${distinct(cg)} AS g,
				${cs ? `list(DISTINCT coalesce(${cs}, ''))[1:${CLEAN_DISTINCT + 1}]` : 'CAST([] AS VARCHAR[])'} AS s
			FROM stage_raw)
			SELECT * EXCLUDE (hi), map_keys(hi)[1:${CLEAN_DISTINCT + 1}] AS i, CAST(map_values(hi) AS INTEGER[])[1:${CLEAN_DISTINCT + 1}] AS n FROM a`
		);
		// Lists arrive as Arrow vectors: iterable, not arrays.
		for (const k of ['i', 'm', 'p', 'g', 's'] as const) q[k] = Array.from((q[k] ?? []) as Iterable<string>);
		q.n = Array.from((q.n ?? []) as Iterable<number>, Number);
		const known = new Set(this.reference.municipalities);
		const clean =
			q.rows > 0 &&
			q.empty === 0 &&
			q.badValues === 0 &&
			q.keys === q.rows &&
			[q.i, q.m, q.p, q.g, q.s].every((l) => l.length <= CLEAN_DISTINCT) &&
			q.i.every((v) => /^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/.test(v)) &&
			q.m.every((v) => known.has(v)) &&
			q.p.every((v) => /^\d{4}$/.test(v)) &&
			q.g.every((v) => v === 'T' || v === 'K' || v === 'M') &&
			q.s.every((v) => v === '' || v === '..' || v === '-' || v === '.');
		if (!clean) return null;
		const r = (c: string) => `r.${c}`;
		const value = `CASE WHEN ${r(cv)} IN ${MARKS} OR ${r(cv)} IN ${NO_VALUE} THEN NULL
			ELSE CAST(${shape.decimal === ',' ? `replace(${r(cv)}, ',', '.')` : r(cv)} AS DOUBLE) END`;
		const status = `CASE WHEN ${r(cv)} IN ${MARKS} THEN ${r(cv)} ELSE ${cs ? r(cs) : 'NULL'} END`;
		// A view, not a copy: the preview's counts need no conversion, and the million rows are held once.
		await this.engine.run('DROP TABLE IF EXISTS stage_dedup');
		await this.engine.run(`CREATE OR REPLACE TEMP VIEW stage_values AS SELECT ${r(ci)} AS indicator, ${r(cm)} AS municipality,
			CAST(${r(cp)} AS INTEGER) AS period, ${cg ? r(cg) : "'T'"} AS gender, ${value} AS value, ${status} AS status FROM stage_raw r`);
		for (const table of ['stage', 'stage_problems']) await this.engine.run(`DROP TABLE IF EXISTS ${table}`);
		// The values already shown, found by the cells as written (every year has four digits here),
		// so that only those are converted rather than the whole file.
		const matched = `SELECT o.indicator, o.municipality, o.period, o.gender, ${value} AS value, ${status} AS status,
				o.value AS before, o.status AS before_status
			FROM stage_raw r JOIN (SELECT *, lpad(CAST(period AS VARCHAR), 4, '0') AS p FROM observations) o
			ON ${r(ci)} = o.indicator AND ${r(cm)} = o.municipality AND ${r(cp)} = o.p AND ${cg ? r(cg) : "'T'"} = o.gender`;
		const counted: Counted = {
			values: q.rows,
			municipalities: q.m.length,
			periods: q.p.map(Number).sort((a, b) => a - b),
			indicators: q.i.map((id, k) => ({ id, values: q.n[k]! }))
		};
		return { matched, counted };
	}

	/** Every layout → one row per value, with the cells as written and as read. */
	private async normalise(shape: CsvShape, padCodes: boolean) {
		const col = (c: CanonicalColumn) => {
			const h = shape.columns[c];
			return h === undefined ? null : shape.header.indexOf(h);
		};
		const ref = (i: number | null) => (i === null ? 'CAST(NULL AS VARCHAR)' : `c${i}`);
		const [ci, cm, cp, cg, cv, cs] = [col('indicator'), col('municipality'), col('period'), col('gender'), col('value'), col('status')];
		const common = `${ref(ci)} AS r_indicator, ${ref(cm)} AS r_municipality, ${cg === null ? "'T'" : ref(cg)} AS r_gender,
			${ref(cs)} AS r_status`;
		let long: string;
		if (shape.layout === 'wide') {
			const years = shape.yearColumns.map((h) => [shape.header.indexOf(h), Number(h.trim())] as const);
			long = `SELECT r.rowid AS rn, y.col AS vcol, NULL AS pcol, ${common}, CAST(y.year AS VARCHAR) AS r_period,
				CASE y.col ${years.map(([i]) => `WHEN ${i} THEN c${i}`).join(' ')} END AS r_value
				FROM stage_raw r CROSS JOIN (VALUES ${years.map(([i, y]) => `(${i}, ${y})`).join(', ')}) y(col, year)
				WHERE r_value IS NOT NULL`;
		} else {
			long = `SELECT rowid AS rn, ${cv} AS vcol, ${cp} AS pcol, ${common}, ${ref(cp)} AS r_period, ${ref(cv)} AS r_value FROM stage_raw`;
		}
		const tm = padCodes ? `CASE WHEN regexp_full_match(tm0, '\\d{1,3}') THEN lpad(tm0, 4, '0') ELSE tm0 END` : 'tm0';
		await this.engine.run(`CREATE OR REPLACE TEMP TABLE stage AS
			WITH l AS (${long}),
			c AS (SELECT *, ${clean('r_indicator')} AS ti, ${clean('r_municipality')} AS tm0, ${clean('r_period')} AS tp,
				${clean('r_gender')} AS tg, ${clean('r_value')} AS tv, ${clean('r_status')} AS ts FROM l),
			d AS (SELECT *, ${tm} AS tm, ${compact('tv')} AS tvc FROM c),
			p AS (SELECT *,
				CASE WHEN regexp_full_match(ti, '[A-Za-z0-9][A-Za-z0-9_.-]{0,39}') THEN ti END AS indicator,
				CASE WHEN tm IN (SELECT code FROM known_municipality) THEN tm END AS municipality,
				CASE WHEN regexp_full_match(tp, '\\d{4}') THEN CAST(tp AS INTEGER) END AS period,
				${gender('tg')} AS gender,
				CASE WHEN tv IS NULL OR tv IN ${MARKS} OR tv IN ${NO_VALUE} THEN NULL ELSE ${number('tvc', shape.decimal)} END AS value,
				CASE WHEN tv IN ${MARKS} THEN tv WHEN ts IN ${MARKS} THEN ts END AS status
				FROM d)
			SELECT *, indicator IS NOT NULL AND municipality IS NOT NULL AND period IS NOT NULL AND gender IS NOT NULL
				AND (value IS NOT NULL OR tv IS NULL OR tv IN ${MARKS} OR tv IN ${NO_VALUE}) AND (ts IS NULL OR ts IN ${MARKS}) AS ok
			FROM p`);
	}

	private async valueProblems(shape: CsvShape, file: string, place: (rn: number) => number) {
		const col = (c: CanonicalColumn) => {
			const h = shape.columns[c];
			return h === undefined ? 'NULL' : String(shape.header.indexOf(h));
		};
		const [ci, cm, cg, cs] = [col('indicator'), col('municipality'), col('gender'), col('status')];
		await this.engine.run(`CREATE OR REPLACE TEMP TABLE stage_problems AS
			SELECT rn, ${ci} AS col, 'required' AS kind, '' AS text, NULL AS detail FROM stage WHERE ti IS NULL
			UNION ALL SELECT rn, ${ci}, 'bad_id', r_indicator, NULL FROM stage WHERE ti IS NOT NULL AND indicator IS NULL
			UNION ALL SELECT rn, ${cm}, 'required', '', NULL FROM stage WHERE tm IS NULL
			UNION ALL SELECT rn, ${cm}, 'bad_code', r_municipality,
				CASE WHEN regexp_full_match(tm, '\\d{1,3}') AND lpad(tm, 4, '0') IN (SELECT code FROM known_municipality) THEN lpad(tm, 4, '0') END
				FROM stage WHERE tm IS NOT NULL AND NOT regexp_full_match(tm, '\\d{4}')
			UNION ALL SELECT rn, ${cm}, 'unknown_municipality', r_municipality, NULL
				FROM stage WHERE regexp_full_match(tm, '\\d{4}') AND municipality IS NULL
			UNION ALL SELECT rn, pcol, 'required', '', NULL FROM stage WHERE tp IS NULL
			UNION ALL SELECT rn, pcol, 'not_a_year', r_period, NULL FROM stage WHERE tp IS NOT NULL AND period IS NULL
			UNION ALL SELECT rn, ${cg}, 'required', '', NULL FROM stage WHERE tg IS NULL
			UNION ALL SELECT rn, ${cg}, 'not_allowed', r_gender, 'T, K, M' FROM stage WHERE tg IS NOT NULL AND gender IS NULL
			UNION ALL SELECT rn, vcol, 'not_a_number', r_value, NULL FROM stage WHERE tv IS NOT NULL AND tv NOT IN ${MARKS} AND tv NOT IN ${NO_VALUE} AND value IS NULL
			UNION ALL SELECT rn, ${cs}, 'not_allowed', r_status, '.., -, .' FROM stage WHERE ts IS NOT NULL AND ts NOT IN ${MARKS}
			UNION ALL SELECT s.rn, s.vcol, 'conflicting_duplicate', s.r_value, CAST(g.first_rn AS VARCHAR)
				FROM stage s JOIN (
					SELECT ${KEY}, min(rn) AS first_rn FROM stage WHERE ok GROUP BY ALL
					HAVING count(DISTINCT coalesce(CAST(value AS VARCHAR), '') || '|' || coalesce(status, '')) > 1
				) g USING (${KEY})
				WHERE s.ok AND s.rn > g.first_rn`);
		const { total } = await this.one<{ total: number }>('SELECT CAST(count(*) AS INTEGER) AS total FROM stage_problems');
		const listed = await this.problemRows(file, place, LISTED);
		return { total, listed };
	}

	private async problemRows(file: string, place: (rn: number) => number, limit: number): Promise<Problem[]> {
		const rows = await this.engine.all<{ rn: number; col: number | null; kind: ProblemKind; text: string | null; detail: string | null }>(
			`SELECT CAST(rn AS INTEGER) AS rn, CAST(col AS INTEGER) AS col, kind, text, detail FROM stage_problems
			 ORDER BY rn, col LIMIT ?`,
			[limit]
		);
		const header = this.lastHeader;
		return rows.map((r) => ({
			file,
			line: place(r.rn),
			column: r.col === null ? null : (header[r.col] ?? null),
			kind: r.kind,
			text: r.text ?? '',
			...(r.detail !== null ? { detail: r.kind === 'conflicting_duplicate' ? String(place(Number(r.detail))) : r.detail } : {})
		}));
	}

	private lastHeader: string[] = [];

	/** What applying would change, against what the site shows now (published plus earlier uploads). */
	private async compare(
		matched = `SELECT s.*, o.value AS before, o.status AS before_status FROM stage_values s JOIN observations o USING (${KEY})`,
		counted?: Counted
	): Promise<Preview> {
		const e = this.engine;
		// Only values already shown can be changed or unchanged; everything else is new. Joining
		// keeps just those (at most what the site shows), never a copy of the whole upload.
		await e.run(`CREATE OR REPLACE TEMP TABLE stage_hit AS
			SELECT *, before IS DISTINCT FROM value OR before_status IS DISTINCT FROM status AS is_changed FROM (${matched})`);
		counted ??= await this.count();
		const hits = new Map(
			(
				await e.all<{ id: string; hit: number; changed: number }>(`SELECT indicator AS id, CAST(count(*) AS INTEGER) AS hit,
					CAST(count(*) FILTER (WHERE is_changed) AS INTEGER) AS changed FROM stage_hit GROUP BY indicator`)
			).map((h) => [h.id, h])
		);
		const known = new Set([
			...this.reference.indicators,
			...(await e.all<{ id: string }>('SELECT id FROM upload_indicator')).map((u) => u.id)
		]);
		const indicators = counted.indicators
			.map(({ id, values }) => {
				const h = hits.get(id);
				const [hit, changed] = [h?.hit ?? 0, h?.changed ?? 0];
				return { id, known: known.has(id), values, new: values - hit, changed, unchanged: hit - changed };
			})
			.sort((a, b) => Number(b.known) - Number(a.known) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
		const changes = (
			await e.all<Change>(`SELECT indicator, municipality, period, gender, before, before_status AS "beforeStatus",
				value AS after, status AS "afterStatus" FROM stage_hit WHERE is_changed ORDER BY ${KEY} LIMIT 20`)
		).map((c) => ({ ...c, period: Number(c.period) }));
		return { values: counted.values, indicators, municipalities: counted.municipalities, periods: counted.periods, changes, chart: await this.previewChart() };
	}

	/** Values, municipalities, years and values per key figure of what is staged. */
	private async count(): Promise<Counted> {
		const e = this.engine;
		const { values, municipalities } = await this.one<{ values: number; municipalities: number }>(
			'SELECT CAST(count(*) AS INTEGER) AS values, CAST(count(DISTINCT municipality) AS INTEGER) AS municipalities FROM stage_values'
		);
		const periods = (await e.all<{ period: number }>('SELECT DISTINCT period FROM stage_values ORDER BY period')).map((r) => Number(r.period));
		const indicators = await e.all<{ id: string; values: number }>(
			'SELECT indicator AS id, CAST(count(*) AS INTEGER) AS values FROM stage_values GROUP BY indicator'
		);
		return { values, municipalities, periods, indicators };
	}

	/** The affected series that matters most here: the home municipality's, of a known key figure, with most changes. */
	private async previewChart(): Promise<PreviewChart | null> {
		const e = this.engine;
		const known = '(SELECT id FROM known_indicator UNION ALL SELECT id FROM upload_indicator)';
		// New or changed values per series: all of the series' values less its unchanged ones.
		const pickAmong = (where: string, params: SqlValue[]) =>
			e.all<{ indicator: string; municipality: string; gender: Gender }>(
				`WITH t AS (SELECT indicator, municipality, gender, count(*) AS n FROM stage_values
						WHERE ${where} AND indicator IN ${known} GROUP BY ALL),
					u AS (SELECT indicator, municipality, gender, count(*) AS n FROM stage_hit WHERE NOT is_changed GROUP BY ALL)
				SELECT t.indicator, t.municipality, t.gender FROM t LEFT JOIN u USING (indicator, municipality, gender)
				WHERE t.n > coalesce(u.n, 0)
				ORDER BY t.gender = 'T' DESC, t.n - coalesce(u.n, 0) DESC, t.indicator, t.municipality, t.gender LIMIT 1`,
				params
			);
		// The home municipality first, and only its rows grouped when it has any: a large upload is mostly others.
		const home = await pickAmong('municipality = ?', [this.reference.home]);
		const [pick] = home.length > 0 ? home : await pickAmong('municipality <> ?', [this.reference.home]);
		if (!pick) return null;
		const points = (rows: ChartPoint[]) => rows.map((p) => ({ period: Number(p.period), value: p.value }));
		const where = 'indicator = ? AND municipality = ? AND gender = ?';
		const params = [pick.indicator, pick.municipality, pick.gender];
		const before = points(await e.all<ChartPoint>(`SELECT period, value FROM observations WHERE ${where} ORDER BY period`, params));
		const after = points(
			await e.all<ChartPoint>(
				`WITH s AS (SELECT period, value FROM stage_values WHERE ${where}),
					o AS (SELECT period, value FROM observations WHERE ${where})
				SELECT * FROM s UNION ALL SELECT o.* FROM o ANTI JOIN s USING (period) ORDER BY period`,
				[...params, ...params]
			)
		);
		return { ...pick, before, after };
	}

	/**
	 * Applies the staged file: its values of known key figures, and of the new ones the official
	 * named, replace or join what is there. All or nothing.
	 */
	async apply(named: NewIndicator[] = []): Promise<UploadCounts> {
		if (!this.staged) throw new Error('Nothing staged, or the staged file has errors');
		const e = this.engine;
		await e.run('BEGIN TRANSACTION');
		try {
			for (const i of named) {
				await e.run('INSERT OR REPLACE INTO upload_indicator VALUES (?, ?)', [i.id, i.title]);
			}
			await e.run(`CREATE OR REPLACE TEMP TABLE incoming AS SELECT ${KEY}, value, status FROM stage_values
				WHERE indicator IN (SELECT id FROM known_indicator UNION ALL SELECT id FROM upload_indicator)`);
			await e.run(`DELETE FROM upload WHERE (${KEY}) IN (SELECT (${KEY}) FROM incoming)`);
			await e.run(`INSERT INTO upload SELECT * FROM incoming`);
			await e.run('COMMIT');
		} catch (err) {
			await e.run('ROLLBACK');
			throw err;
		}
		this.staged = null;
		// The file's cells are in `upload` now: their memory is wanted for what comes next (keeping, the pages).
		await e.run('DROP VIEW IF EXISTS stage_values');
		for (const table of ['incoming', 'stage_raw', 'stage_hit', 'stage_dedup']) await e.run(`DROP TABLE IF EXISTS ${table}`);
		return this.counts();
	}

	async counts(): Promise<UploadCounts> {
		const { values } = await this.one<{ values: number }>('SELECT CAST(count(*) AS INTEGER) AS values FROM upload');
		return { values, indicators: await this.engine.all<NewIndicator>('SELECT id, title FROM upload_indicator ORDER BY id') };
	}

	/** One series as the site shows it now, oldest first. */
	async series(indicator: string, municipality: string, gender: Gender) {
		// Both sides filtered before the anti-join: the view would join a whole large upload first.
		const rows = await this.engine.all<{ period: number; value: number | null; status: string | null }>(
			`WITH u AS (SELECT period, value, status FROM upload WHERE indicator = ? AND municipality = ? AND gender = ?),
				p AS (SELECT period, value, status FROM published WHERE indicator = ? AND municipality = ? AND gender = ?)
			SELECT * FROM u UNION ALL SELECT p.* FROM p ANTI JOIN u USING (period) ORDER BY period`,
			[indicator, municipality, gender, indicator, municipality, gender]
		);
		return rows.map((r) => ({ ...r, period: Number(r.period) }));
	}

	/**
	 * Takes values out of what is shown: for a refresh, where Kolada marks a value deleted.
	 * Returns how many there were.
	 */
	async remove(keys: { indicator: string; municipality: string; period: number; gender: string }[]): Promise<number> {
		if (keys.length === 0) return 0;
		const e = this.engine;
		await e.run(`CREATE OR REPLACE TEMP TABLE gone (indicator VARCHAR, municipality VARCHAR, period INTEGER, gender VARCHAR)`);
		for (const k of keys) await e.run('INSERT INTO gone VALUES (?, ?, ?, ?)', [k.indicator, k.municipality, k.period, k.gender]);
		const { n } = await this.one<{ n: number }>(`SELECT CAST(count(*) AS INTEGER) AS n FROM observations SEMI JOIN gone USING (${KEY})`);
		await e.run('BEGIN TRANSACTION');
		try {
			await e.run(`DELETE FROM upload WHERE (${KEY}) IN (SELECT (${KEY}) FROM gone)`);
			await e.run(`DELETE FROM published WHERE (${KEY}) IN (SELECT (${KEY}) FROM gone)`);
			await e.run('COMMIT');
		} catch (err) {
			await e.run('ROLLBACK');
			throw err;
		}
		return n;
	}

	/** Back to the published data. */
	async undo(): Promise<void> {
		await this.replaceUpload(null);
	}

	/** The applied upload in the repository's format, to keep it in the browser between visits. */
	async uploadRows(): Promise<Uint8Array> {
		return this.copy(`SELECT * FROM upload ORDER BY ${KEY}`, ',');
	}

	/** Uploaded values of the key figures the pages show, for the follow-up the browser recomputes. */
	async uploadRowsOf(indicators: string[]): Promise<Uint8Array> {
		await this.engine.run('CREATE OR REPLACE TEMP TABLE shown_indicator (id VARCHAR)');
		for (const id of indicators) await this.engine.run('INSERT INTO shown_indicator VALUES (?)', [id]);
		return this.copy(`SELECT * FROM upload WHERE indicator IN (SELECT id FROM shown_indicator) ORDER BY ${KEY}`, ',');
	}

	/**
	 * Every observation the site now shows. 'repository' is data/observations.csv's own format, to
	 * publish by replacing that file; 'excel' is what Swedish Excel opens: `;`, decimal comma,
	 * UTF-8 with BOM, Swedish headers, and no cell that a spreadsheet would run as a formula.
	 */
	async exportObservations(format: 'repository' | 'excel'): Promise<Uint8Array> {
		// data/observations.csv's own order, so publishing an unchanged export changes no line.
		const order = `ORDER BY indicator, municipality, period, CASE gender WHEN 'T' THEN 0 WHEN 'K' THEN 1 ELSE 2 END`;
		if (format === 'repository') return this.copy(`SELECT * FROM observations ${order}`, ',');
		const bytes = await this.copy(
			`SELECT ${guard('indicator')} AS nyckeltal, ${guard('municipality')} AS kommun, period AS "år", gender AS "kön",
				replace(CAST(value AS VARCHAR), '.', ',') AS "värde", ${guard('status')} AS status
			 FROM observations ${order}`,
			';'
		);
		const out = new Uint8Array(bytes.length + 3);
		out.set([0xef, 0xbb, 0xbf]);
		out.set(bytes, 3);
		return out;
	}

	/** Every problem of the last staged file (up to DOWNLOADED) as CSV, for the official to work through. */
	async problemsCsv(report: StageReport, describe: (p: Problem) => string, headers: string[]): Promise<string> {
		const rest = report.problemCount > report.problems.length ? await this.allProblems(report) : report.problems;
		const q = (s: string) => `"${s.replaceAll('"', '""')}"`;
		const lines = rest.map((p) => [p.line ?? '', p.column ?? '', p.text, describe(p)].map((v) => q(safeCell(String(v)))).join(';'));
		return '\ufeff' + [headers.map(q).join(';'), ...lines].join('\r\n') + '\r\n';
	}

	private async allProblems(report: StageReport): Promise<Problem[]> {
		const fileLevel = report.problems.filter((p) => p.line === null || p.kind === 'ragged_row' || p.kind === 'unterminated_quote' || p.kind === 'csv_syntax' || p.kind === 'unknown_column' || p.kind === 'missing_column');
		const rows = await this.problemRows(report.fileName, this.lastPlace, DOWNLOADED);
		return [...fileLevel, ...rows].sort(byPlace).slice(0, DOWNLOADED);
	}

	private lastPlace: (rn: number) => number = (rn) => rn + 2;

	private async copy(select: string, delimiter: string): Promise<Uint8Array> {
		const path = await this.engine.outputPath('export.csv');
		await this.engine.run(`COPY (${select}) TO ${literal(path)} (HEADER, DELIMITER ${literal(delimiter)})`);
		return this.engine.takeFile('export.csv');
	}
}

/** A file too large to read is refused before a byte of it is read (or DuckDB started). */
export function refuseTooLarge(fileName: string, size: number): StageReport | null {
	const megabytes = size / 1024 / 1024;
	if (megabytes <= MAX_UPLOAD_MB) return null;
	const problem: Problem = { file: fileName, line: null, column: null, kind: 'too_large', text: '', detail: String(Math.round(megabytes)) };
	return { ...emptyReport(fileName), problems: [problem], problemCount: 1, errorCount: 1 };
}

function emptyReport(fileName: string): StageReport {
	return {
		fileName,
		format: null,
		encoding: null,
		delimiter: null,
		decimal: null,
		layout: null,
		lineUnit: 'line',
		rowsRead: 0,
		problems: [],
		problemCount: 0,
		errorCount: 0,
		ok: false,
		paddable: 0,
		path: 'checked',
		preview: null
	};
}

/** A spreadsheet runs a cell that starts like a formula: the apostrophe makes it text. */
export const safeCell = (s: string) => (/^[=+@\t\r-]/.test(s) ? `'${s}` : s);

const byPlace = (a: Problem, b: Problem) => (a.line ?? 0) - (b.line ?? 0);

/**
 * DuckDB numbers the rows it reads 0, 1, 2 …; the official needs the line in the file. Lines it
 * skipped (blank ones, rejected ones) are counted back in. Assumes one line per row: a quoted
 * value spanning lines shifts later numbers.
 */
export class LineMap {
	private readonly skipped: number[];
	constructor(skipped: number[]) {
		this.skipped = [...new Set(skipped)].filter((l) => l > 1).sort((a, b) => a - b);
	}
	lineOf(rn: number): number {
		let line = rn + 2;
		for (const s of this.skipped) {
			if (s <= line) line++;
			else break;
		}
		return line;
	}
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
	const required: CanonicalColumn[] = shape.layout === 'wide' ? ['indicator', 'municipality'] : ['indicator', 'municipality', 'period', 'value'];
	for (const c of required) {
		if (!shape.columns[c]) problems.push(at('missing_column', `${c} / ${ALIASES[c][1]}`));
	}
	const seen = new Map<string, string>();
	const known = new Set([...Object.values(shape.columns), ...shape.yearColumns]);
	for (const h of shape.header) {
		const key = h.trim().toLowerCase();
		if (seen.has(key)) problems.push(at('duplicate_column', h, h));
		seen.set(key, h);
		if (!known.has(h) && h.trim() !== '')
			problems.push(at('unknown_column', h, h, 'nyckeltal, kommun, år, kön, värde, status', 'warning'));
	}
	return problems;
}

function rejectProblem(
	r: { line: number; column_idx: number | null; error_type: string; csv_line: string; error_message: string },
	file: string,
	shape: CsvShape,
	n: number,
	recordOfLine: number[] | null
): Problem {
	const line = recordOfLine ? (recordOfLine[r.line] ?? r.line) : r.line;
	const text = (r.csv_line ?? '').split(/\r?\n/).find((l) => l !== '') ?? '';
	if (r.error_type === 'UNQUOTED VALUE') return { file, line, column: null, kind: 'unterminated_quote', text };
	if (r.error_type === 'MISSING COLUMNS' || r.error_type === 'TOO MANY COLUMNS') {
		const found = /Found: (\d+)/.exec(r.error_message)?.[1] ?? '?';
		return { file, line, column: null, kind: 'ragged_row', text, detail: `${found}/${n}` };
	}
	return { file, line, column: r.column_idx === null ? null : (shape.header[r.column_idx] ?? null), kind: 'csv_syntax', text, detail: r.error_message };
}
