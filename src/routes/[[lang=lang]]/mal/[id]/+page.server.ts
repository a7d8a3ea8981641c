import { error } from '@sveltejs/kit';
import { targetDetail } from '$lib/followup/views';
import { entriesFor, followUp } from '$lib/server/followup';
import { langOf } from '$lib/i18n';

export const entries = () => entriesFor(followUp().data.targets.map((t) => t.id));

export const load = ({ params }) => {
	const target = targetDetail(followUp(), params.id, langOf(params.lang));
	if (!target) error(404, `Okänt effektmål: ${params.id}`);
	return { target };
};
