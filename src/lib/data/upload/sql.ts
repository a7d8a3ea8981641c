/**
 * The SQL that reads an uploaded file the way people write numbers, codes and genders. Only
 * column names we make up ourselves (c0, c1, …) and numbers appear in the text; the file's own
 * header names never do.
 */

/** The tidy table every layout becomes; also the shape of published and uploaded data. */
export const OBSERVATION_COLUMNS = `{'indicator': 'VARCHAR', 'municipality': 'VARCHAR', 'period': 'INTEGER',
	'gender': 'VARCHAR', 'value': 'DOUBLE', 'status': 'VARCHAR'}`;

export const KEY = 'indicator, municipality, period, gender';

/** Spaces around a cell, no-break and narrow no-break ones included. */
const SPACES = '[ \\t\u00a0\u202f]';

/**
 * A cell as text: trimmed, empty → NULL, and a spreadsheet guard (`'=…`, `'-` that our own Excel
 * export writes) taken off again, so an export uploaded again gives the same data.
 */
export const clean = (x: string) =>
	`nullif(regexp_replace(regexp_replace(${x}, '^${SPACES}+|${SPACES}+$', '', 'g'), '^''([=+@\\t\\r-])', '\\1'), '')`;

const INTEGER = '-?\\d+';
const EXPONENT = '([eE][-+]?\\d+)?';

/** A number cell without its spaces, its minus sign written `-`: what `number` reads. */
export const compact = (x: string) => `regexp_replace(regexp_replace(${x}, '${SPACES}', '', 'g'), '^[−–]', '-')`;

/**
 * A compacted number as Swedish or English people write it, with the sniffed decimal mark. With a
 * decimal comma, a point is never read as a thousands separator on its own (`1.234` is refused, not
 * read as 1234): a wrong number is worse than a named problem. NULL when it is no number.
 */
export function number(t: string, decimal: ',' | '.'): string {
	if (decimal === ',')
		return `CASE
			WHEN regexp_full_match(${t}, '${INTEGER}(,\\d+)?${EXPONENT}') THEN TRY_CAST(replace(${t}, ',', '.') AS DOUBLE)
			WHEN regexp_full_match(${t}, '-?\\d{1,3}(\\.\\d{3})+,\\d+') THEN TRY_CAST(replace(replace(${t}, '.', ''), ',', '.') AS DOUBLE)
		END`;
	return `CASE
		WHEN regexp_full_match(${t}, '${INTEGER}(\\.\\d+)?${EXPONENT}') THEN TRY_CAST(${t} AS DOUBLE)
		WHEN regexp_full_match(${t}, '-?\\d{1,3}(,\\d{3})+(\\.\\d+)?') THEN TRY_CAST(replace(${t}, ',', '') AS DOUBLE)
	END`;
}

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

/** A spreadsheet would run a cell that starts like a formula: prefix it with an apostrophe. */
export const guard = (x: string) => `CASE WHEN regexp_matches(${x}, '^[=+@\\t\\r-]') THEN '''' || ${x} ELSE ${x} END`;
