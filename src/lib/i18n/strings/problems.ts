/**
 * What each kind of problem in a data file means, and what to do about it. A problem is a value
 * (./../../data/problems.ts) worded here only when shown, in the language of the page.
 */

/** What a message may say of a problem: the text as it stood, its column and the kind's detail. */
interface P {
	text: string;
	column: string | null;
	detail?: string;
	severity?: 'warning';
}

const quote = (s: string) => `”${s.length > 60 ? s.slice(0, 57) + '…' : s}”`;

export const sv = {
	problem_line: (line: number) => `rad ${line}`,
	problem_record: (line: number) => `post ${line}`,
	problem_column: (column: string) => `kolumn ${column}`,
	problem_missing_file: (_p: P) => 'Filen saknas.',
	problem_empty_file: (_p: P) => 'Filen är tom.',
	problem_csv_syntax: (p: P) => `Filen kan inte läsas som CSV: ${p.detail ?? p.text}.`,
	problem_bad_json: (p: P) => `Filen är inte giltig JSON: ${p.detail ?? p.text}.`,
	problem_missing_column: (p: P) => `Kolumnen ${quote(p.column ?? '')} saknas.`,
	problem_unknown_column: (p: P) =>
		`Okänd kolumn ${quote(p.text)}${p.detail ? ` (tillåtna: ${p.detail})` : ''}.${p.severity === 'warning' ? ' Den läses inte in.' : ''}`,
	problem_duplicate_column: (p: P) => `Kolumnen ${quote(p.text)} finns två gånger.`,
	problem_ragged_row: (p: P) => {
		const [found, expected] = (p.detail ?? '').split('/');
		return `Raden har ${found} fält men rubrikraden har ${expected}. Kontrollera citattecken och avgränsare.`;
	},
	problem_required: (_p: P) => 'Värde saknas i en kolumn som måste fyllas i.',
	problem_not_a_number: (p: P) => `${quote(p.text)} är inte ett tal.`,
	problem_not_a_year: (p: P) => `${quote(p.text)} är inte ett år (fyra siffror, t.ex. 2022).`,
	problem_not_a_date: (p: P) => `${quote(p.text)} är inte ett datum (ÅÅÅÅ-MM-DD).`,
	problem_not_allowed: (p: P) => `${quote(p.text)} är inte tillåtet här (tillåtna värden: ${p.detail}).`,
	problem_bad_code: (p: P) =>
		`${quote(p.text)} är ingen kommunkod med fyra siffror${p.detail ? ` – menade du ${p.detail}?` : '.'}`,
	problem_unknown_reference: (p: P) => `${quote(p.text)} finns inte i ${p.detail}.`,
	problem_duplicate_key: (p: P) => `Samma nyckel finns redan${p.detail ? ` på rad ${p.detail}` : ''}: ${quote(p.text)}.`,
	problem_period_order: (p: P) => `Målåret måste komma efter basåret (${p.detail}).`,
	problem_binary_file: (_p: P) => 'Filen är ingen textfil (kanske en bild eller ett Excel-ark). Spara den som CSV och försök igen.',
	problem_too_large: (p: P) => {
		const [size, max] = (p.detail ?? '').split('/');
		return `Filen är ${size} MB. Följupp tar emot högst ${max} MB åt gången: dela upp den.`;
	},
	problem_no_rows: (_p: P) => 'Filen har en rubrikrad men inga värden.',
	problem_unterminated_quote: (_p: P) => 'Ett citattecken (") öppnas men stängs aldrig. Allt därefter kan inte läsas.',
	problem_bad_id: (p: P) => `${quote(p.text)} är inget giltigt id för ett nyckeltal (bokstäver och siffror, t.ex. N02797).`,
	problem_conflicting_duplicate: (p: P) =>
		`Samma nyckeltal, kommun, år och kön finns redan på rad ${p.detail} men med ett annat värde: ${quote(p.text)}.`,
	problem_unknown_municipality: (p: P) => `${quote(p.text)} är ingen kommun- eller regionkod som Kolada använder.`
};

export const en: typeof sv = {
	problem_line: (line) => `line ${line}`,
	problem_record: (line) => `record ${line}`,
	problem_column: (column) => `column ${column}`,
	problem_missing_file: () => 'The file is missing.',
	problem_empty_file: () => 'The file is empty.',
	problem_csv_syntax: (p) => `The file cannot be read as CSV: ${p.detail ?? p.text}.`,
	problem_bad_json: (p) => `The file is not valid JSON: ${p.detail ?? p.text}.`,
	problem_missing_column: (p) => `The column ${quote(p.column ?? '')} is missing.`,
	problem_unknown_column: (p) =>
		`Unknown column ${quote(p.text)}${p.detail ? ` (allowed: ${p.detail})` : ''}.${p.severity === 'warning' ? ' It is not read.' : ''}`,
	problem_duplicate_column: (p) => `The column ${quote(p.text)} appears twice.`,
	problem_ragged_row: (p) => {
		const [found, expected] = (p.detail ?? '').split('/');
		return `The row has ${found} fields but the header has ${expected}. Check quotes and delimiters.`;
	},
	problem_required: () => 'A value is missing in a column that must be filled in.',
	problem_not_a_number: (p) => `${quote(p.text)} is not a number.`,
	problem_not_a_year: (p) => `${quote(p.text)} is not a year (four digits, e.g. 2022).`,
	problem_not_a_date: (p) => `${quote(p.text)} is not a date (YYYY-MM-DD).`,
	problem_not_allowed: (p) => `${quote(p.text)} is not allowed here (allowed values: ${p.detail}).`,
	problem_bad_code: (p) =>
		`${quote(p.text)} is not a four-digit municipality code${p.detail ? ` – did you mean ${p.detail}?` : '.'}`,
	problem_unknown_reference: (p) => `${quote(p.text)} does not exist in ${p.detail}.`,
	problem_duplicate_key: (p) => `The same key already exists${p.detail ? ` on line ${p.detail}` : ''}: ${quote(p.text)}.`,
	problem_period_order: (p) => `The target year must come after the baseline year (${p.detail}).`,
	problem_binary_file: () => 'The file is not a text file (perhaps an image or an Excel workbook). Save it as CSV and try again.',
	problem_too_large: (p) => {
		const [size, max] = (p.detail ?? '').split('/');
		return `The file is ${size} MB. Följupp accepts at most ${max} MB at a time: split it.`;
	},
	problem_no_rows: () => 'The file has a header row but no values.',
	problem_unterminated_quote: () => 'A quotation mark (") is opened but never closed. Nothing after it can be read.',
	problem_bad_id: (p) => `${quote(p.text)} is not a valid key-figure id (letters and digits, e.g. N02797).`,
	problem_conflicting_duplicate: (p) =>
		`The same key figure, municipality, year and gender is already on line ${p.detail}, with another value: ${quote(p.text)}.`,
	problem_unknown_municipality: (p) => `${quote(p.text)} is not a municipality or region code that Kolada uses.`
};
