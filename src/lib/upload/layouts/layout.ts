/**
 * What an upload layout is. A layout says how to recognise a file, which columns it cannot do
 * without, and how its rows become one row per value; everything after that (checks, preview,
 * apply) is the same for every layout. A new layout is one file in this folder and one entry in
 * ./index.ts.
 */
import type { CanonicalColumn } from '../columns';

export type Delimiter = ';' | ',' | '\t';

export interface CsvShape {
	delimiter: Delimiter;
	decimal: ',' | '.';
	header: string[];
	/** For each canonical column, the index of the header it was found under. */
	columns: Partial<Record<CanonicalColumn, number>>;
	layout: CsvLayout;
	/** Columns the layout reads besides the named ones, with what they stand for (a wide sheet's years). */
	extra: { index: number; period: number }[];
}

/**
 * The SQL that every layout's long rows share: cells as written, as text, under these names.
 * `rn` numbers the row DuckDB read; `vcol` and `pcol` are the value's and period's column indexes.
 */
export const LONG_COLUMNS = [
	'rn',
	'vcol',
	'pcol',
	'r_indicator',
	'r_municipality',
	'r_gender',
	'r_status',
	'r_period',
	'r_value'
] as const;

export interface CsvLayout {
	id: 'tidy' | 'wide';
	/** Whether a header is laid out this way. Layouts are asked in ./index.ts's order. */
	detect(header: readonly string[], columns: CsvShape['columns']): boolean;
	/** Columns the file cannot do without. */
	required: readonly CanonicalColumn[];
	/** Columns read besides the named ones. */
	extra(header: readonly string[]): CsvShape['extra'];
	/** The columns that hold values: where the decimal mark is judged. */
	valueColumns(shape: Omit<CsvShape, 'decimal'>): number[];
	/**
	 * SELECT over `stage_raw` (columns c0, c1, …) giving LONG_COLUMNS; `common` selects r_indicator,
	 * r_municipality, r_gender and r_status from the row.
	 */
	long(shape: CsvShape, common: string): string;
	/** Whether a clean file may be taken as it is (../quick.ts): only where a row is one value. */
	quick: boolean;
}

/** A file that is not CSV but becomes one: its values as tidy CSV, each line with the record it came from. */
export interface TextFormat {
	id: 'kolada-json';
	detect(head: string): boolean;
	toCsv(
		text: string
	): { ok: true; csv: string; recordOfLine: number[] } | { ok: false; detail: string; record?: number };
}
