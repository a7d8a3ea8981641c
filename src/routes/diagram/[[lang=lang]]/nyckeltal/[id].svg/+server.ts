/**
 * Every key figure's chart as a static .svg file (/diagram/nyckeltal/N02797.svg, English under
 * /diagram/en/…), written by the build, so a report can link to or insert it without opening the site.
 */
import { error } from '@sveltejs/kit';
import { figureFile } from '$lib/charts/kinds';
import { keyFigureFigure } from '$lib/followup/views/charts';
import { indicatorPage } from '$lib/followup/views/pages';
import { entriesFor, followUp } from '$lib/server/assessed';
import { langOf } from '$lib/i18n';

export const prerender = true;
export const entries = () => entriesFor(followUp().data.indicators.map((i) => i.id));

export const GET = ({ params }) => {
	const lang = langOf(params.lang);
	const page = indicatorPage(followUp(), params.id, lang);
	if (!page) error(404, `Okänt nyckeltal: ${params.id}`);
	const figure = keyFigureFigure(
		page,
		{ gender: 'T', from: null, until: null, compare: null, other: null },
		`nyckeltal-${params.id}`,
		lang
	);
	return new Response(figureFile(figure), { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
};
