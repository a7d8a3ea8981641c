/**
 * The only code that talks to DuckDB-WASM. DuckDB (the single-threaded `eh` bundle, served by the
 * site itself) starts in a worker the first time a page asks something the prerendered HTML cannot
 * answer — an upload, a comparison with another municipality — never during prerender, never from
 * another host. It holds the published observations plus an applied upload (./upload/store.ts).
 * The upload page ends it once a file is applied (endObservationStore): its heap never shrinks.
 */
import { publishedBytes } from '$lib/app/published';
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { Gender, MissingStatus, Point } from '../model/model';
import type { SqlEngine, SqlValue } from './engine';
import { ObservationStore } from './store';
import { referenceOf, type Reference } from './report';
import { loadKept } from './kept';
import { readTable } from '../data/table';
import { indicatorSchema, municipalitySchema } from '../data/schemas';
import { mark } from '$lib/browser/perf';

class WasmEngine implements SqlEngine {
	constructor(
		private readonly db: AsyncDuckDB,
		private readonly conn: AsyncDuckDBConnection
	) {}

	async putFile(name: string, bytes: Uint8Array) {
		await this.db.dropFile(name).catch(() => undefined);
		// The buffer moves to the worker: the caller must not use it afterwards.
		await this.db.registerFileBuffer(name, bytes);
		return name;
	}
	async dropFile(name: string) {
		await this.db.dropFile(name);
	}
	async outputPath(name: string) {
		await this.db.dropFile(name).catch(() => undefined);
		await this.db.registerEmptyFileBuffer(name);
		return name;
	}
	async takeFile(name: string) {
		const bytes = await this.db.copyFileToBuffer(name);
		await this.db.dropFile(name);
		return bytes;
	}
	async run(sql: string, params: SqlValue[] = []) {
		await this.query(sql, params);
	}
	async all<T>(sql: string, params: SqlValue[] = []): Promise<T[]> {
		const table = await this.query(sql, params);
		return table.toArray().map((row) => row.toJSON() as T);
	}
	private async query(sql: string, params: SqlValue[]) {
		if (params.length === 0) return this.conn.query(sql);
		const stmt = await this.conn.prepare(sql);
		try {
			return await stmt.query(...params);
		} finally {
			await stmt.close();
		}
	}
}

let ready: Promise<{ store: ObservationStore; db: AsyncDuckDB }> | null = null;

/** DuckDB with the published observations and any kept upload; later calls share the same instance. */
export async function observationStore(): Promise<ObservationStore> {
	if (typeof window === 'undefined') throw new Error('DuckDB runs in the browser only');
	ready ??= start().catch((e) => {
		ready = null; // let a later call try again
		throw e;
	});
	return (await ready).store;
}

/** The instance if one is running or starting, without starting one. */
export async function runningStore(): Promise<ObservationStore | null> {
	return ready ? ((await ready.catch(() => null))?.store ?? null) : null;
}

/**
 * Ends the worker: DuckDB-WASM's heap never shrinks, and only ending its worker gives the tab that
 * memory back. The next call to observationStore() starts a new one from the published data and
 * what is kept in this browser.
 */
export async function endObservationStore(): Promise<void> {
	const running = ready;
	ready = null;
	const started = await running?.catch(() => null);
	await started?.db.terminate();
}

/** A DuckDB-WASM instance in its own worker, with extension loading off. */
export async function openDuckDB(): Promise<{ db: AsyncDuckDB; conn: AsyncDuckDBConnection }> {
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
	return { db, conn };
}

async function start(): Promise<{ store: ObservationStore; db: AsyncDuckDB }> {
	const { db, conn } = await openDuckDB();
	const [published, reference, kept] = await Promise.all([
		fetchBytes('observations.csv'),
		fetchReference(),
		loadKept().catch(() => null)
	]);
	const store = new ObservationStore(new WasmEngine(db, conn), reference);
	await store.init(published, kept ? { rows: kept.rows.slice(), indicators: kept.indicators } : undefined);
	mark('duckdb-ready');
	return { store, db };
}

const fetchBytes = publishedBytes;

/** The key figures and codes an upload is checked against: the site's own published files. */
async function fetchReference(): Promise<Reference> {
	const text = async (f: string) => new TextDecoder().decode(await fetchBytes(f));
	const [indicators, municipalities, config] = await Promise.all([
		text('indicators.csv'),
		text('municipalities.csv'),
		text('config.json')
	]);
	return referenceOf({
		indicators: readTable('indicators.csv', indicators, indicatorSchema).rows.map((r) => r.value),
		municipalities: readTable('municipalities.csv', municipalities, municipalitySchema).rows.map((r) => r.value),
		config: JSON.parse(config) as { municipality: string }
	});
}

/** One municipality's values for a key figure, oldest first, uploads included. */
export async function seriesPoints(indicator: string, municipality: string, gender: Gender): Promise<Point[]> {
	const store = await observationStore();
	const rows = await store.series(indicator, municipality, gender);
	return rows.map((r) => ({ period: r.period, value: r.value, status: (r.status || null) as MissingStatus | null }));
}
