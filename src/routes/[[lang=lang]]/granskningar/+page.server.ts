import { auditsPage } from '$lib/audits/views';
import { followUp } from '$lib/server/assessed';
import { langOf } from '$lib/i18n';

export const load = ({ params }) => auditsPage(followUp(), langOf(params.lang));
