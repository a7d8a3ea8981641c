import { error } from '@sveltejs/kit';
import { indicatorPage } from '$lib/followup/views/pages';
import { entriesFor, followUp } from '$lib/server/assessed';
import { langOf } from '$lib/i18n';

export const entries = () => entriesFor(followUp().data.indicators.map((i) => i.id));

export const load = ({ params }) => {
	const lang = langOf(params.lang);
	const page = indicatorPage(followUp(), params.id, lang);
	if (!page) error(404, `Okänt nyckeltal: ${params.id}`);
	// An embed needs neither the list of kommuner nor the targets: keep the frame light.
	const { kommuner: _k, targets: _t, ...rest } = page;
	return { ...rest, lang };
};
