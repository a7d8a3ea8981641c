/**
 * `npm run check-data -- --fix`: a data file saved the way Swedish Excel saves it — Windows-1252,
 * semicolons, decimal commas, CRLF — rewritten in the repository's format (UTF-8, commas, decimal
 * points, LF), with every cell as it was. Only what is certain is changed: a decimal comma only in
 * the columns that hold numbers; a file that is not CSV is left for the check to name.
 */
import Papa from 'papaparse';
import { isNumeric } from './cells';
import { decodeWindows1252 } from './text';
import type { Schema } from './table';

export interface Fixed {
	text: string;
	/** What was changed, in words for the one running it (file-level facts: encoding, delimiter, decimals). */
	changes: ('encoding' | 'delimiter' | 'decimal' | 'line_ends' | 'bom')[];
}

function decode(bytes: Uint8Array): { text: string; converted: boolean; bom: boolean } {
	const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
	const body = bom ? bytes.subarray(3) : bytes;
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), converted: false, bom };
	} catch {
		return { text: decodeWindows1252(body), converted: true, bom };
	}
}

/** The file in the repository's format, or null when it already is (or is no CSV this can mend). */
export function fixCsv(bytes: Uint8Array, schema: Schema): Fixed | null {
	const { text, converted, bom } = decode(bytes);
	const changes: Fixed['changes'] = [];
	if (converted) changes.push('encoding');
	if (bom) changes.push('bom');
	const firstLine = text.slice(0, text.search(/\r?\n|$/));
	const delimiter = firstLine.includes(',') ? ',' : firstLine.includes(';') ? ';' : firstLine.includes('\t') ? '\t' : ',';
	if (delimiter !== ',') changes.push('delimiter');
	if (/\r\n/.test(text)) changes.push('line_ends');
	const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: true });
	if (parsed.errors.some((e) => e.type === 'Quotes')) return null;
	const [header = [], ...rows] = parsed.data;
	const numeric = header.map((h) => Object.hasOwn(schema, h.trim()) && isNumeric(schema[h.trim()]!));
	let decimals = false;
	const fixedRows = rows.map((row) =>
		row.map((cell, i) => {
			if (numeric[i] && /^\s*-?\d+,\d+\s*$/.test(cell)) {
				decimals = true;
				return cell.trim().replace(',', '.');
			}
			return cell;
		})
	);
	if (decimals) changes.push('decimal');
	if (changes.length === 0) return null;
	return { text: Papa.unparse([header.map((h) => h.trim()), ...fixedRows], { delimiter: ',', newline: '\n' }) + '\n', changes };
}
