/**
 * The observations as DuckDB holds them, and the only changes ever made to them: `published`
 * (data/observations.csv), `upload` (applied uploaded rows), the view `observations` (upload wins),
 * the lists an upload is checked against (key figures, which of them are shares, codes), and `upload_indicator` (new key figures an official
 * named). An applied file replaces or joins rows of `upload` in one transaction, all or nothing.
 */
import type { Gender } from '../model/model';
import { literal, withRows, type SqlEngine } from './engine';
import type { NewIndicator, Reference, UploadCounts } from './report';
import { KEY, OBSERVATION_COLUMNS } from './sql';

export interface KeptRows {
	rows: Uint8Array;
	indicators: NewIndicator[];
}

async function readObservations(engine: SqlEngine, name: string, bytes: Uint8Array): Promise<string> {
	const path = await engine.putFile(name, bytes);
	return `SELECT * FROM read_csv(${literal(path)}, header = true, auto_detect = false, delim = ',', quote = '"',
		escape = '"', columns = ${OBSERVATION_COLUMNS})`;
}

async function fillList(engine: SqlEngine, table: string, values: string[]) {
	await withRows(
		engine,
		`${table}.csv`,
		{ v: 'VARCHAR' },
		values.map((v) => [v]),
		(rows) => engine.run(`INSERT INTO ${table} SELECT DISTINCT v FROM ${rows}`)
	);
}

/** In one transaction, or not at all. */
export async function atomically(engine: SqlEngine, work: () => Promise<void>): Promise<void> {
	await engine.run('BEGIN TRANSACTION');
	try {
		await work();
		await engine.run('COMMIT');
	} catch (err) {
		await engine.run('ROLLBACK');
		throw err;
	}
}

/** Creates the tables from the published observations and, when one was kept, an earlier upload. */
export async function createTables(
	engine: SqlEngine,
	reference: Reference,
	published: Uint8Array,
	kept?: KeptRows
): Promise<void> {
	await engine.run(
		`CREATE OR REPLACE TABLE published AS ${await readObservations(engine, 'published.csv', published)}`
	);
	await engine.run(`CREATE OR REPLACE TABLE upload AS SELECT * FROM published LIMIT 0`);
	await engine.run(`CREATE OR REPLACE TABLE upload_indicator (id VARCHAR PRIMARY KEY, title VARCHAR NOT NULL)`);
	await engine.run(`CREATE OR REPLACE TABLE known_indicator (id VARCHAR PRIMARY KEY)`);
	await engine.run(`CREATE OR REPLACE TABLE known_municipality (code VARCHAR PRIMARY KEY)`);
	await engine.run(`CREATE OR REPLACE TABLE known_share (id VARCHAR PRIMARY KEY)`);
	await fillList(engine, 'known_indicator', reference.indicators);
	await fillList(engine, 'known_share', reference.shares);
	await fillList(engine, 'known_municipality', reference.municipalities);
	await engine.run(`CREATE OR REPLACE VIEW observations AS
		SELECT * FROM upload UNION ALL SELECT p.* FROM published p ANTI JOIN upload u USING (${KEY})`);
	if (kept) await replaceUpload(engine, kept);
}

/** Puts a kept upload back as it was (at start-up, or when keeping a newer one failed); null empties it. */
export async function replaceUpload(engine: SqlEngine, kept: KeptRows | null): Promise<void> {
	const read = kept ? await readObservations(engine, 'kept.csv', kept.rows) : null;
	await atomically(engine, async () => {
		await engine.run('DELETE FROM upload');
		await engine.run('DELETE FROM upload_indicator');
		if (kept && read) {
			await engine.run(`INSERT INTO upload ${read}`);
			for (const i of kept.indicators) await engine.run('INSERT INTO upload_indicator VALUES (?, ?)', [i.id, i.title]);
		}
	});
}

/** The staged values of known key figures, and of the new ones the official named, replace or join what is there. */
export async function applyStaged(engine: SqlEngine, named: NewIndicator[]): Promise<void> {
	// The staged values typed first, and the file's cells dropped at once: the cells, these rows and
	// the applied rows are never all in memory together (DuckDB-WASM's heap never shrinks, so its
	// peak is what the tab keeps). The staged file cannot be applied twice anyway.
	await engine.run(`CREATE OR REPLACE TEMP TABLE incoming AS SELECT ${KEY}, value, status FROM stage_values`);
	await engine.run('DROP VIEW IF EXISTS stage_values');
	for (const table of ['stage_raw', 'stage_hit', 'stage_dedup']) await engine.run(`DROP TABLE IF EXISTS ${table}`);
	const wanted = 'indicator IN (SELECT id FROM known_indicator UNION ALL SELECT id FROM upload_indicator)';
	const [{ before } = { before: 0 }] = await engine.all<{ before: number }>(
		'SELECT CAST(count(*) AS INTEGER) AS before FROM upload'
	);
	try {
		await atomically(engine, async () => {
			for (const i of named) await engine.run('INSERT OR REPLACE INTO upload_indicator VALUES (?, ?)', [i.id, i.title]);
			// Nothing to replace in a first upload: the key lookup over a million rows is skipped.
			if (before > 0)
				await engine.run(`DELETE FROM upload WHERE (${KEY}) IN (SELECT (${KEY}) FROM incoming WHERE ${wanted})`);
			await engine.run(`INSERT INTO upload SELECT * FROM incoming WHERE ${wanted}`);
		});
	} finally {
		await engine.run('DROP TABLE IF EXISTS incoming');
	}
}

export async function uploadCounts(engine: SqlEngine): Promise<UploadCounts> {
	const [row] = await engine.all<{ values: number }>('SELECT CAST(count(*) AS INTEGER) AS values FROM upload');
	return {
		values: row?.values ?? 0,
		indicators: await engine.all<NewIndicator>('SELECT id, title FROM upload_indicator ORDER BY id')
	};
}

/** One series as the site shows it now, oldest first. */
export async function seriesOf(engine: SqlEngine, indicator: string, municipality: string, gender: Gender) {
	// Both sides filtered before the anti-join: the view would join a whole large upload first.
	const rows = await engine.all<{ period: number; value: number | null; status: string | null }>(
		`WITH u AS (SELECT period, value, status FROM upload WHERE indicator = ? AND municipality = ? AND gender = ?),
			p AS (SELECT period, value, status FROM published WHERE indicator = ? AND municipality = ? AND gender = ?)
		SELECT * FROM u UNION ALL SELECT p.* FROM p ANTI JOIN u USING (period) ORDER BY period`,
		[indicator, municipality, gender, indicator, municipality, gender]
	);
	return rows.map((r) => ({ ...r, period: Number(r.period) }));
}

/** Takes values out of what is shown (a refresh, where Kolada marks a value deleted); returns how many there were. */
export async function removeValues(
	engine: SqlEngine,
	keys: { indicator: string; municipality: string; period: number; gender: string }[]
): Promise<number> {
	if (keys.length === 0) return 0;
	await engine.run(
		`CREATE OR REPLACE TEMP TABLE gone (indicator VARCHAR, municipality VARCHAR, period INTEGER, gender VARCHAR)`
	);
	for (const k of keys)
		await engine.run('INSERT INTO gone VALUES (?, ?, ?, ?)', [k.indicator, k.municipality, k.period, k.gender]);
	const [row] = await engine.all<{ n: number }>(
		`SELECT CAST(count(*) AS INTEGER) AS n FROM observations SEMI JOIN gone USING (${KEY})`
	);
	await atomically(engine, async () => {
		await engine.run(`DELETE FROM upload WHERE (${KEY}) IN (SELECT (${KEY}) FROM gone)`);
		await engine.run(`DELETE FROM published WHERE (${KEY}) IN (SELECT (${KEY}) FROM gone)`);
	});
	return row?.n ?? 0;
}
