import { error } from '@sveltejs/kit';
import { indicatorPage } from '$lib/followup/views/pages';
import { entriesFor, followUp } from '$lib/server/assessed';
import { langOf } from '$lib/i18n';

export const entries = () => entriesFor(followUp().data.indicators.map((i) => i.id));

export const load = ({ params }) => {
	const page = indicatorPage(followUp(), params.id, langOf(params.lang));
	if (!page) error(404, `Okänt nyckeltal: ${params.id}`);
	return page;
};
