import { error } from '@sveltejs/kit';
import { organisationView } from '$lib/followup/views';
import { entriesFor, followUp } from '$lib/server/followup';
import { langOf } from '$lib/i18n';

export const entries = () => entriesFor(followUp().data.organisations.map((o) => o.id));

export const load = ({ params }) => {
	const f = followUp();
	const lang = langOf(params.lang);
	const organisation = organisationView(f, params.id, lang);
	if (!organisation) error(404, `Okänd organisation: ${params.id}`);
	const gaps = f.gaps().filter((g) => g.organisation === params.id).length;
	return { organisation, gaps };
};
