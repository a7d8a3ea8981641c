/** Every target's chart as a static .svg file (/diagram/mal/t01.svg): the target's series, Riket, baseline, target and trajectory. */
import { error } from '@sveltejs/kit';
import { chartSvg } from '$lib/charts/svg-document';
import { targetPage } from '$lib/followup/pages';
import { entriesFor, followUp } from '$lib/server/followup';
import { langOf } from '$lib/i18n';

export const prerender = true;
export const entries = () => entriesFor(followUp().data.targets.map((x) => x.id));

export const GET = ({ params }) => {
	const lang = langOf(params.lang);
	const page = targetPage(followUp(), params.id, lang);
	if (!page) error(404, `Okänt effektmål: ${params.id}`);
	const c = page.target.chart;
	const svg = chartSvg({
		title: c.title,
		unit: c.unit,
		series: c.comparisons.riket ? [c.main, c.comparisons.riket] : [c.main],
		target: c.target,
		source: c.source,
		summary: c.summary,
		lang
	});
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
};
