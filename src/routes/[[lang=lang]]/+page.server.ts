import { overviewPage } from '$lib/followup/views/pages';
import { followUp } from '$lib/server/assessed';
import { langOf } from '$lib/i18n';

export const load = ({ params }) => overviewPage(followUp(), langOf(params.lang));
