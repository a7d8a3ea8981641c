// The workspace's own page builder: with an upload shown, the page is built again from it.
import { withUpload } from '$lib/upload/uploaded.svelte';
import { langOf } from '$lib/i18n';
import { workspaceAuditsPage } from '$lib/workspace/pages';

export const load = ({ data, params }) => withUpload(data, (f) => workspaceAuditsPage(f, langOf(params.lang)));
