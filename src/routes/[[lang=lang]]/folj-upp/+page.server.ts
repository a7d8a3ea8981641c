import { workspacePage } from '$lib/workspace/pages';
import { followUp } from '$lib/server/assessed';
import { langOf } from '$lib/i18n';

export const load = ({ params }) => workspacePage(followUp(), langOf(params.lang));
