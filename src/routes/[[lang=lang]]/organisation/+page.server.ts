import { organisationsPage } from '$lib/followup/views/pages';
import { followUp } from '$lib/server/assessed';
import { langOf } from '$lib/i18n';

export const load = ({ params }) => organisationsPage(followUp(), langOf(params.lang));
