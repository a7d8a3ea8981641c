/**
 * Every address of the site, in one place: each page's path, its language prefix (`/en`), the
 * chart-only pages for iframes, the static chart files and the published data. Paths here are
 * without the site's base path ($lib/url adds it), so the build, the browser and tests share them.
 */
import type { Lang } from '$lib/i18n/lang';

/** The report of the whole municipality has this id instead of a committee's. */
export const WHOLE_MUNICIPALITY = 'kommunen';

export const route = {
	overview: '/',
	area: (id: string) => `/omrade/${id}/`,
	organisations: '/organisation/',
	organisation: (id: string) => `/organisation/${id}/`,
	measure: (id: string) => `/insats/${id}/`,
	target: (id: string) => `/mal/${id}/`,
	indicator: (id: string) => `/nyckeltal/${id}/`,
	gaps: '/uppfoljningsluckor/',
	statusRules: '/sa-bedoms-status/',
	/** How a target's synthetic comparison municipality is made, and what it cannot tell. */
	effectMethod: '/sa-jamfor-vi/',
	upload: '/ladda-upp/',
	report: (id: string) => `/rapport/${id}/`,
	yearWheel: (id: string) => `/arshjul/${id}/`,
	workspace: '/folj-upp/',
	workspaceMeasures: '/folj-upp/insatser-och-mal/',
	/** The workspace's page for a committee's answers to the auditors and its actions' status. */
	workspaceAudits: '/folj-upp/granskningar/',
	/** A measure's own figure: no page of its own (it is on the measure's), only an embed and a chart file. */
	ownFigure: (measure: string, id: string) => `/insats/${measure}/egna/${id}/`,
	accessibility: '/tillganglighet/',
	audits: '/granskningar/',
	audit: (id: string) => `/granskningar/${id}/`,
	/** The auditors' annual table, "Uppföljning av tidigare granskningar", for a year. */
	auditFollowUp: (year: number) => `/granskningar/uppfoljning/${year}/`
} as const;

/** A page's path in a language: Swedish has no prefix, English lives under /en. */
export function localPath(lang: Lang, path: string): string {
	if (lang === 'sv') return path;
	return path === '/' ? '/en' : `/en${path}`;
}

/** The chart-only page of a page path (`/nyckeltal/N02797/` → `/embed/en/nyckeltal/N02797/`). */
export function embedPath(lang: Lang, path: string): string {
	return `/embed${lang === 'en' ? '/en' : ''}${path}`;
}

/** The static SVG file the build writes for a key figure, a target or a measure's own figure. */
export function diagramPath(lang: Lang, kind: 'nyckeltal' | 'mal' | 'egna', id: string): string {
	return `/diagram${lang === 'en' ? '/en' : ''}/${kind}/${id}.svg`;
}

export const dataPath = (file: string) => `/data/${file}`;

/** An organisation's årshjul (or the whole municipality's) as an iCalendar feed to subscribe to. */
export const calendarPath = (lang: Lang, id: string) => `${lang === 'en' ? '/en' : ''}/arshjul/${id}.ics`;

/** A target's synthetic comparison as files: the gap chart (per language) and one tidy CSV. */
export const effectFiles = (lang: Lang, target: string) => ({
	svg: `${lang === 'en' ? '/diagram/en' : '/diagram'}/effekt/${target}.svg`,
	csv: `/diagram/effekt/${target}.csv`
});

/** The same page in the other language, from a path without the base. */
export function otherLanguagePath(lang: Lang, path: string): string {
	if (lang === 'en') return path.replace(/^\/en(?=\/|$)/, '') || '/';
	return path === '/' ? '/en' : `/en${path}`;
}

/** Which language a path (without the base) is in. */
export const langOfPath = (path: string): Lang => (/^(\/embed)?\/en(\/|$)/.test(path) ? 'en' : 'sv');
