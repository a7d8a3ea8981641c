// The page builders are loaded only when an upload is shown, so published pages ship no extra code.
import { withUpload } from '$lib/upload/uploaded.svelte';
import { langOf } from '$lib/i18n';

export const load = ({ data, params }) =>
	withUpload(data, async (f, pages) => {
		const lang = langOf(params.lang);
		const page = pages.reportPage(f, params.id, lang);
		if (!page) return null;
		// With an upload shown, each comparison is made again from the values the page shows.
		const { effectView, reportEffect } = await import('$lib/effect/view');
		const effects = Object.fromEntries(page.targets.map((t) => [t.id, reportEffect(effectView(f, t.id, lang))]));
		return { ...data, ...page, effects };
	});
