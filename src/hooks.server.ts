import type { Handle } from '@sveltejs/kit';

/** The page's language is in its URL; put it on <html lang> so screen readers speak it right. */
export const handle: Handle = ({ event, resolve }) => {
	const lang = event.params.lang === 'en' ? 'en' : 'sv';
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
