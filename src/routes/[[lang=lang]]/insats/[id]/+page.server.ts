import { error } from '@sveltejs/kit';
import { answersTo } from '$lib/audits/views';
import { measurePage } from '$lib/followup/views/pages';
import { entriesFor, followUp } from '$lib/server/assessed';
import { langOf } from '$lib/i18n';

export const entries = () => entriesFor(followUp().data.measures.map((m) => m.id));

export const load = ({ params }) => {
	const page = measurePage(followUp(), params.id, langOf(params.lang));
	if (!page) error(404, `Okänd insats: ${params.id}`);
	return { ...page, answers: answersTo(followUp(), 'measure', params.id, langOf(params.lang)) };
};
