import { followUp } from '$lib/server/followup';
import { areaView, type AreaView } from '$lib/followup/views';
import { STATUSES } from '$lib/followup/attainment';
import { langOf } from '$lib/i18n';

export const load = ({ params }) => {
	const lang = langOf(params.lang);
	const f = followUp();
	const tally = (targets: typeof f.targets) =>
		STATUSES.map((status) => ({ status, n: targets.filter((t) => t.attainment.status === status).length }));
	const counts = tally(f.targets);
	const used = STATUSES.filter((st) => f.targets.some((t) => t.attainment.status === st));
	const row = (id: string, name: string, targets: typeof f.targets) => ({
		id,
		name,
		total: targets.length,
		counts: tally(targets).filter((c) => used.includes(c.status))
	});
	const byArea = f.data.areas.map((a) =>
		row(a.id, lang === 'sv' ? a.title : a.title_en, f.targets.filter((t) => t.indicator.area === a.id))
	);
	const byOrganisation = f.data.organisations
		.map((o) => row(o.id, lang === 'sv' ? o.name : o.name_en, f.targets.filter((t) => t.target.organisation === o.id)))
		.filter((r) => r.total > 0);
	return {
		areas: f.data.areas.map((a) => areaView(f, a.id, lang)).filter((a): a is AreaView => a !== null),
		counts,
		used,
		byArea,
		byOrganisation,
		targetCount: f.targets.length,
		measureCount: f.data.measures.length,
		organisationCount: f.data.organisations.filter((o) => o.kind !== 'external').length,
		municipality: f.municipalityName(f.data.config.municipality)
	};
};
