import { error } from '@sveltejs/kit';
import { measureDetail } from '$lib/followup/views';
import { entriesFor, followUp } from '$lib/server/followup';
import { langOf } from '$lib/i18n';

export const entries = () => entriesFor(followUp().data.measures.map((m) => m.id));

export const load = ({ params }) => {
	const measure = measureDetail(followUp(), params.id, langOf(params.lang));
	if (!measure) error(404, `Okänd insats: ${params.id}`);
	return { measure };
};
