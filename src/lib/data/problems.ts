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
	| 'depends_on_rejected'
	| 'removed_by_import'
	| 'duplicate_key'
	| 'period_order'
	| 'binary_file'
	| 'too_large'
	| 'no_rows'
	| 'unterminated_quote'
	| 'bad_id'
	| 'conflicting_duplicate'
	| 'unknown_municipality'
	| 'bad_encoding'
	| 'line_too_long'
	| 'unreadable_file'
	| 'unreadable_row'
	| 'ambiguous_number'
	| 'other_decimal_mark'
	| 'not_finite'
	| 'implausible_year'
	| 'share_out_of_range'
	| 'share_needs_denominator'
	| 'value_and_mark'
	| 'not_utf8'
	| 'wrong_delimiter'
	| 'baseline_differs'
	| 'baseline_unknown'
	| 'wrong_group'
	| 'contact_missing'
	| 'org_number_missing'
	| 'not_an_org_number'
	| 'not_a_site_url'
	| 'not_evaluated'
	| 'followup_subject'
	| 'not_a_reporting_period'
	| 'no_rhythm'
	| 'future_date'
	| 'not_editable'
	| 'not_an_id'
	| 'unreadable_workbook'
	| 'not_a_period'
	| 'not_a_count'
	| 'period_kind'
	| 'baseline_small'
	| 'invisible_character'
	| 'workbook_too_large'
	| 'workbook_hidden_sheet'
	| 'workbook_duplicate_sheet'
	| 'workbook_formula'
	| 'workbook_error_cell'
	| 'workbook_date_time'
	| 'workbook_unheaded'
	| 'followup_after_end'
	| 'own_figure_elsewhere'
	| 'count_with_denominator'
	| 'mixed_period_kinds'
	| 'part_of_itself'
	| 'part_of_not_count'
	| 'part_of_nested'
	| 'parts_not_total'
	| 'answer_not_addressed'
	| 'not_a_due'
	| 'not_a_report'
	| 'reason_needed'
	| 'followup_before_answer';

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
	/** What was probably meant: the closest known id or code. */
	suggestion?: string;
	/** A warning is told but does not stop the file (a column that is not used). Default: error. */
	severity?: 'warning';
}

export const isError = (p: Problem) => p.severity !== 'warning';

/** The largest file the browser is asked to read: 1 M Kolada-shaped rows are about 40 MB. */
export const MAX_UPLOAD_MB = 100;

export function describeProblem(p: Problem, lang: Lang): string {
	const s = strings[lang];
	const hidden = hiddenCharacters(p.text);
	const note = hidden.length ? ` ${s.problem_characters(hidden.map((c) => s[`char_${c.kind}`](c.code, c.char)).join(', '))}` : '';
	return s[`problem_${p.kind}`](p) + note;
}

/**
 * Characters a reader cannot see or tell apart in a message: controls and format characters (a
 * zero-width space, a right-to-left override, NUL) and letters of other scripts that look Latin
 * (a Cyrillic К). Messages show the invisible ones by their code and name all of them.
 */
export function hiddenCharacters(text: string): { kind: 'invisible' | 'lookalike'; code: string; char: string }[] {
	const found = new Map<string, { kind: 'invisible' | 'lookalike'; code: string; char: string }>();
	for (const char of text) {
		const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
		if (/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cn}]/u.test(char) && char !== '\t') found.set(code, { kind: 'invisible', code, char: '' });
		else if (/[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}]/u.test(char)) found.set(code, { kind: 'lookalike', code, char });
	}
	return [...found.values()].slice(0, 5);
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
