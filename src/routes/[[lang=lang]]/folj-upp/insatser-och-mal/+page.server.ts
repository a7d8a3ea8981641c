import { workspaceEntitiesPage } from '$lib/workspace/pages';
import { followUp } from '$lib/server/assessed';
import { langOf } from '$lib/i18n';

export const load = ({ params }) => workspaceEntitiesPage(followUp(), langOf(params.lang));
