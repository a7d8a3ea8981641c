import { auditGaps } from '$lib/audits/views';
import { overviewPage } from '$lib/followup/views/pages';
import { followUp } from '$lib/server/assessed';
import { langOf } from '$lib/i18n';

export const load = ({ params }) => {
	const lang = langOf(params.lang);
	const audits = auditGaps(followUp(), lang);
	return { ...overviewPage(followUp(), lang), audits: audits.any ? audits.counts : null };
};
