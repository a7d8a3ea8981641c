import { overviewPage } from '$lib/followup/pages';
import { followUp } from '$lib/server/followup';
import { langOf } from '$lib/i18n';

export const load = ({ params }) => overviewPage(followUp(), langOf(params.lang));
