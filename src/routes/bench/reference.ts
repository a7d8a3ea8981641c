/**
 * The references `npm run bench` sets an upload beside, run in the same browser on the same file:
 * DuckDB-WASM's own `read_csv` with nothing around it (the engine's floor), and the route Följupp
 * did not take, papaparse on the main thread then an Arrow insert. Each runs in a DuckDB instance
 * of its own, so neither borrows the upload's warm caches. Used only by the /bench/ page.
 */
import { openDuckDB } from '../../lib/upload/duckdb';

export interface Timed {
	ms: number;
	rows: number;
}

/** DuckDB-WASM started and asked one query: what the engine alone adds to a tab's memory. */
export async function emptyDuckDB(): Promise<void> {
	const { db, conn } = await openDuckDB();
	try {
		await conn.query('SELECT 1');
	} finally {
		await db.terminate();
	}
}

export async function bareReadCsv(bytes: Uint8Array): Promise<Timed> {
	const { db, conn } = await openDuckDB();
	try {
		const t0 = performance.now();
		await db.registerFileBuffer('bench.csv', bytes.slice());
		await conn.query(`CREATE TABLE t AS SELECT * FROM read_csv('bench.csv')`);
		const ms = performance.now() - t0;
		const rows = Number((await conn.query('SELECT count(*) AS n FROM t')).toArray()[0]!.n);
		return { ms, rows };
	} finally {
		await db.terminate();
	}
}

export async function papaparseThenArrow(bytes: Uint8Array): Promise<Timed> {
	const [{ db, conn }, Papa, arrow] = await Promise.all([openDuckDB(), import('papaparse'), import('apache-arrow')]);
	try {
		const t0 = performance.now();
		const parsed = Papa.default.parse<string[]>(new TextDecoder().decode(bytes), { skipEmptyLines: true });
		const [head, ...rows] = parsed.data;
		// Arrow's builders compile code with new Function, which the site's CSP forbids: the
		// vectors are made from typed arrays and UTF-8 bytes directly.
		const encoder = new TextEncoder();
		const columns = Object.fromEntries(
			head!.map((name, j) => {
				const cells = rows.map((r) => r[j] ?? '');
				if (cells.every((c) => c === '' || Number.isFinite(Number(c))))
					return [name, arrow.makeVector(Float64Array.from(cells, (c) => (c === '' ? NaN : Number(c))))];
				const offsets = new Int32Array(cells.length + 1);
				const parts = cells.map((c) => encoder.encode(c));
				parts.forEach((p, i) => (offsets[i + 1] = offsets[i]! + p.length));
				const bytes = new Uint8Array(offsets[cells.length]!);
				parts.forEach((p, i) => bytes.set(p, offsets[i]!));
				return [
					name,
					arrow.makeVector(
						arrow.makeData({
							type: new arrow.Utf8(),
							length: cells.length,
							nullCount: 0,
							valueOffsets: offsets,
							data: bytes
						})
					)
				];
			})
		);
		await conn.insertArrowTable(new arrow.Table(columns), { name: 't', create: true });
		const ms = performance.now() - t0;
		return { ms, rows: rows.length };
	} finally {
		await db.terminate();
	}
}

/** A key-figure view read from its Parquet file by range requests. */
export async function parquetView(
	url: string,
	municipalities: string[]
): Promise<Timed & { requests: number; bytes: number }> {
	const { rangeFile, readKeyFigure } = await import('../../lib/data/parquet');
	const t0 = performance.now();
	const stats = { requests: 0, bytes: 0 };
	const rows = await readKeyFigure(await rangeFile(url, stats), municipalities);
	return { ms: performance.now() - t0, rows: rows.length, ...stats };
}

/** The same view the way without Parquet: fetch the whole CSV, read it into DuckDB, query it. */
export async function wholeCsvView(url: string, kpi: string, municipalities: string[]): Promise<Timed> {
	const { db, conn } = await openDuckDB();
	try {
		const t0 = performance.now();
		const response = await fetch(url);
		await db.registerFileBuffer('all.csv', new Uint8Array(await response.arrayBuffer()));
		await conn.query(
			`CREATE TABLE o AS SELECT * FROM read_csv('all.csv', types = {'kpi_id': 'VARCHAR', 'municipality_code': 'VARCHAR'})`
		);
		const stmt = await conn.prepare(
			`SELECT * FROM o WHERE kpi_id = ? AND list_contains(string_split(?, ','), municipality_code)`
		);
		const result = await stmt.query(kpi, municipalities.join(','));
		await stmt.close();
		return { ms: performance.now() - t0, rows: result.numRows };
	} finally {
		await db.terminate();
	}
}
