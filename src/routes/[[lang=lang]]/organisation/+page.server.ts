import { followUp } from '$lib/server/followup';
import { langOf } from '$lib/i18n';

export const load = ({ params }) => {
	const lang = langOf(params.lang);
	const f = followUp();
	return {
		organisations: f.data.organisations.map((o) => ({
			id: o.id,
			name: lang === 'sv' ? o.name : o.name_en,
			kind: o.kind,
			lead: f.data.measures.filter((m) => m.lead === o.id).length,
			partner: f.data.measures.filter((m) => m.partners.includes(o.id)).length,
			targets: f.targets.filter((a) => a.target.organisation === o.id).length
		}))
	};
};
