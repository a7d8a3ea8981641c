import { error } from '@sveltejs/kit';
import { answersTo } from '$lib/audits/views';
import { targetPage } from '$lib/followup/views/pages';
import { effectView } from '$lib/effect/view';
import { entriesFor, followUp } from '$lib/server/assessed';
import { langOf } from '$lib/i18n';

export const entries = () => entriesFor(followUp().data.targets.map((t) => t.id));

export const load = ({ params }) => {
	const lang = langOf(params.lang);
	const page = targetPage(followUp(), params.id, lang);
	if (!page) error(404, `Okänt effektmål: ${params.id}`);
	// The synthetic comparison is computed here, at build time: the page never waits for it.
	return {
		...page,
		effect: effectView(followUp(), params.id, lang),
		answers: answersTo(followUp(), 'target', params.id, lang)
	};
};
