// The page builders are loaded only when an upload is shown, so published pages ship no extra code.
import { withUpload } from '$lib/upload/uploaded.svelte';
import { langOf } from '$lib/i18n';

export const load = ({ data, params }) =>
	withUpload(data, async (f, pages) => {
		const lang = langOf(params.lang);
		const page = pages.targetPage(f, params.id, lang);
		if (!page) return null;
		// With an upload shown, the comparison is made again from the values the page shows.
		const { effectView } = await import('$lib/effect/view');
		return { ...data, ...page, effect: effectView(f, params.id, lang) };
	});
