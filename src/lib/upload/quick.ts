/**
 * Most files are already clean: a Kolada export, our own export, a tidy sheet. For those, cell
 * checks on a million rows would find nothing, at several times the cost of reading the file.
 * Usually the bytes are judged while DuckDB reads them (./scan.ts). For bytes that cannot be judged
 * alike with DuckDB (a quoted line break, say), DuckDB is asked here, cheaply, whether every cell is
 * already in its canonical form — codes and genders judged once per distinct value, numbers by one
 * pattern — and whether no key occurs twice. Only then are the values taken as they are; any doubt,
 * and the file goes through every check (./checks.ts), which names each problem. The patterns are
 * stricter than those checks, never looser: what passes here reads the same there.
 */
import type { CanonicalColumn } from './columns';
import type { SqlEngine } from './engine';
import type { CsvShape } from './layouts';
import type { Counted } from './preview';
import type { Reference } from './report';
import { FIRST_YEAR, LAST_YEAR, MARKS, NO_VALUE } from './sql';

/** More distinct codes than this in one column, and a file is checked cell by cell. */
const CLEAN_DISTINCT = 2000;

/** The staged values as a view over the cells, and the query that matches them with what is shown; null when in doubt. */
export async function readClean(
	engine: SqlEngine,
	shape: CsvShape,
	reference: Reference
): Promise<{ matched: string; counted: Counted } | null> {
	if (!shape.layout.quick) return null;
	const at = (c: CanonicalColumn) => (shape.columns[c] === undefined ? null : `c${shape.columns[c]}`);
	const [ci, cm, cp, cg, cv, cs] = [
		at('indicator'),
		at('municipality'),
		at('period'),
		at('gender'),
		at('value'),
		at('status')
	];
	if (!ci || !cm || !cp || !cv) return null;
	// At most 15 digits before the decimal mark and a two-digit exponent: every such number is finite.
	const numberPattern =
		shape.decimal === ',' ? '-?\\d{1,15}(,\\d+)?([eE][-+]?\\d{1,2})?' : '-?\\d{1,15}(\\.\\d+)?([eE][-+]?\\d{1,2})?';
	const isValue = `${cv} IS NOT NULL AND ${cv} NOT IN ${MARKS} AND ${cv} NOT IN ${NO_VALUE}`;
	const key = [ci, cm, cp, cg].filter(Boolean).join(', ');
	// First pass: the distinct codes (judged below, a few hundred at most), empty key cells and the
	// numbers by their pattern. A file with something to fix stops here, at about half the cost.
	const distinct = (c: string | null) => (c ? `list(DISTINCT ${c})[1:${CLEAN_DISTINCT + 1}]` : 'CAST([] AS VARCHAR[])');
	const [q] = await engine.all<{
		rows: number;
		empty: number;
		badValues: number;
		badShares: number;
		valueAndMark: number;
		i: string[];
		m: string[];
		p: string[];
		g: string[];
		s: (string | null)[];
	}>(
		`SELECT CAST(count(*) AS INTEGER) AS rows,
			CAST(count(*) FILTER (WHERE ${[ci, cm, cp, cg]
				.filter(Boolean)
				.map((c) => `${c} IS NULL`)
				.join(' OR ')}) AS INTEGER) AS empty,
			CAST(count(*) FILTER (WHERE ${isValue} AND NOT regexp_full_match(${cv}, '${numberPattern}')) AS INTEGER) AS "badValues",
			CAST(count(*) FILTER (WHERE ${isValue} AND ${ci} IN (SELECT id FROM known_share)
				AND (starts_with(${cv}, '-') OR TRY_CAST(${shape.decimal === ',' ? `replace(${cv}, ',', '.')` : cv} AS DOUBLE) > 100)) AS INTEGER) AS "badShares",
			${cs ? `CAST(count(*) FILTER (WHERE ${isValue} AND ${cs} IN ${MARKS}) AS INTEGER)` : '0'} AS "valueAndMark",
			${distinct(ci)} AS i, ${distinct(cm)} AS m, ${distinct(cp)} AS p, ${distinct(cg)} AS g,
			${cs ? `list(DISTINCT coalesce(${cs}, ''))[1:${CLEAN_DISTINCT + 1}]` : 'CAST([] AS VARCHAR[])'} AS s
		FROM stage_raw`
	);
	if (!q) return null;
	// Lists arrive as Arrow vectors: iterable, not arrays.
	for (const k of ['i', 'm', 'p', 'g', 's'] as const) q[k] = Array.from((q[k] ?? []) as Iterable<string>);
	const known = new Set(reference.municipalities);
	const canonical =
		q.rows > 0 &&
		q.empty === 0 &&
		q.badValues === 0 &&
		q.badShares === 0 &&
		q.valueAndMark === 0 &&
		[q.i, q.m, q.p, q.g, q.s].every((l) => l.length <= CLEAN_DISTINCT) &&
		q.i.every((v) => /^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/.test(v)) &&
		q.m.every((v) => known.has(v)) &&
		q.p.every((v) => /^\d{4}$/.test(v) && Number(v) >= FIRST_YEAR && Number(v) <= LAST_YEAR) &&
		q.g.every((v) => v === 'T' || v === 'K' || v === 'M') &&
		q.s.every((v) => v === '' || v === '..' || v === '-' || v === '.');
	if (!canonical) return null;
	// Second pass, for a file that is canonical: whether any key occurs twice (a hash collision only
	// sends the file the long way), and each key figure's count (a histogram) for the preview.
	const [k] = await engine.all<{ keys: number; i: string[]; n: number[] }>(
		`WITH a AS (SELECT CAST(count(DISTINCT hash(${key})) AS INTEGER) AS keys, histogram(${ci}) AS hi FROM stage_raw)
		SELECT keys, map_keys(hi) AS i, CAST(map_values(hi) AS INTEGER[]) AS n FROM a`
	);
	if (!k || k.keys !== q.rows) return null;
	const counts = {
		i: Array.from((k.i ?? []) as Iterable<string>),
		n: Array.from((k.n ?? []) as Iterable<number>, Number)
	};
	const matched = await takeAsWritten(engine, shape);
	const counted: Counted = {
		values: q.rows,
		municipalities: q.m.length,
		periods: q.p.map(Number).sort((a, b) => a - b),
		indicators: counts.i.map((id, j) => ({ id, values: counts.n[j]! }))
	};
	return { matched, counted };
}

/** The cells of stage_raw as the values they are, for a layout where a row is one value: SQL over `r`. */
export function asWritten(shape: CsvShape) {
	const at = (c: CanonicalColumn) => (shape.columns[c] === undefined ? null : `r.c${shape.columns[c]}`);
	const [ci, cm, cp, cg, cv, cs] = [
		at('indicator')!,
		at('municipality')!,
		at('period')!,
		at('gender'),
		at('value')!,
		at('status')
	];
	const value = `CASE WHEN ${cv} IN ${MARKS} OR ${cv} IN ${NO_VALUE} THEN NULL
		ELSE CAST(${shape.decimal === ',' ? `replace(${cv}, ',', '.')` : cv} AS DOUBLE) END`;
	const status = `CASE WHEN ${cv} IN ${MARKS} THEN ${cv} ELSE ${cs ?? 'NULL'} END`;
	const gender = cg ?? "'T'";
	return {
		/** Every value, under the staged values' names. */
		values: `SELECT ${ci} AS indicator, ${cm} AS municipality, CAST(${cp} AS INTEGER) AS period, ${gender} AS gender, ${value} AS value, ${status} AS status FROM stage_raw r`,
		/** The same with each row's number and its value cell as written, as the checks name them. */
		rows: `SELECT rowid AS rn, ${shape.columns.value} AS vcol, ${cv} AS r_value, ${ci} AS indicator, ${cm} AS municipality,
			CAST(${cp} AS INTEGER) AS period, ${gender} AS gender, ${value} AS value, ${status} AS status FROM stage_raw r`,
		// The values already shown, found by the cells as written (every year has four digits here),
		// so that only those are converted rather than the whole file.
		matched: `SELECT o.indicator, o.municipality, o.period, o.gender, ${value} AS value, ${status} AS status,
			o.value AS before, o.status AS before_status
		FROM stage_raw r JOIN (SELECT *, lpad(CAST(period AS VARCHAR), 4, '0') AS p FROM observations) o
		ON ${ci} = o.indicator AND ${cm} = o.municipality AND ${cp} = o.p AND ${gender} = o.gender`
	};
}

/** Every row of stage_raw staged as written; returns the query that matches them with what is shown. */
export async function takeAsWritten(engine: SqlEngine, shape: CsvShape): Promise<string> {
	const sql = asWritten(shape);
	// A view, not a copy: the preview's counts need no conversion, and the million rows are held once.
	await engine.run('DROP TABLE IF EXISTS stage_dedup');
	await engine.run(`CREATE OR REPLACE TEMP VIEW stage_values AS ${sql.values}`);
	return sql.matched;
}
