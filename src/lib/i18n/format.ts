/** Numbers and dates as people read them: sv-SE `12,3 %`, `1 234`; en-GB `12.3%`. */
import type { Lang } from '$lib/i18n/lang';

/** The language's locale: how numbers, dates and documents (Word's language) are written. */
export const locale = (lang: Lang) => (lang === 'sv' ? 'sv-SE' : 'en-GB');
const formatters = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, lang: Lang, decimals = 1): string {
	const k = `${lang}|${decimals}`;
	let f = formatters.get(k);
	if (!f) {
		f = new Intl.NumberFormat(locale(lang), { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
		formatters.set(k, f);
	}
	// Intl writes U+2212 for minus in sv-SE; keep it, it is the right typographic sign.
	return f.format(value);
}

/** A value with its unit: `5,97 %` in Swedish (no-break space before %), `5.97%` in English. */
export function formatValue(value: number | null, unit: string, lang: Lang, decimals = 1): string {
	if (value === null) return '–';
	const n = formatNumber(value, lang, decimals);
	if (unit === '%') return lang === 'sv' ? `${n}\u00a0%` : `${n}%`;
	return unit ? `${n}\u00a0${unit}` : n;
}

export function formatDate(iso: string, lang: Lang): string {
	const d = new Date(`${iso}T00:00:00Z`);
	if (Number.isNaN(d.getTime())) return iso;
	return lang === 'sv'
		? iso
		: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(d);
}

/** A share of 1 as a whole percentage: `80 %`, `80%`. */
export function formatShare(share: number, lang: Lang): string {
	return formatValue(share * 100, '%', lang, 0);
}

/**
 * How many decimals show a set of values that belong together (a target's baseline, latest value,
 * expected value and goal) so that no two different ones read alike: 0.660 and 0.678 are "0,7" and
 * "0,7" at one decimal, "0,66" and "0,68" at two. At least `min`, at most `max`.
 */
export function decimalsFor(values: readonly (number | null | undefined)[], min = 1, max = 4): number {
	const shown = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
	for (let d = min; d < max; d++) {
		const scale = 10 ** d;
		const clash = shown.some((a, i) =>
			shown.some((b, j) => j > i && Math.abs(a - b) > 1e-9 && Math.round(a * scale) === Math.round(b * scale))
		);
		if (!clash) return d;
	}
	return max;
}

/** The months' names as the language writes them (`januari`, `January`), from Intl rather than by hand. */
export function monthNames(lang: Lang): string[] {
	const f = new Intl.DateTimeFormat(locale(lang), { month: 'long', timeZone: 'UTC' });
	return Array.from({ length: 12 }, (_, m) => f.format(new Date(Date.UTC(2020, m, 1))));
}

/** Items joined as the language writes a list: `A, B och C`, `A, B and C` (Intl, not by hand). */
export function formatList(items: readonly string[], lang: Lang): string {
	return new Intl.ListFormat(locale(lang), { style: 'long', type: 'conjunction' }).format(items);
}
