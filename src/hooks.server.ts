import type { Handle } from '@sveltejs/kit';
import { langOf } from '$lib/i18n/lang';

/** The page's language is in its URL; put it on <html lang> so screen readers speak it right. */
export const handle: Handle = ({ event, resolve }) => {
	const lang = langOf(event.params.lang);
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
