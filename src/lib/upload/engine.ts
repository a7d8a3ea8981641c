/**
 * What the importer needs from DuckDB, so that the same SQL runs in the browser (DuckDB-WASM in
 * its worker, ../duckdb.ts) and in Node (`npm run check-data`, the unit tests: DuckDB-WASM's Node
 * build, the same wasm). Values always travel as parameters; only our own table and file
 * names are ever written into SQL text.
 */
export type SqlValue = string | number | boolean | null;

export interface SqlEngine {
	/** Makes bytes readable by `read_csv`; returns the name to read them by. */
	putFile(name: string, bytes: Uint8Array): Promise<string>;
	dropFile(name: string): Promise<void>;
	/** Bytes of a file that `COPY … TO` wrote under a name from putFile's scheme. */
	takeFile(name: string): Promise<Uint8Array>;
	/** A name `COPY … TO` can write to, to be read back with takeFile. */
	outputPath(name: string): Promise<string>;
	run(sql: string, params?: SqlValue[]): Promise<void>;
	all<T>(sql: string, params?: SqlValue[]): Promise<T[]>;
}

/** A string as an SQL literal: for the file names we choose ourselves, never for user text. */
export const literal = (s: string) => `'${s.replaceAll("'", "''")}'`;

/**
 * Rows made here (codes, counts, row numbers) handed to DuckDB as a CSV file, so that their values
 * never enter SQL text: `use` gets a `read_csv(…)` to select from, and the file is gone afterwards.
 */
export async function withRows<T>(
	engine: SqlEngine,
	name: string,
	columns: Record<string, 'VARCHAR' | 'INTEGER' | 'BIGINT'>,
	rows: readonly (readonly (string | number)[])[],
	use: (source: string) => Promise<T>
): Promise<T> {
	const cell = (v: string | number) => (typeof v === 'number' ? String(v) : `"${v.replaceAll('"', '""')}"`);
	const text = [Object.keys(columns).join(','), ...rows.map((r) => r.map(cell).join(','))].join('\n') + '\n';
	const path = await engine.putFile(name, new TextEncoder().encode(text));
	const types = Object.entries(columns)
		.map(([c, t]) => `'${c}': '${t}'`)
		.join(', ');
	try {
		return await use(
			`read_csv(${literal(path)}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = {${types}})`
		);
	} finally {
		await engine.dropFile(name);
	}
}
