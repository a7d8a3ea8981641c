/**
 * A problem in a data file is a value with a kind, a place and the offending text, so it can be
 * shown in Swedish or English, counted, and exported — never a thrown string.
 */
import type { Lang } from './model';

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
	| 'period_order';

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
}

const quote = (s: string) => `”${s.length > 60 ? s.slice(0, 57) + '…' : s}”`;

const messages: Record<Lang, Record<ProblemKind, (p: Problem) => string>> = {
	sv: {
		missing_file: () => 'Filen saknas.',
		empty_file: () => 'Filen är tom.',
		csv_syntax: (p) => `Filen kan inte läsas som CSV: ${p.detail ?? p.text}.`,
		bad_json: (p) => `Filen är inte giltig JSON: ${p.detail ?? p.text}.`,
		missing_column: (p) => `Kolumnen ${quote(p.column ?? '')} saknas.`,
		unknown_column: (p) => `Okänd kolumn ${quote(p.text)}${p.detail ? ` (tillåtna: ${p.detail})` : ''}.`,
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
			`${quote(p.text)} är ingen kommunkod med fyra siffror${p.detail ? ` – menade du ${p.detail}?` : ''}.`,
		unknown_reference: (p) => `${quote(p.text)} finns inte i ${p.detail}.`,
		duplicate_key: (p) => `Samma nyckel finns redan${p.detail ? ` på rad ${p.detail}` : ''}: ${quote(p.text)}.`,
		period_order: (p) => `Målåret måste komma efter basåret (${p.detail}).`
	},
	en: {
		missing_file: () => 'The file is missing.',
		empty_file: () => 'The file is empty.',
		csv_syntax: (p) => `The file cannot be read as CSV: ${p.detail ?? p.text}.`,
		bad_json: (p) => `The file is not valid JSON: ${p.detail ?? p.text}.`,
		missing_column: (p) => `The column ${quote(p.column ?? '')} is missing.`,
		unknown_column: (p) => `Unknown column ${quote(p.text)}${p.detail ? ` (allowed: ${p.detail})` : ''}.`,
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
			`${quote(p.text)} is not a four-digit municipality code${p.detail ? ` – did you mean ${p.detail}?` : ''}.`,
		unknown_reference: (p) => `${quote(p.text)} does not exist in ${p.detail}.`,
		duplicate_key: (p) => `The same key already exists${p.detail ? ` on line ${p.detail}` : ''}: ${quote(p.text)}.`,
		period_order: (p) => `The target year must come after the baseline year (${p.detail}).`
	}
};

export function describeProblem(p: Problem, lang: Lang): string {
	return messages[lang][p.kind](p);
}

/** "data/targets.csv, rad 4, kolumn indicator: …" — the one-line form used by the build check. */
export function formatProblem(p: Problem, lang: Lang = 'sv'): string {
	const where = [p.file];
	if (p.line !== null) where.push(lang === 'sv' ? `rad ${p.line}` : `line ${p.line}`);
	if (p.column !== null) where.push(lang === 'sv' ? `kolumn ${p.column}` : `column ${p.column}`);
	return `${where.join(', ')}: ${describeProblem(p, lang)}`;
}
