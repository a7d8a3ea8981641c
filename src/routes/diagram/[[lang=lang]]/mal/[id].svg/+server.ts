/** Every target's chart as a static .svg file (/diagram/mal/t01.svg): the target's series, Riket, baseline, target and trajectory. */
import { error } from '@sveltejs/kit';
import { figureFile } from '$lib/charts/kinds';
import { targetFigure } from '$lib/followup/views/charts';
import { targetPage } from '$lib/followup/views/pages';
import { entriesFor, followUp } from '$lib/server/assessed';
import { langOf } from '$lib/i18n';

export const prerender = true;
export const entries = () => entriesFor(followUp().data.targets.map((x) => x.id));

export const GET = ({ params }) => {
	const lang = langOf(params.lang);
	const page = targetPage(followUp(), params.id, lang);
	if (!page) error(404, `Okänt effektmål: ${params.id}`);
	return new Response(figureFile(targetFigure(page.target.chart, 'riket', lang)), {
		headers: { 'content-type': 'image/svg+xml; charset=utf-8' }
	});
};
