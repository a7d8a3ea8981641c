import { followUp } from '$lib/server/assessed';

export const load = () => {
	const { config } = followUp().data;
	return { partly: config.partly_met_share, maxAge: config.max_observation_age_years, small: config.small_numbers };
};
