import { error } from '@sveltejs/kit';
import { measureDetail } from '$lib/followup/views/entities';
import { followUp } from '$lib/server/assessed';
import { langOf } from '$lib/i18n';

export const entries = () =>
	followUp().ownFigures.flatMap((i) => [
		{ id: i.own!.measure, figure: i.id },
		{ id: i.own!.measure, figure: i.id, lang: 'en' }
	]);

export const load = ({ params }) => {
	const lang = langOf(params.lang);
	const figure = measureDetail(followUp(), params.id, lang)?.figures.find((f) => f.id === `own-${params.figure}`);
	if (!figure) error(404, `Okänt eget nyckeltal: ${params.id}/${params.figure}`);
	return { figure, measure: params.id, lang };
};
