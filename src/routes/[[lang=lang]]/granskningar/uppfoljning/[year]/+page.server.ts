import { error } from '@sveltejs/kit';
import { auditFollowUpPage, auditFollowUpYears } from '$lib/audits/views';
import { followUp } from '$lib/server/assessed';
import { langOf } from '$lib/i18n';

export const entries = () =>
	auditFollowUpYears(followUp()).flatMap((y) => [{ year: String(y) }, { year: String(y), lang: 'en' }]);

export const load = ({ params }) => {
	const year = Number(params.year);
	if (!auditFollowUpYears(followUp()).includes(year)) error(404, `Ingen uppföljning för ${params.year}`);
	return auditFollowUpPage(followUp(), year, langOf(params.lang));
};
