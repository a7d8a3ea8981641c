import { error } from '@sveltejs/kit';
import { committeeAudits } from '$lib/audits/views';
import { organisationPage } from '$lib/followup/views/pages';
import { entriesFor, followUp } from '$lib/server/assessed';
import { langOf } from '$lib/i18n';

export const entries = () => entriesFor(followUp().data.organisations.map((o) => o.id));

export const load = ({ params }) => {
	const page = organisationPage(followUp(), params.id, langOf(params.lang));
	if (!page) error(404, `Okänd organisation: ${params.id}`);
	return { ...page, audits: committeeAudits(followUp(), params.id, langOf(params.lang)) };
};
