import { workspacePage } from '$lib/workspace/pages';
import { followUp } from '$lib/server/followup';
import { langOf } from '$lib/i18n';

export const load = ({ params }) => workspacePage(followUp(), langOf(params.lang));
