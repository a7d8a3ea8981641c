/**
 * SqlEngine on native DuckDB (@duckdb/node-api, the same DuckDB version as the WASM build), so
 * `npm run check-data` and the unit tests run the browser's import SQL unchanged.
 */
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SqlEngine, SqlValue } from '../../src/lib/data/upload/engine';

export class NodeEngine implements SqlEngine {
	private constructor(
		private readonly conn: DuckDBConnection,
		private readonly dir: string
	) {}

	static async create(): Promise<NodeEngine> {
		const instance = await DuckDBInstance.create(':memory:');
		return new NodeEngine(await instance.connect(), mkdtempSync(join(tmpdir(), 'foljupp-')));
	}

	async putFile(name: string, bytes: Uint8Array) {
		const path = join(this.dir, name);
		writeFileSync(path, bytes);
		return path;
	}
	async dropFile(name: string) {
		rmSync(join(this.dir, name), { force: true });
	}
	async outputPath(name: string) {
		return join(this.dir, name);
	}
	async takeFile(name: string) {
		const bytes = new Uint8Array(readFileSync(join(this.dir, name)));
		rmSync(join(this.dir, name), { force: true });
		return bytes;
	}
	async run(sql: string, params: SqlValue[] = []) {
		await this.conn.run(sql, params as DuckDBValue[]);
	}
	async all<T>(sql: string, params: SqlValue[] = []): Promise<T[]> {
		const reader = await this.conn.runAndReadAll(sql, params as DuckDBValue[]);
		return reader.getRowObjectsJS().map((row) => {
			const out: Record<string, unknown> = {};
			for (const [k, v] of Object.entries(row)) out[k] = typeof v === 'bigint' ? Number(v) : v;
			return out as T;
		});
	}
	close() {
		this.conn.closeSync();
		rmSync(this.dir, { recursive: true, force: true });
	}
}
