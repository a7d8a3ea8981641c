/** Addresses with the site's base path, for links in pages (see ./paths and ./params). */
import { base } from '$app/paths';
import type { Lang } from '$lib/i18n/lang';
import { localPath, otherLanguagePath } from './paths';

export {
	route,
	localPath,
	embedPath,
	diagramPath,
	dataPath,
	calendarPath,
	effectFiles,
	WHOLE_MUNICIPALITY
} from './paths';
export { readView, viewQuery, withView, type View, type Theme } from './params';

/** A site path under the base path. */
export const withBase = (path: string): string => `${base}${path}` || '/';

/** A page's address in a language. `path` starts with `/`. */
export const href = (lang: Lang, path: string): string => withBase(localPath(lang, path));

/** The same page in the other language. `pathname` is the current URL's path, base included. */
export const otherLanguageHref = (lang: Lang, pathname: string): string =>
	withBase(otherLanguagePath(lang, pathname.slice(base.length) || '/'));
