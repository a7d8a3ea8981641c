import { workspaceAuditsPage } from '$lib/workspace/pages';
import { followUp } from '$lib/server/assessed';
import { langOf } from '$lib/i18n';

export const load = ({ params }) => workspaceAuditsPage(followUp(), langOf(params.lang));
