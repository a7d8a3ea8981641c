import { error } from '@sveltejs/kit';
import { areaPage } from '$lib/followup/views/pages';
import { followUp } from '$lib/server/assessed';
import { langOf } from '$lib/i18n';

export const entries = () => followUp().data.areas.flatMap((a) => [{ id: a.id }, { id: a.id, lang: 'en' }]);

export const load = ({ params }) => {
	const page = areaPage(followUp(), params.id, langOf(params.lang));
	if (!page) error(404, `Okänt område: ${params.id}`);
	return page;
};
