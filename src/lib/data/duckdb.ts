/**
 * The only code that talks to DuckDB. DuckDB-WASM (the single-threaded `eh` bundle, served by
 * the site itself) is loaded in a worker the first time a page asks a question the prerendered
 * HTML cannot answer — never during prerender, never from another host.
 */
import { base } from '$app/paths';
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { Gender, MissingStatus } from './model';
import type { Point } from '$lib/followup/observations';

let ready: Promise<AsyncDuckDBConnection> | null = null;

/** Starts DuckDB and loads the published observations; later calls share the same instance. */
export function connection(): Promise<AsyncDuckDBConnection> {
	if (typeof window === 'undefined') return Promise.reject(new Error('DuckDB runs in the browser only'));
	ready ??= start().catch((e) => {
		ready = null; // let a later call try again
		throw e;
	});
	return ready;
}

async function start(): Promise<AsyncDuckDBConnection> {
	const [duckdb, { default: wasmUrl }, { default: workerUrl }] = await Promise.all([
		import('@duckdb/duckdb-wasm'),
		import('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url'),
		import('@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url')
	]);
	// The worker fetches the wasm itself, so it needs an absolute URL.
	const abs = (u: string) => new URL(u, location.href).href;
	const worker = new Worker(abs(workerUrl));
	const db: AsyncDuckDB = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(abs(wasmUrl));
	await db.open({ query: { castBigIntToDouble: true } });
	const conn = await db.connect();
	// Extensions would be fetched from DuckDB's own host: Följupp never asks it.
	await conn.query('SET autoinstall_known_extensions = false');
	await conn.query('SET autoload_known_extensions = false');

	const response = await fetch(`${base}/data/observations.csv`);
	if (!response.ok) throw new Error(`observations.csv: HTTP ${response.status}`);
	await db.registerFileBuffer('observations.csv', new Uint8Array(await response.arrayBuffer()));
	// Explicit types: codes stay text with their leading zeros, periods are whole years.
	await conn.query(`
		CREATE TABLE observations AS
		SELECT * FROM read_csv('observations.csv', header = true, delim = ',', quote = '"',
			columns = {'indicator': 'VARCHAR', 'municipality': 'VARCHAR', 'period': 'INTEGER',
			           'gender': 'VARCHAR', 'value': 'DOUBLE', 'status': 'VARCHAR'})`);
	await db.dropFile('observations.csv');
	return conn;
}

/** One municipality's values for a key figure, oldest first. */
export async function seriesPoints(indicator: string, municipality: string, gender: Gender): Promise<Point[]> {
	const conn = await connection();
	const stmt = await conn.prepare(
		'SELECT period, value, status FROM observations WHERE indicator = ? AND municipality = ? AND gender = ? ORDER BY period'
	);
	try {
		const table = await stmt.query(indicator, municipality, gender);
		return table.toArray().map((row) => {
			const r = row.toJSON() as { period: number; value: number | null; status: string | null };
			return { period: Number(r.period), value: r.value, status: (r.status || null) as MissingStatus | null };
		});
	} finally {
		await stmt.close();
	}
}
