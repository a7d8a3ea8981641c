/**
 * How a CSV file is written, decided from its first lines the way a person would glance at it: the
 * delimiter (`;`, `,` or tab), the header, the layout (./layouts) and whether numbers use a decimal
 * comma.
 */
import Papa from 'papaparse';
import { findColumns } from './columns';
import { CSV_LAYOUTS, type CsvShape, type Delimiter } from './layouts';

export function sniff(text: string): CsvShape {
	const sample = text.slice(0, 64 * 1024);
	const delimiter = sniffDelimiter(sample);
	const rows = Papa.parse<string[]>(sample, { delimiter, preview: 50, skipEmptyLines: true }).data;
	const header = (rows[0] ?? []).map((h) => h.trim());
	const columns = findColumns(header);
	const layout = CSV_LAYOUTS.find((l) => l.detect(header, columns))!;
	const shape = { delimiter, header, columns, layout, extra: layout.extra(header) };
	return { ...shape, decimal: sniffDecimal(rows.slice(1), layout.valueColumns(shape), delimiter) };
}

/** The candidate that splits the most lines into the same number (> 1) of fields wins. */
function sniffDelimiter(sample: string): Delimiter {
	const lines = sample
		.split(/\r?\n/)
		.filter((l) => l.trim() !== '')
		.slice(0, 30);
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
