import { followUp } from '$lib/server/assessed';

export const load = () => {
	const { config } = followUp().data;
	return {
		organisation: config.organisation,
		service: config.service,
		contact: config.contact_email,
		status: config.accessibility_status,
		evaluated: config.accessibility_evaluated
	};
};
