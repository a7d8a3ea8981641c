/** Every measure's own figure as a static .svg file (/diagram/egna/m01-arbete.svg), small values never shown. */
import { error } from '@sveltejs/kit';
import { figureFile } from '$lib/charts/kinds';
import { measureDetail } from '$lib/followup/views/entities';
import { entriesFor, followUp } from '$lib/server/assessed';
import { langOf } from '$lib/i18n';

export const prerender = true;
export const entries = () => entriesFor(followUp().ownFigures.map((i) => i.id));

export const GET = ({ params }) => {
	const lang = langOf(params.lang);
	const own = followUp().ownFigures.find((i) => i.id === params.id);
	const figure = own
		? measureDetail(followUp(), own.own!.measure, lang)?.figures.find((f) => f.id === `own-${params.id}`)
		: undefined;
	if (!figure) error(404, `Okänt eget nyckeltal: ${params.id}`);
	return new Response(figureFile(figure), { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
};
