import { followUp } from '$lib/server/followup';
import { GAP_KINDS } from '$lib/followup/gaps';
import { langOf } from '$lib/i18n';

export const load = ({ params }) => {
	const lang = langOf(params.lang);
	const f = followUp();
	const gaps = f.gaps();
	const pick = (sv: string, en: string) => (lang === 'sv' ? sv : en);
	const label = (type: string, id: string) => {
		if (type === 'measure') return f.measure(id)?.title ?? id;
		if (type === 'indicator') {
			const i = f.indicator(id);
			return i ? `${pick(i.title, i.title_en)} (${id})` : id;
		}
		const a = f.targets.find((x) => x.target.id === id);
		return a ? `${id}: ${pick(a.indicator.title, a.indicator.title_en)}` : id;
	};
	const orgName = (id: string | null) => {
		const o = id ? f.organisation(id) : undefined;
		return o ? pick(o.name, o.name_en) : null;
	};
	return {
		today: f.today.toISOString().slice(0, 10),
		total: gaps.length,
		groups: GAP_KINDS.map((kind) => ({
			kind,
			gaps: gaps
				.filter((g) => g.kind === kind)
				.map((g) => ({ ...g, label: label(g.subject.type, g.subject.id), organisationName: orgName(g.organisation) }))
		})),
		byOrganisation: f.data.organisations
			.map((o) => ({ id: o.id, name: pick(o.name, o.name_en), n: gaps.filter((g) => g.organisation === o.id).length }))
			.filter((o) => o.n > 0)
	};
};
