/**
 * `npm run check-data -- --fix`: a data file saved the way Swedish Excel saves it — Windows-1252,
 * semicolons, decimal commas, CRLF — rewritten in the repository's format (UTF-8, commas, decimal
 * points, LF), with every cell as it was. Only what is certain is changed: a decimal comma only in
 * the columns that hold numbers; a file that is not CSV is left for the check to name. The result
 * starts with a UTF-8 BOM (every reader of the repository's files skips it), so that Excel, opening it
 * by a double click, reads å, ä and ö right; blank lines are kept, so every line keeps its number.
 */
import Papa from 'papaparse';
import { isNumeric } from './cells';
import { decodeWindows1252 } from './text';
import type { Schema } from './table';

export interface Fixed {
	text: string;
	/** What was changed, in words for the one running it (file-level facts: encoding, delimiter, decimals). */
	changes: ('encoding' | 'delimiter' | 'decimal' | 'line_ends')[];
}

function decode(bytes: Uint8Array): { text: string; converted: boolean } {
	const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
	const body = bom ? bytes.subarray(3) : bytes;
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), converted: false };
	} catch {
		return { text: decodeWindows1252(body), converted: true };
	}
}

/** The file in the repository's format, or null when it already is (or is no CSV this can mend). */
export function fixCsv(bytes: Uint8Array, schema: Schema): Fixed | null {
	const { text, converted } = decode(bytes);
	const changes: Fixed['changes'] = [];
	if (converted) changes.push('encoding');
	const firstLine = text.slice(0, text.search(/\r?\n|$/));
	const delimiter = firstLine.includes(',') ? ',' : firstLine.includes(';') ? ';' : firstLine.includes('\t') ? '\t' : ',';
	if (delimiter !== ',') changes.push('delimiter');
	if (/\r\n/.test(text)) changes.push('line_ends');
	const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
	if (parsed.errors.some((e) => e.type === 'Quotes')) return null;
	const records = parsed.data;
	while (records.length && records.at(-1)!.length === 1 && records.at(-1)![0] === '') records.pop();
	const [header = [], ...rows] = records;
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
	const written = [header.map((h) => h.trim()), ...fixedRows].map((r) => (r.length === 1 && r[0] === '' ? '' : Papa.unparse([r], { delimiter: ',', newline: '\n' })));
	return { text: '\ufeff' + written.join('\n') + '\n', changes };
}
