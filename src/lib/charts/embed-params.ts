/**
 * An embed's view from its query string, checked: a value that cannot be used is named and the
 * default shown instead, so a mistyped link still gives a chart and says what it ignored.
 */
import type { Gender } from '$lib/data/model';

export interface EmbedView {
	gender: Gender;
	from: number | null;
	/** "Frozen": only values up to and including this year, as a report decided then showed them. */
	until: number | null;
	compare: string | null;
	ignored: string[];
}

export function embedView(q: URLSearchParams, allowed: { genders: readonly Gender[]; years: readonly number[]; compare: readonly string[] }): EmbedView {
	const ignored: string[] = [];
	const year = (name: string) => {
		const v = q.get(name);
		if (v === null || v === '') return null;
		const n = Number(v);
		if (/^\d{4}$/.test(v) && allowed.years.includes(n)) return n;
		ignored.push(`${name}=${v}`);
		return null;
	};
	const k = q.get('kon');
	let gender: Gender = 'T';
	if (k !== null && k !== '') {
		if ((allowed.genders as readonly string[]).includes(k)) gender = k as Gender;
		else ignored.push(`kon=${k}`);
	}
	const from = year('fran');
	const until = year('till');
	const j = q.get('jamfor');
	let compare: string | null = null;
	if (j !== null && j !== '') {
		if (allowed.compare.includes(j)) compare = j;
		else ignored.push(`jamfor=${j}`);
	}
	if (from !== null && until !== null && from > until) {
		ignored.push(`fran=${from}`);
		return { gender, from: null, until, compare, ignored };
	}
	return { gender, from, until, compare, ignored };
}
