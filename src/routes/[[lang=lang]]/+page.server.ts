import { followUp } from '$lib/server/followup';
import { areaView, type AreaView } from '$lib/followup/views';
import { STATUSES } from '$lib/followup/attainment';
import { langOf } from '$lib/i18n';

export const load = ({ params }) => {
	const lang = langOf(params.lang);
	const f = followUp();
	const counts = STATUSES.map((status) => ({ status, n: f.targets.filter((t) => t.attainment.status === status).length }));
	return {
		areas: f.data.areas.map((a) => areaView(f, a.id, lang)).filter((a): a is AreaView => a !== null),
		counts,
		targetCount: f.targets.length,
		measureCount: f.data.measures.length,
		organisationCount: f.data.organisations.filter((o) => o.kind !== 'external').length,
		municipality: f.municipalityName(f.data.config.municipality)
	};
};
