/**
 * A problem in a data file is a value with a kind, a place and the offending text, so it can be
 * shown in Swedish or English, counted, and exported — never a thrown string.
 */
import type { Lang } from '$lib/i18n/lang';

export type ProblemKind =
	| 'missing_file'
	| 'empty_file'
	| 'csv_syntax'
	| 'bad_json'
	| 'missing_column'
	| 'unknown_column'
	| 'duplicate_column'
	| 'ragged_row'
	| 'required'
	| 'not_a_number'
	| 'not_a_year'
	| 'not_a_date'
	| 'not_allowed'
	| 'bad_code'
	| 'unknown_reference'
	| 'duplicate_key'
	| 'period_order'
	| 'binary_file'
	| 'too_large'
	| 'no_rows'
	| 'unterminated_quote'
	| 'bad_id'
	| 'conflicting_duplicate'
	| 'unknown_municipality';

export interface Problem {
	file: string;
	/** 1-based line in the file, or null for a problem of the whole file. */
	line: number | null;
	column: string | null;
	kind: ProblemKind;
	/** The offending text exactly as it stood in the file. */
	text: string;
	/** Kind-specific detail: allowed values, what a reference points at, a suggestion. */
	detail?: string;
	/** A warning is told but does not stop the file (a column that is not used). Default: error. */
	severity?: 'warning';
}

export const isError = (p: Problem) => p.severity !== 'warning';

/** The largest file the browser is asked to read: 1 M Kolada-shaped rows are about 40 MB. */
export const MAX_UPLOAD_MB = 100;

const quote = (s: string) => `”${s.length > 60 ? s.slice(0, 57) + '…' : s}”`;

const messages: Record<Lang, Record<ProblemKind, (p: Problem) => string>> = {
	sv: {
		missing_file: () => 'Filen saknas.',
		empty_file: () => 'Filen är tom.',
		csv_syntax: (p) => `Filen kan inte läsas som CSV: ${p.detail ?? p.text}.`,
		bad_json: (p) => `Filen är inte giltig JSON: ${p.detail ?? p.text}.`,
		missing_column: (p) => `Kolumnen ${quote(p.column ?? '')} saknas.`,
		unknown_column: (p) =>
			`Okänd kolumn ${quote(p.text)}${p.detail ? ` (tillåtna: ${p.detail})` : ''}.${p.severity === 'warning' ? ' Den läses inte in.' : ''}`,
		duplicate_column: (p) => `Kolumnen ${quote(p.text)} finns två gånger.`,
		ragged_row: (p) => {
			const [found, expected] = (p.detail ?? '').split('/');
			return `Raden har ${found} fält men rubrikraden har ${expected}. Kontrollera citattecken och avgränsare.`;
		},
		required: () => 'Värde saknas i en kolumn som måste fyllas i.',
		not_a_number: (p) => `${quote(p.text)} är inte ett tal.`,
		not_a_year: (p) => `${quote(p.text)} är inte ett år (fyra siffror, t.ex. 2022).`,
		not_a_date: (p) => `${quote(p.text)} är inte ett datum (ÅÅÅÅ-MM-DD).`,
		not_allowed: (p) => `${quote(p.text)} är inte tillåtet här (tillåtna värden: ${p.detail}).`,
		bad_code: (p) =>
			`${quote(p.text)} är ingen kommunkod med fyra siffror${p.detail ? ` – menade du ${p.detail}?` : '.'}`,
		unknown_reference: (p) => `${quote(p.text)} finns inte i ${p.detail}.`,
		duplicate_key: (p) => `Samma nyckel finns redan${p.detail ? ` på rad ${p.detail}` : ''}: ${quote(p.text)}.`,
		period_order: (p) => `Målåret måste komma efter basåret (${p.detail}).`,
		binary_file: () => 'Filen är ingen textfil (kanske en bild eller ett Excel-ark). Spara den som CSV och försök igen.',
		too_large: (p) => `Filen är ${p.detail} MB. Följupp tar emot högst ${MAX_UPLOAD_MB} MB åt gången: dela upp den.`,
		no_rows: () => 'Filen har en rubrikrad men inga värden.',
		unterminated_quote: () => 'Ett citattecken (") öppnas men stängs aldrig. Allt därefter kan inte läsas.',
		bad_id: (p) => `${quote(p.text)} är inget giltigt id för ett nyckeltal (bokstäver och siffror, t.ex. N02797).`,
		conflicting_duplicate: (p) =>
			`Samma nyckeltal, kommun, år och kön finns redan på rad ${p.detail} men med ett annat värde: ${quote(p.text)}.`,
		unknown_municipality: (p) => `${quote(p.text)} är ingen kommun- eller regionkod som Kolada använder.`
	},
	en: {
		missing_file: () => 'The file is missing.',
		empty_file: () => 'The file is empty.',
		csv_syntax: (p) => `The file cannot be read as CSV: ${p.detail ?? p.text}.`,
		bad_json: (p) => `The file is not valid JSON: ${p.detail ?? p.text}.`,
		missing_column: (p) => `The column ${quote(p.column ?? '')} is missing.`,
		unknown_column: (p) =>
			`Unknown column ${quote(p.text)}${p.detail ? ` (allowed: ${p.detail})` : ''}.${p.severity === 'warning' ? ' It is not read.' : ''}`,
		duplicate_column: (p) => `The column ${quote(p.text)} appears twice.`,
		ragged_row: (p) => {
			const [found, expected] = (p.detail ?? '').split('/');
			return `The row has ${found} fields but the header has ${expected}. Check quotes and delimiters.`;
		},
		required: () => 'A value is missing in a column that must be filled in.',
		not_a_number: (p) => `${quote(p.text)} is not a number.`,
		not_a_year: (p) => `${quote(p.text)} is not a year (four digits, e.g. 2022).`,
		not_a_date: (p) => `${quote(p.text)} is not a date (YYYY-MM-DD).`,
		not_allowed: (p) => `${quote(p.text)} is not allowed here (allowed values: ${p.detail}).`,
		bad_code: (p) =>
			`${quote(p.text)} is not a four-digit municipality code${p.detail ? ` – did you mean ${p.detail}?` : '.'}`,
		unknown_reference: (p) => `${quote(p.text)} does not exist in ${p.detail}.`,
		duplicate_key: (p) => `The same key already exists${p.detail ? ` on line ${p.detail}` : ''}: ${quote(p.text)}.`,
		period_order: (p) => `The target year must come after the baseline year (${p.detail}).`,
		binary_file: () => 'The file is not a text file (perhaps an image or an Excel workbook). Save it as CSV and try again.',
		too_large: (p) => `The file is ${p.detail} MB. Följupp accepts at most ${MAX_UPLOAD_MB} MB at a time: split it.`,
		no_rows: () => 'The file has a header row but no values.',
		unterminated_quote: () => 'A quotation mark (") is opened but never closed. Nothing after it can be read.',
		bad_id: (p) => `${quote(p.text)} is not a valid key-figure id (letters and digits, e.g. N02797).`,
		conflicting_duplicate: (p) =>
			`The same key figure, municipality, year and gender is already on line ${p.detail}, with another value: ${quote(p.text)}.`,
		unknown_municipality: (p) => `${quote(p.text)} is not a municipality or region code that Kolada uses.`
	}
};

export function describeProblem(p: Problem, lang: Lang): string {
	return messages[lang][p.kind](p);
}

/** "data/targets.csv, rad 4, kolumn indicator: …" — the one-line form used by the build check. */
export function formatProblem(p: Problem, lang: Lang = 'sv', unit: LineUnit = 'line'): string {
	const where = [p.file];
	if (p.line !== null) where.push(lineLabel(p.line, lang, unit));
	if (p.column !== null) where.push(lang === 'sv' ? `kolumn ${p.column}` : `column ${p.column}`);
	return `${where.join(', ')}: ${describeProblem(p, lang)}`;
}

/** CSV problems are placed by line; a Kolada JSON file's by its n:th value record. */
export type LineUnit = 'line' | 'record';

export function lineLabel(line: number, lang: Lang, unit: LineUnit = 'line'): string {
	if (unit === 'record') return lang === 'sv' ? `post ${line}` : `record ${line}`;
	return lang === 'sv' ? `rad ${line}` : `line ${line}`;
}
