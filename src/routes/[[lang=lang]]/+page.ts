// The page builders are loaded only when an upload is shown, so published pages ship no extra code.
import { withUpload } from '$lib/upload/uploaded.svelte';
import { langOf } from '$lib/i18n';

export const load = ({ data, params }) =>
	withUpload(data, (f, pages) => ({ ...data, ...pages.overviewPage(f, langOf(params.lang)) }));
