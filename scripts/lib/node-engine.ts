/**
 * SqlEngine in Node on DuckDB-WASM itself (its Node build, the same duckdb-eh.wasm the browser
 * runs), so `npm run check-data`, `npm run kolada` and the unit tests run the browser's import
 * SQL on the very same engine. Files to read are registered as buffers, as in the browser;
 * COPY … TO writes to a temporary folder.
 */
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { SqlEngine, SqlValue } from '../../src/lib/upload/engine';

const require = createRequire(import.meta.url);
// The Node build's own typings are not reachable through the package's exports map: the little
// of it used here, typed by hand.
type Rows = { toArray(): { toJSON(): unknown }[] };
interface Conn {
	query(sql: string): Rows;
	prepare(sql: string): { query(...params: unknown[]): Rows; close(): void };
	close(): void;
}
interface Db {
	instantiate(): Promise<unknown>;
	open(config: object): void;
	connect(): Conn;
	registerFileBuffer(name: string, bytes: Uint8Array): void;
	dropFile(name: string): void;
}
type Bundle = { mainModule: string; mainWorker: string };
interface Blocking {
	createDuckDB(bundles: { mvp: Bundle; eh: Bundle }, logger: unknown, runtime: unknown): Promise<Db>;
	VoidLogger: new () => unknown;
	NODE_RUNTIME: unknown;
}

export class NodeEngine implements SqlEngine {
	private constructor(
		private readonly db: Db,
		private readonly conn: Conn,
		private readonly dir: string
	) {}

	static async create(): Promise<NodeEngine> {
		const duckdb: Blocking = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');
		const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
		const db = await duckdb.createDuckDB(
			{
				mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
				eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') }
			},
			new duckdb.VoidLogger(),
			duckdb.NODE_RUNTIME
		);
		await db.instantiate();
		db.open({ query: { castBigIntToDouble: true } });
		const conn = db.connect();
		conn.query('SET autoinstall_known_extensions = false');
		conn.query('SET autoload_known_extensions = false');
		return new NodeEngine(db, conn, mkdtempSync(join(tmpdir(), 'foljupp-')));
	}

	async putFile(name: string, bytes: Uint8Array) {
		try {
			this.db.dropFile(name);
		} catch {
			// not registered yet
		}
		this.db.registerFileBuffer(name, bytes);
		return name;
	}
	async dropFile(name: string) {
		this.db.dropFile(name);
	}
	async outputPath(name: string) {
		return join(this.dir, name);
	}
	async takeFile(name: string) {
		const path = join(this.dir, name);
		const bytes = new Uint8Array(readFileSync(path));
		rmSync(path, { force: true });
		return bytes;
	}
	async run(sql: string, params: SqlValue[] = []) {
		this.query(sql, params);
	}
	async all<T>(sql: string, params: SqlValue[] = []): Promise<T[]> {
		return this.query(sql, params)
			.toArray()
			.map((row) => row.toJSON() as T);
	}
	private query(sql: string, params: SqlValue[]) {
		if (params.length === 0) return this.conn.query(sql);
		const stmt = this.conn.prepare(sql);
		try {
			return stmt.query(...params);
		} finally {
			stmt.close();
		}
	}
	close() {
		this.conn.close();
		rmSync(this.dir, { recursive: true, force: true });
	}
}
