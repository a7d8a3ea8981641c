/**
 * The SQL that reads an uploaded file the way people write numbers, codes and genders. Only
 * column names we make up ourselves (c0, c1, …) and numbers appear in the text; the file's own
 * header names never do.
 */
import { FORMULA_START } from '../data/text';

/** The tidy table every layout becomes; also the shape of published and uploaded data. */
export const OBSERVATION_COLUMNS = `{'indicator': 'VARCHAR', 'municipality': 'VARCHAR', 'period': 'INTEGER',
	'gender': 'VARCHAR', 'value': 'DOUBLE', 'status': 'VARCHAR'}`;

export const KEY = 'indicator, municipality, period, gender';

/** Spaces around a cell, no-break and narrow no-break ones included. */
const SPACES = '[ \\t\u00a0\u202f]';
/** The same characters one by one, for the test whether a cell needs the expression at all. */
const SPACE_CHARS = `' ', chr(9), chr(160), chr(8239)`;

/**
 * A cell as text: trimmed, empty → NULL, and a spreadsheet guard (`'=…`, `'-` that our own Excel
 * export writes) taken off again, so an export uploaded again gives the same data.
 */
export const clean = (x: string) =>
	// Most cells need nothing of this: only a cell that starts or ends with a space, or starts with
	// an apostrophe, goes through the regular expressions (half the time of a million-row check).
	`CASE WHEN left(${x}, 1) IN (${SPACE_CHARS}, '''') OR right(${x}, 1) IN (${SPACE_CHARS})
		THEN nullif(regexp_replace(regexp_replace(${x}, '^${SPACES}+|${SPACES}+$', '', 'g'), '^''([=+@\\t\\r-])', '\\1'), '')
		ELSE nullif(${x}, '') END`;

const INTEGER = '-?\\d+';
const EXPONENT = '([eE][-+]?\\d+)?';

/** A number cell without its spaces, its minus sign written `-`: what `number` reads. */
export const compact = (x: string) =>
	`CASE WHEN regexp_matches(${x}, '${SPACES}|^[−–]') THEN regexp_replace(regexp_replace(${x}, '${SPACES}', '', 'g'), '^[−–]', '-') ELSE ${x} END`;

/**
 * A compacted number as Swedish or English people write it, with the file's decimal mark. A
 * thousands separator is only read where it cannot be the decimal mark: `1.234,5` with a decimal
 * comma, `1,234.5` with a decimal point. `1.234` in a comma file and `7,355` in a point file could
 * mean either, so they are refused rather than guessed (./checks.ts says why): a wrong number is
 * worse than a named problem. Only finite numbers are values. NULL when it is no number.
 */
export function number(t: string, decimal: ',' | '.'): string {
	const finite = (v: string) => `(CASE WHEN isfinite(${v}) THEN ${v} END)`;
	if (decimal === ',')
		return `CASE
			WHEN regexp_full_match(${t}, '${INTEGER}(,\\d+)?${EXPONENT}') THEN ${finite(`TRY_CAST(replace(${t}, ',', '.') AS DOUBLE)`)}
			WHEN regexp_full_match(${t}, '-?\\d{1,3}(\\.\\d{3})+,\\d+') THEN ${finite(`TRY_CAST(replace(replace(${t}, '.', ''), ',', '.') AS DOUBLE)`)}
		END`;
	return `CASE
		WHEN regexp_full_match(${t}, '${INTEGER}(\\.\\d+)?${EXPONENT}') THEN ${finite(`TRY_CAST(${t} AS DOUBLE)`)}
		WHEN regexp_full_match(${t}, '-?\\d{1,3}(,\\d{3})+\\.\\d+') THEN ${finite(`TRY_CAST(replace(${t}, ',', '') AS DOUBLE)`)}
	END`;
}

/** Why a cell that is no number in the file's convention is not: the kind of problem to name. */
export function numberProblem(t: string, decimal: ',' | '.'): string {
	const other = decimal === ',' ? '.' : ',';
	const o = other === '.' ? '\\.' : ',';
	return `CASE
		WHEN regexp_full_match(${t}, '-?\\d{1,3}(${o}\\d{3})+') THEN 'ambiguous_number'
		WHEN regexp_full_match(${t}, '-?\\d+${o}\\d+([eE][-+]?\\d+)?') THEN 'other_decimal_mark'
		WHEN regexp_full_match(${t}, '-?\\d+([.,]\\d+)?([eE][-+]?\\d+)?') THEN 'not_finite'
		ELSE 'not_a_number'
	END`;
}

export { FIRST_YEAR, LAST_YEAR } from '../data/cells';

/** T, K, M — and the words people write instead. */
export const gender = (g: string) => `CASE
	WHEN upper(${g}) IN ('T', 'K', 'M') THEN upper(${g})
	WHEN lower(${g}) IN ('totalt', 'total', 'alla', 'all', 'båda', 'both') THEN 'T'
	WHEN lower(${g}) IN ('kvinnor', 'kvinna', 'flickor', 'women', 'female', 'f') THEN 'K'
	WHEN lower(${g}) IN ('män', 'man', 'pojkar', 'men', 'male') THEN 'M'
END`;

export const MARKS = `('..', '-', '.')`;
/** How R (rKolada's CSV) and some exports write an empty value: missing, without a mark. */
export const NO_VALUE = `('NA')`;

/** A spreadsheet would run a cell that starts like a formula (../data/text.ts): prefix it with an apostrophe. */
export const guard = (x: string) =>
	`CASE WHEN regexp_matches(${x}, '${FORMULA_START.source}') THEN '''' || ${x} ELSE ${x} END`;
