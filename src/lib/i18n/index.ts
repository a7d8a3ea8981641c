/** The language lives in the URL (`/en/…`), so links and embeds keep it. */
import { base } from '$app/paths';
import type { Lang } from '$lib/data/model';
import { strings, type Strings } from './strings';

export { formatDate, formatNumber, formatValue } from './format';
export type { Strings };

export const langOf = (param: string | undefined): Lang => (param === 'en' ? 'en' : 'sv');

export const t = (lang: Lang): Strings => strings[lang];

/** A site path in a language, under the site's base path. `path` starts with `/`. */
export function href(lang: Lang, path: string): string {
	const prefix = lang === 'en' ? '/en' : '';
	const p = path === '/' && prefix ? '' : path;
	return `${base}${prefix}${p}` || '/';
}

/** The same page in the other language. `pathname` is the current URL path, base included. */
export function otherLanguageHref(lang: Lang, pathname: string): string {
	const rest = pathname.slice(base.length);
	if (lang === 'en') return `${base}${rest.replace(/^\/en(?=\/|$)/, '') || '/'}`;
	return `${base}/en${rest === '/' ? '' : rest}`;
}
