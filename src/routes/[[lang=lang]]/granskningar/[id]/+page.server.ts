import { error } from '@sveltejs/kit';
import { auditPage } from '$lib/audits/views';
import { entriesFor, followUp } from '$lib/server/assessed';
import { langOf } from '$lib/i18n';

export const entries = () => entriesFor(followUp().data.audits.audits.map((a) => a.id));

export const load = ({ params }) => {
	const page = auditPage(followUp(), params.id, langOf(params.lang));
	if (!page) error(404, `Okänd granskning: ${params.id}`);
	return page;
};
