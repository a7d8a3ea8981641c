/**
 * Readers for one cell of a data file. Each says what it accepts and, when the text does not fit,
 * which kind of problem it is — the caller adds file, line and column.
 */
import type { ProblemKind } from './problems';
import { readPeriodText } from '../model/period-text';
import { periodTime, type Period } from '../model/periods';

export type CellResult<T> = { ok: true; value: T } | { ok: false; kind: ProblemKind; detail?: string };
export type Cell<T> = (text: string) => CellResult<T>;

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = (kind: ProblemKind, detail?: string): CellResult<never> => ({ ok: false, kind, detail });

export const text: Cell<string> = (t) => (t === '' ? fail('required') : ok(t));

/** An id that becomes part of a page's address (`/insats/m01/`): ASCII letters, digits, - and _. */
export const id: Cell<string> = (t) => (t === '' ? fail('required') : /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/.test(t) ? ok(t) : fail('not_an_id'));

/** Years a value or a target can be for: anything else is a typing error (0, 1066, 9999). */
export const FIRST_YEAR = 1950;
export const LAST_YEAR = 2100;

export const year: Cell<number> = (t) => {
	if (!/^\d{4}$/.test(t)) return fail('not_a_year');
	const y = Number(t);
	return y >= FIRST_YEAR && y <= LAST_YEAR ? ok(y) : fail('implausible_year', `${FIRST_YEAR}–${LAST_YEAR}`);
};

/** Decimal point, optional minus: the repository's own format (uploads accept more, see ./upload). Only finite numbers. */
export const number: Cell<number> = numeric((t) => {
	if (!/^[-−]?\d+(\.\d+)?$/.test(t)) return fail('not_a_number');
	const n = Number(t.replace('−', '-'));
	return Number.isFinite(n) ? ok(n) : fail('not_finite');
});

export const wholeNumber: Cell<number> = (t) => (/^\d{1,6}$/.test(t) ? ok(Number(t)) : fail('not_a_number'));

/** Marks a cell that holds a decimal number, so `check-data --fix` knows where a decimal comma may be turned into a point. */
function numeric<T>(cell: Cell<T>): Cell<T> {
	return Object.assign(cell, { numeric: true });
}
export const isNumeric = (cell: Cell<unknown>): boolean => (cell as { numeric?: boolean }).numeric === true;
const like = <C extends Cell<unknown>>(from: Cell<unknown>, to: C): C => Object.assign(to, { numeric: isNumeric(from) });

export const date: Cell<string> = (t) => {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
	if (!m) return fail('not_a_date');
	const d = new Date(`${t}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(t) ? ok(t) : fail('not_a_date');
};

/** Municipality codes are text: `0138`, never `138`. Offer the padded code when digits went missing. */
export const code: Cell<string> = (t) => {
	if (/^\d{4}$/.test(t)) return ok(t);
	if (/^\d{1,3}$/.test(t)) return fail('bad_code', t.padStart(4, '0'));
	return fail('bad_code');
};

export function oneOf<const V extends string>(values: readonly V[]): Cell<V> {
	return (t) =>
		(values as readonly string[]).includes(t) ? ok(t as V) : fail('not_allowed', values.join(', '));
}

/** One of `values`, written as its id or as one of its words (any case): `halvår` for `half`. */
export function word<const V extends string>(values: Record<V, readonly string[]>): Cell<V> {
	const byWord = new Map<string, V>();
	for (const [id, words] of Object.entries(values) as [V, readonly string[]][]) for (const w of [id, ...words]) byWord.set(w.toLowerCase(), id);
	// The allowed values as ids with their first word: "ongoing (pågående)".
	const allowed = (Object.entries(values) as [V, readonly string[]][]).map(([id, words]) => (words[0] ? `${id} (${words[0]})` : id)).join(', ');
	return (t) => {
		const v = byWord.get(t.trim().toLowerCase());
		return v ? ok(v) : fail('not_allowed', allowed);
	};
}

export const yesNo: Cell<boolean> = (t) =>
	t === 'yes' || t === 'ja' ? ok(true) : t === 'no' || t === 'nej' ? ok(false) : fail('not_allowed', 'yes (ja), no (nej)');

/** Ids separated by `;` (a measure's partners, a group's members). */
export const list: Cell<string[]> = (t) =>
	ok(
		t
			.split(';')
			.map((s) => s.trim())
			.filter((s) => s !== '')
	);

/** An empty cell is null; anything else must satisfy `cell`. */
export function optional<T>(cell: Cell<T>): Cell<T | null> {
	return like(cell, (t: string) => (t === '' ? ok(null) : cell(t)));
}

/** A column a file may leave out altogether (an English text, a newer column): absent, every cell is empty. */
export function mayBeAbsent<T>(cell: Cell<T | null>): Cell<T | null> & { absent: true } {
	return Object.assign(like(cell, (t: string) => cell(t)), { absent: true as const });
}

export const isAbsentable = (cell: Cell<unknown>): boolean => (cell as { absent?: boolean }).absent === true;

/**
 * A target's baseline or target period: a year (`2019`), or for a measure's own figure one of its
 * shorter periods in any form ./period-text.ts reads (`2025H2`, `HT 2025`), as a time on the scale of
 * ./periods.ts (`periodTime`). Which is allowed for which key figure is checked in ./load.ts.
 */
export const periodOrYear: Cell<number> = (t) => {
	if (/^\d{4}$/.test(t.trim())) return year(t.trim());
	const p = readPeriodText(t);
	return p ? ok(periodTime(p)) : fail('not_a_period');
};

/** A period of a measure's own figure, in any form ./period-text.ts reads. */
export const periodText: Cell<Period> = (t) => {
	const p = readPeriodText(t);
	return p ? ok(p) : fail('not_a_period');
};
