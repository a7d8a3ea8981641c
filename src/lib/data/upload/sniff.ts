/**
 * What kind of file is this? Decided from its first lines, the way a person would glance at it:
 * Kolada JSON or CSV; the delimiter (`;`, `,` or tab); whether numbers use a decimal comma; and
 * whether the layout is tidy (one value per row) or wide (one column per year).
 */
import Papa from 'papaparse';

export type Delimiter = ';' | ',' | '\t';

export interface CsvShape {
	format: 'csv';
	delimiter: Delimiter;
	decimal: ',' | '.';
	header: string[];
	layout: 'tidy' | 'wide';
	/** For each canonical column, the header it was found under (tidy layout). */
	columns: Partial<Record<CanonicalColumn, string>>;
	/** Wide layout: the headers that are years. */
	yearColumns: string[];
}

export type Shape = CsvShape | { format: 'kolada-json' };

export type CanonicalColumn = 'indicator' | 'municipality' | 'period' | 'gender' | 'value' | 'status';

/** Column names people and Kolada use, lower-cased, for each canonical column. */
export const ALIASES: Record<CanonicalColumn, readonly string[]> = {
	indicator: ['indicator', 'nyckeltal', 'kpi', 'kpi_id', 'id', 'variabelkod', 'nyckeltals-id', 'nyckeltalsid'],
	municipality: ['municipality', 'kommun', 'kommunkod', 'municipality_code', 'municipality_id', 'kod', 'code', 'kommun-id'],
	period: ['period', 'år', 'ar', 'year', 'tid'],
	gender: ['gender', 'kön', 'kon', 'sex'],
	value: ['value', 'värde', 'varde'],
	status: ['status']
};

const normal = (h: string) => h.trim().toLowerCase().replace(/^"|"$/g, '');

export function canonicalColumn(header: string): CanonicalColumn | null {
	const h = normal(header);
	for (const [k, names] of Object.entries(ALIASES) as [CanonicalColumn, readonly string[]][]) if (names.includes(h)) return k;
	return null;
}

export function sniff(text: string): Shape {
	const start = text.trimStart();
	if (start.startsWith('{') || start.startsWith('[')) return { format: 'kolada-json' };
	const sample = text.slice(0, 64 * 1024);
	const delimiter = sniffDelimiter(sample);
	const rows = Papa.parse<string[]>(sample, { delimiter, preview: 50, skipEmptyLines: true }).data;
	const header = (rows[0] ?? []).map((h) => h.trim());
	const body = rows.slice(1);
	const columns: CsvShape['columns'] = {};
	for (const h of header) {
		const c = canonicalColumn(h);
		if (c && !columns[c]) columns[c] = h;
	}
	const yearColumns = header.filter((h) => /^\d{4}$/.test(h.trim()));
	const layout = !columns.period && yearColumns.length > 0 ? 'wide' : 'tidy';
	const valueIndexes =
		layout === 'wide' ? yearColumns.map((y) => header.indexOf(y)) : columns.value !== undefined ? [header.indexOf(columns.value)] : [];
	return { format: 'csv', delimiter, decimal: sniffDecimal(body, valueIndexes, delimiter), header, layout, columns, yearColumns };
}

/** The candidate that splits the most lines into the same number (> 1) of fields wins. */
function sniffDelimiter(sample: string): Delimiter {
	const lines = sample.split(/\r?\n/).filter((l) => l.trim() !== '').slice(0, 30);
	let best: Delimiter = ',';
	let bestScore = -1;
	for (const d of [';', '\t', ','] as const) {
		const counts = lines.map((l) => Papa.parse<string[]>(l, { delimiter: d }).data[0]?.length ?? 1);
		const first = counts[0] ?? 1;
		if (first < 2) continue;
		const score = counts.filter((c) => c === first).length * 10 + first;
		if (score > bestScore) {
			bestScore = score;
			best = d;
		}
	}
	return best;
}

/** A decimal comma shows as digits,digits in value cells; with `,` as delimiter it cannot occur unquoted. */
function sniffDecimal(body: string[][], valueIndexes: number[], delimiter: Delimiter): ',' | '.' {
	let comma = 0;
	let point = 0;
	for (const row of body) {
		for (const i of valueIndexes) {
			const v = (row[i] ?? '').replace(/[\s\u00a0\u202f]/g, '');
			if (/^[-−]?\d+,\d+$/.test(v)) comma++;
			else if (/^[-−]?\d+\.\d+$/.test(v)) point++;
		}
	}
	if (comma > point) return ',';
	if (point > comma) return '.';
	return delimiter === ',' ? '.' : ',';
}

/**
 * A number as Swedish or English people write it: spaces (also no-break and narrow no-break) between
 * thousands, `−` or `-` for minus, the sniffed decimal mark. null when the text is no number.
 */
export function parseLocaleNumber(text: string, decimal: ',' | '.'): number | null {
	let t = text.trim().replace(/[\s\u00a0\u202f]/g, '').replace(/^−/, '-');
	if (decimal === ',') {
		if (/\./.test(t) && /,/.test(t)) t = t.replace(/\./g, ''); // 1.234,5
		t = t.replace(',', '.');
	} else if (/,/.test(t)) {
		if (!/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) return null; // 1,234.5 only
		t = t.replace(/,/g, '');
	}
	return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}
