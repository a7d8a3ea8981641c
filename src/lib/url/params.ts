/**
 * The view a link holds in its query string, read and written in one place: `kon` (T/K/M),
 * `fran` and `till` (years; `till` freezes a chart at the values up to that year), `jamfor` (what to
 * compare with), `period` (a report's period, `delar-2025`), `tema` (`ljus`/`mork`) and `effekt` (`ja`: a
 * target's embed shows its synthetic comparison too). A value that
 * cannot be used is named in `ignored` and the default is used, so a mistyped link still shows
 * something and can say what it left out.
 */
import { GENDERS, type Gender } from '$lib/model/model';
import { CURRENT, parseReportPeriod, reportPeriodCode, type ReportPeriod } from '$lib/model/periods';

export type Theme = 'light' | 'dark';

export interface View {
	gender: Gender;
	from: number | null;
	until: number | null;
	compare: string | null;
	period: ReportPeriod;
	theme: Theme | null;
	/** A target's embed shows the synthetic comparison under its chart. */
	effect: boolean;
}

export interface Allowed {
	genders?: readonly Gender[];
	/** Years `fran` and `till` may name; any four-digit year when absent. */
	years?: readonly number[];
	/** Values `jamfor` may take; none when absent. */
	compare?: readonly string[];
}

export const DEFAULT_VIEW: View = {
	gender: 'T',
	from: null,
	until: null,
	compare: null,
	period: CURRENT,
	theme: null,
	effect: false
};

export function readView(q: URLSearchParams, allowed: Allowed = {}): View & { ignored: string[] } {
	const ignored: string[] = [];
	const given = (name: string) => {
		const v = q.get(name);
		return v === null || v === '' ? null : v;
	};
	const year = (name: string) => {
		const v = given(name);
		if (v === null) return null;
		const n = Number(v);
		if (/^\d{4}$/.test(v) && (!allowed.years || allowed.years.includes(n))) return n;
		ignored.push(`${name}=${v}`);
		return null;
	};
	const k = given('kon');
	let gender: Gender = 'T';
	if (k !== null) {
		if ((allowed.genders ?? GENDERS).includes(k as Gender)) gender = k as Gender;
		else ignored.push(`kon=${k}`);
	}
	let from = year('fran');
	const until = year('till');
	const j = given('jamfor');
	let compare: string | null = null;
	if (j !== null) {
		if (allowed.compare?.includes(j)) compare = j;
		else ignored.push(`jamfor=${j}`);
	}
	if (from !== null && until !== null && from > until) {
		ignored.push(`fran=${from}`);
		from = null;
	}
	const p = given('period');
	const period = parseReportPeriod(p) ?? CURRENT;
	if (p !== null && period === CURRENT) ignored.push(`period=${p}`);
	const tema = given('tema');
	const theme: Theme | null =
		tema === 'mork' || tema === 'dark' ? 'dark' : tema === 'ljus' || tema === 'light' ? 'light' : null;
	if (tema !== null && theme === null) ignored.push(`tema=${tema}`);
	const e = given('effekt');
	const effect = e !== null && ['ja', 'yes', '1', 'true'].includes(e);
	if (e !== null && !effect && !['nej', 'no', '0', 'false'].includes(e)) ignored.push(`effekt=${e}`);
	return { gender, from, until, compare, period, theme, effect, ignored };
}

/** The query string of a view (`?kon=K&fran=2015`): defaults are left out, so links stay short. */
export function viewQuery(view: Partial<View>): string {
	const q = new URLSearchParams();
	if (view.gender && view.gender !== 'T') q.set('kon', view.gender);
	if (view.from != null) q.set('fran', String(view.from));
	if (view.until != null) q.set('till', String(view.until));
	if (view.compare) q.set('jamfor', view.compare);
	const period = view.period ? reportPeriodCode(view.period) : null;
	if (period) q.set('period', period);
	if (view.theme) q.set('tema', view.theme === 'dark' ? 'mork' : 'ljus');
	if (view.effect) q.set('effekt', 'ja');
	const s = q.toString();
	return s ? `?${s}` : '';
}

const NAMES: Record<keyof View, string> = {
	gender: 'kon',
	from: 'fran',
	until: 'till',
	compare: 'jamfor',
	period: 'period',
	theme: 'tema',
	effect: 'effekt'
};

/** The same URL with part of its view changed (a default removes the parameter); the rest stays. */
export function withView(url: URL, change: Partial<View>): URL {
	const next = new URL(url);
	const written = new URLSearchParams(viewQuery(change).slice(1));
	for (const key of Object.keys(change) as (keyof View)[]) {
		const name = NAMES[key];
		next.searchParams.delete(name);
		const v = written.get(name);
		if (v !== null) next.searchParams.set(name, v);
	}
	return next;
}
