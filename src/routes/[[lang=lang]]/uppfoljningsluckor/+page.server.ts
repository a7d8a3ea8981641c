import { auditGaps } from '$lib/audits/views';
import { gapsPage } from '$lib/followup/views/pages';
import { followUp } from '$lib/server/assessed';
import { langOf } from '$lib/i18n';

export const load = ({ params }) => ({
	...gapsPage(followUp(), langOf(params.lang)),
	audits: auditGaps(followUp(), langOf(params.lang))
});
