/**
 * Every key figure's chart as a static .svg file (/diagram/nyckeltal/N02797.svg, English under
 * /diagram/en/…), written by the build, so a report can link to or insert it without opening the site.
 */
import { error } from '@sveltejs/kit';
import { chartSvg } from '$lib/charts/svg-document';
import { indicatorPage } from '$lib/followup/pages';
import { entriesFor, followUp } from '$lib/server/followup';
import { langOf, t } from '$lib/i18n';

export const prerender = true;
export const entries = () => entriesFor(followUp().data.indicators.map((i) => i.id));

export const GET = ({ params }) => {
	const lang = langOf(params.lang);
	const page = indicatorPage(followUp(), params.id, lang);
	if (!page) error(404, `Okänt nyckeltal: ${params.id}`);
	const view = page.byGender.T!;
	const svg = chartSvg({
		title: page.indicator.title,
		unit: page.indicator.unit,
		series: view.series,
		band: view.band,
		bandLabel: page.group ? `${page.group.title}: ${t(lang).lowest_highest}` : undefined,
		source: `${page.indicator.source}, ${page.indicator.id}`,
		summary: view.summary,
		lang
	});
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
};
