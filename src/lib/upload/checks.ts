/**
 * Every check of an uploaded file's cells, in SQL: the layout's rows become one row per value with
 * the cells as written and as read (`stage`), and every cell that cannot be read becomes a problem
 * with its row and column (`stage_problems`). Numbers as people write them, Kolada's marks, T/K/M,
 * four-digit codes Kolada knows (with "did you mean 0138?"), years, conflicting duplicates.
 */
import type { ProblemKind, Problem } from '../data/problems';
import type { CanonicalColumn } from './columns';
import type { SqlEngine } from './engine';
import type { CsvShape } from './layouts';
import { FIRST_YEAR, KEY, LAST_YEAR, MARKS, NO_VALUE, clean, compact, gender, number, numberProblem } from './sql';

/**
 * Every layout → one row per value, with the cells as written and as read; `only` names a table of
 * the row numbers (rn) to read, when the other rows are taken as written (./scan.ts).
 */
export async function normalise(engine: SqlEngine, shape: CsvShape, padCodes: boolean, only?: string): Promise<void> {
	const ref = (c: CanonicalColumn) =>
		shape.columns[c] === undefined ? 'CAST(NULL AS VARCHAR)' : `c${shape.columns[c]}`;
	const common = `${ref('indicator')} AS r_indicator, ${ref('municipality')} AS r_municipality,
		${shape.columns.gender === undefined ? "'T'" : ref('gender')} AS r_gender, ${ref('status')} AS r_status`;
	const all = shape.layout.long(shape, common);
	const long = only ? `SELECT * FROM (${all}) WHERE rn IN (SELECT rn FROM ${only})` : all;
	const tm = padCodes ? `CASE WHEN regexp_full_match(tm0, '\\d{1,3}') THEN lpad(tm0, 4, '0') ELSE tm0 END` : 'tm0';
	await engine.run(`CREATE OR REPLACE TEMP TABLE stage AS
		WITH l AS (${long}),
		c AS (SELECT *, ${clean('r_indicator')} AS ti, ${clean('r_municipality')} AS tm0, ${clean('r_period')} AS tp,
			${clean('r_gender')} AS tg, ${clean('r_value')} AS tv, ${clean('r_status')} AS ts FROM l),
		d AS (SELECT *, ${tm} AS tm, ${compact('tv')} AS tvc FROM c),
		p AS (SELECT *,
			CASE WHEN regexp_full_match(ti, '[A-Za-z0-9][A-Za-z0-9_.-]{0,39}') THEN ti END AS indicator,
			CASE WHEN tm IN (SELECT code FROM known_municipality) THEN tm END AS municipality,
			CASE WHEN regexp_full_match(tp, '\\d{4}') AND CAST(tp AS INTEGER) BETWEEN ${FIRST_YEAR} AND ${LAST_YEAR} THEN CAST(tp AS INTEGER) END AS period,
			${gender('tg')} AS gender,
			CASE WHEN tv IS NULL OR tv IN ${MARKS} OR tv IN ${NO_VALUE} THEN NULL ELSE ${number('tvc', shape.decimal)} END AS value,
			CASE WHEN tv IN ${MARKS} THEN tv WHEN ts IN ${MARKS} THEN ts END AS status
			FROM d),
		q AS (SELECT *,
			coalesce(value IS NOT NULL AND (value < 0 OR value > 100) AND indicator IN (SELECT id FROM known_share), false) AS share_out_of_range,
			coalesce(value IS NOT NULL AND ts IN ${MARKS}, false) AS value_and_mark
			FROM p)
		SELECT *, indicator IS NOT NULL AND municipality IS NOT NULL AND period IS NOT NULL AND gender IS NOT NULL
			AND (value IS NOT NULL OR tv IS NULL OR tv IN ${MARKS} OR tv IN ${NO_VALUE}) AND (ts IS NULL OR ts IN ${MARKS})
			AND NOT share_out_of_range AND NOT value_and_mark AS ok
		FROM q`);
}

/**
 * Every cell that cannot be read, into `stage_problems`; returns how many. `accepted` is SQL for the
 * rows taken as written, when `stage` holds only the others: they can still repeat a key of those.
 */
export async function findValueProblems(engine: SqlEngine, shape: CsvShape, accepted?: string): Promise<number> {
	const col = (c: CanonicalColumn) => (shape.columns[c] === undefined ? 'NULL' : String(shape.columns[c]));
	const [ci, cm, cg, cs] = [col('indicator'), col('municipality'), col('gender'), col('status')];
	// Every problem but a duplicate makes its row not ok (see normalise), so those checks look only at
	// the rows that are not: a handful in a file with something to fix, not a million.
	await engine.run('CREATE OR REPLACE TEMP TABLE stage_bad AS SELECT * FROM stage WHERE ok IS NOT TRUE');
	// The rows whose key may occur twice, found by the key's hash (a number, cheaper to group than four
	// texts; a collision only adds a row to compare exactly below): the duplicates are judged among these.
	await engine.run(`CREATE OR REPLACE TEMP TABLE stage_twice AS WITH s AS (${await okRows(engine, accepted)})
		SELECT * FROM s WHERE hash(${KEY}) IN (SELECT hash(${KEY}) FROM s GROUP BY 1 HAVING count(*) > 1)`);
	await engine.run(`CREATE OR REPLACE TEMP TABLE stage_problems AS
		SELECT rn, ${ci} AS col, 'required' AS kind, '' AS text, NULL AS detail FROM stage_bad WHERE ti IS NULL
		UNION ALL SELECT rn, ${ci}, 'bad_id', r_indicator, NULL FROM stage_bad WHERE ti IS NOT NULL AND indicator IS NULL
		UNION ALL SELECT rn, ${cm}, 'required', '', NULL FROM stage_bad WHERE tm IS NULL
		UNION ALL SELECT rn, ${cm}, 'bad_code', r_municipality,
			CASE WHEN regexp_full_match(tm, '\\d{1,3}') AND lpad(tm, 4, '0') IN (SELECT code FROM known_municipality) THEN lpad(tm, 4, '0') END
			FROM stage_bad WHERE tm IS NOT NULL AND NOT regexp_full_match(tm, '\\d{4}')
		UNION ALL SELECT rn, ${cm}, 'unknown_municipality', r_municipality, NULL
			FROM stage_bad WHERE regexp_full_match(tm, '\\d{4}') AND municipality IS NULL
		UNION ALL SELECT rn, pcol, 'required', '', NULL FROM stage_bad WHERE tp IS NULL
		UNION ALL SELECT rn, pcol, 'not_a_year', r_period, NULL FROM stage_bad WHERE tp IS NOT NULL AND NOT regexp_full_match(tp, '\\d{4}')
		UNION ALL SELECT rn, pcol, 'implausible_year', r_period, '${FIRST_YEAR}–${LAST_YEAR}' FROM stage_bad WHERE regexp_full_match(tp, '\\d{4}') AND period IS NULL
		UNION ALL SELECT rn, ${cg}, 'required', '', NULL FROM stage_bad WHERE tg IS NULL
		UNION ALL SELECT rn, ${cg}, 'not_allowed', r_gender, 'T, K, M' FROM stage_bad WHERE tg IS NOT NULL AND gender IS NULL
		UNION ALL SELECT rn, vcol, ${numberProblem('tvc', shape.decimal)}, r_value, '${shape.decimal}'
			FROM stage_bad WHERE tv IS NOT NULL AND tv NOT IN ${MARKS} AND tv NOT IN ${NO_VALUE} AND value IS NULL
		UNION ALL SELECT rn, vcol, 'share_out_of_range', r_value, NULL FROM stage_bad WHERE share_out_of_range
		UNION ALL SELECT rn, ${col('status')}, 'value_and_mark', r_status, r_value FROM stage_bad WHERE value_and_mark
		UNION ALL SELECT rn, ${cs}, 'not_allowed', r_status, '.., -, .' FROM stage_bad WHERE ts IS NOT NULL AND ts NOT IN ${MARKS}
		UNION ALL SELECT s.rn, s.vcol, 'conflicting_duplicate', s.r_value, CAST(g.first_rn AS VARCHAR)
			FROM stage_twice s JOIN (
				SELECT ${KEY}, min(rn) AS first_rn FROM stage_twice GROUP BY ALL
				HAVING count(DISTINCT coalesce(CAST(value AS VARCHAR), '') || '|' || coalesce(status, '')) > 1
			) g USING (${KEY})
			WHERE s.rn > g.first_rn`);
	for (const table of ['stage_bad', 'stage_twice']) await engine.run(`DROP TABLE ${table}`);
	const [row] = await engine.all<{ total: number }>('SELECT CAST(count(*) AS INTEGER) AS total FROM stage_problems');
	return row?.total ?? 0;
}

/** The first `limit` problems of `stage_problems`, placed on the file's lines. */
export async function problemRows(
	engine: SqlEngine,
	file: string,
	header: readonly string[],
	place: (rn: number) => number,
	limit: number
): Promise<Problem[]> {
	const rows = await engine.all<{
		rn: number;
		col: number | null;
		kind: ProblemKind;
		text: string | null;
		detail: string | null;
	}>(
		`SELECT CAST(rn AS INTEGER) AS rn, CAST(col AS INTEGER) AS col, kind, text, detail FROM stage_problems ORDER BY rn, col LIMIT ?`,
		[limit]
	);
	return rows.map((r) => ({
		file,
		line: place(r.rn),
		column: r.col === null ? null : (header[r.col] ?? null),
		kind: r.kind,
		text: r.text ?? '',
		...(r.detail !== null
			? { detail: r.kind === 'conflicting_duplicate' ? String(place(Number(r.detail))) : r.detail }
			: {})
	}));
}

/**
 * The rows that are ok, and can repeat one another's keys. With rows taken as written (`accepted`,
 * none repeating another's key), only those that share a key with a checked row: into `stage_near`.
 */
async function okRows(engine: SqlEngine, accepted?: string): Promise<string> {
	if (!accepted) return 'SELECT * FROM stage WHERE ok';
	await engine.run(`CREATE OR REPLACE TEMP TABLE stage_near AS
		SELECT a.* FROM (${accepted}) a SEMI JOIN (SELECT ${KEY} FROM stage WHERE ok) f USING (${KEY})`);
	return `SELECT rn, vcol, r_value, ${KEY}, value, status FROM stage WHERE ok UNION ALL SELECT * FROM stage_near`;
}

/** Values that can be applied, once each: the first of a key's identical repetitions. */
export async function dedupe(engine: SqlEngine, accepted?: string): Promise<void> {
	const ok = accepted
		? `SELECT rn, ${KEY}, value, status FROM stage WHERE ok UNION ALL SELECT rn, ${KEY}, value, status FROM stage_near`
		: 'SELECT * FROM stage WHERE ok';
	await engine.run(`CREATE OR REPLACE TEMP TABLE stage_dedup AS
		SELECT DISTINCT ON (${KEY}) ${KEY}, value, status FROM (${ok}) ORDER BY ${KEY}, rn`);
	if (accepted)
		await engine.run(
			`INSERT INTO stage_dedup SELECT ${KEY}, value, status FROM (${accepted}) WHERE rn NOT IN (SELECT rn FROM stage_near)`
		);
	await engine.run('CREATE OR REPLACE TEMP VIEW stage_values AS SELECT * FROM stage_dedup');
}
