import { error } from '@sveltejs/kit';
import { targetPage } from '$lib/followup/views/pages';
import { effectView } from '$lib/effect/view';
import { entriesFor, followUp } from '$lib/server/assessed';
import { langOf } from '$lib/i18n';

export const entries = () => entriesFor(followUp().data.targets.map((t) => t.id));

export const load = ({ params }) => {
	const lang = langOf(params.lang);
	const page = targetPage(followUp(), params.id, lang);
	if (!page) error(404, `Okänt effektmål: ${params.id}`);
	// Shown with ?effekt=ja: the synthetic comparison, made at build time like the target page's.
	return { ...page, lang, effect: effectView(followUp(), params.id, lang) };
};
