import { error } from '@sveltejs/kit';
import { followUp } from '$lib/server/followup';
import { areaView } from '$lib/followup/views';
import { langOf } from '$lib/i18n';

export const entries = () => followUp().data.areas.flatMap((a) => [{ id: a.id }, { id: a.id, lang: 'en' }]);

export const load = ({ params }) => {
	const area = areaView(followUp(), params.id, langOf(params.lang));
	if (!area) error(404, `Okänt område: ${params.id}`);
	return { area };
};
