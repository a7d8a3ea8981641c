import { error } from '@sveltejs/kit';
import { yearWheelPage } from '$lib/followup/views/pages';
import { entriesFor, followUp } from '$lib/server/assessed';
import { langOf } from '$lib/i18n';

export const entries = () =>
	entriesFor(
		followUp()
			.data.organisations.filter((o) => o.kind !== 'external')
			.map((o) => o.id)
	);

export const load = ({ params }) => {
	const page = yearWheelPage(followUp(), params.id, langOf(params.lang));
	if (!page) error(404, `Okänd organisation: ${params.id}`);
	return page;
};
