/**
 * A problem in a data file is a value with a kind, a place and the offending text, so it can be
 * shown in Swedish or English, counted, and exported — never a thrown string.
 */
import type { Lang } from '$lib/i18n/lang';
import { strings } from '$lib/i18n/strings';

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

export function describeProblem(p: Problem, lang: Lang): string {
	return strings[lang][`problem_${p.kind}`](p);
}

/** "data/targets.csv, rad 4, kolumn indicator: …" — the one-line form used by the build check. */
export function formatProblem(p: Problem, lang: Lang = 'sv', unit: LineUnit = 'line'): string {
	const where = [p.file];
	if (p.line !== null) where.push(lineLabel(p.line, lang, unit));
	if (p.column !== null) where.push(strings[lang].problem_column(p.column));
	return `${where.join(', ')}: ${describeProblem(p, lang)}`;
}

/** CSV problems are placed by line; a Kolada JSON file's by its n:th value record. */
export type LineUnit = 'line' | 'record';

export function lineLabel(line: number, lang: Lang, unit: LineUnit = 'line'): string {
	return unit === 'record' ? strings[lang].problem_record(line) : strings[lang].problem_line(line);
}
