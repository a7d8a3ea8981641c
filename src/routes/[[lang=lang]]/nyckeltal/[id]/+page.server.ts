import { error } from '@sveltejs/kit';
import { GENDERS, type Gender } from '$lib/data/model';
import { rankAmongKommuner, latest } from '$lib/followup/observations';
import { targetView } from '$lib/followup/views';
import { followUp } from '$lib/server/followup';
import { langOf, t } from '$lib/i18n';

export const entries = () => followUp().data.indicators.flatMap((i) => [{ id: i.id }, { id: i.id, lang: 'en' }]);

export const load = ({ params }) => {
	const lang = langOf(params.lang);
	const f = followUp();
	const indicator = f.indicator(params.id);
	if (!indicator) error(404, `Okänt nyckeltal: ${params.id}`);
	const code = f.data.config.municipality;
	const kommuner = f.data.municipalities.filter((m) => m.level === 'kommun');

	const genders: Gender[] = indicator.gender_split ? [...GENDERS] : ['T'];
	const byGender = Object.fromEntries(
		genders.map((g) => {
			const series = f.standardSeries(indicator.id, g, lang);
			const group = f.similarGroup(indicator, g);
			const groupSeries = group && group.points.length
				? [{ id: 'group', label: t(lang).group_mean, kind: 'group' as const,
					points: group.points.map((p) => ({ period: p.period, value: p.mean, status: null })) }]
				: [];
			const all = [...series, ...groupSeries];
			return [g, {
				series: all,
				band: group?.points.map((p) => ({ period: p.period, min: p.min, max: p.max })) ?? [],
				summary: f.describe(indicator, all, lang)
			}];
		})
	) as Partial<Record<Gender, { series: ReturnType<typeof f.standardSeries>; band: { period: number; min: number; max: number }[]; summary: string }>>;

	const own = latest(f.index.points(indicator.id, code, 'T'));
	const rank = own ? rankAmongKommuner(f.index, indicator, kommuner, code, own.period) : null;
	const group = f.data.groups.find((g) => g.group_id === indicator.similar_group);

	return {
		indicator: {
			id: indicator.id,
			title: lang === 'sv' ? indicator.title : indicator.title_en,
			titleSv: indicator.title,
			description: indicator.description,
			unit: indicator.unit,
			direction: indicator.direction,
			source: indicator.source,
			definition_retrieved: indicator.definition_retrieved
		},
		genders,
		byGender,
		group: group ? { title: group.title, members: group.member_codes.filter((c) => c !== code).map((c) => f.municipalityName(c)) } : null,
		rank,
		municipality: f.municipalityName(code),
		targets: f.targets.filter((a) => a.indicator.id === indicator.id).map((a) => targetView(f, a, lang)),
		kommuner: kommuner.filter((k) => k.code !== code).map((k) => ({ code: k.code, name: k.name }))
	};
};
