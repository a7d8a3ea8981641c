/**
 * A target's chart as data: the municipality's series, its comparisons, the baseline and goal. Apart
 * from the other view models so that the chart builders (./charts.ts) can take it without a circle.
 */
import type { Indicator, Point, Series } from '$lib/model/model';
import { pick, type Lang } from '$lib/i18n/lang';
import { strings } from '$lib/i18n/strings';
import type { AssessedTarget, FollowUp } from '../followup';
import { targetDecimals } from '../summary';

export type ComparisonKey = 'riket' | 'region' | 'group';

/** Years before a target's baseline that its chart shows. */
export const TARGET_CONTEXT_YEARS = 5;

/** Everything a target chart needs: the target's own series and the comparisons a reader can pick. */
export function targetChart(f: FollowUp, a: AssessedTarget, lang: Lang) {
	const { target, indicator } = a;
	const g = target.gender;
	// A few years before the baseline give context without squeezing the trajectory.
	const from = target.baseline_period - TARGET_CONTEXT_YEARS;
	const recent = (ps: Point[]) => ps.filter((p) => p.period >= from);
	const points = (code: string) => recent(f.index.points(indicator.id, code, g));
	const group = f.similarGroup(indicator, g);
	const comparisons: Partial<Record<ComparisonKey, Series>> = {
		riket: { id: '0000', label: strings[lang].riket, kind: 'riket', points: points('0000') },
		region: {
			id: f.data.config.region,
			label: f.municipalityName(f.data.config.region),
			kind: 'region',
			points: points(f.data.config.region)
		}
	};
	if (group && group.points.length)
		comparisons.group = {
			id: 'group',
			label: strings[lang].group_mean,
			kind: 'group',
			points: recent(group.points.map((p) => ({ period: p.period, value: p.mean, status: null })))
		};
	for (const k of Object.keys(comparisons) as ComparisonKey[])
		if (!comparisons[k]!.points.length) delete comparisons[k];
	const genderWord =
		g === 'T' ? '' : pick(lang, g === 'K' ? ' – kvinnor' : ' – män', g === 'K' ? ' – women' : ' – men');
	const own = indicator.own ? ownFigureInfo(f, indicator, lang) : null;
	if (own) for (const k of Object.keys(comparisons) as ComparisonKey[]) delete comparisons[k];
	return {
		id: `target-${target.id}`,
		own,
		targetId: target.id,
		indicator: indicator.id,
		retrieved: indicator.definition_retrieved ?? '',
		title: `${pick(lang, indicator.title, indicator.title_en)}${genderWord}`,
		unit: indicator.unit,
		source: own ? own.source : `${indicator.source}, ${indicator.id}`,
		main: {
			id: target.municipality,
			label: own ? own.label : f.municipalityName(target.municipality),
			kind: 'municipality' as const,
			points: own ? a.points : recent(a.points)
		},
		comparisons,
		target: {
			baseline_period: target.baseline_period,
			baseline_value: target.baseline_value,
			target_period: target.target_period,
			target_value: target.target_value,
			decimals: targetDecimals(target, a.attainment)
		},
		summary: a.summary[lang]
	};
}
export type TargetChartData = ReturnType<typeof targetChart>;

/** What a chart of a measure's own figure needs beyond a key figure's: its periods, its kind, whose it is. */
export function ownFigureInfo(f: FollowUp, indicator: Indicator, lang: Lang) {
	const own = indicator.own!;
	const figure = f.data.figures.find((x) => x.id === indicator.id)!;
	const m = f.measure(own.measure);
	const lead = m ? f.organisation(m.lead) : undefined;
	return {
		periodKind: own.periodKind,
		valueKind: own.kind,
		unit: own.kind === 'share' ? '%' : (pick(lang, figure.unit ?? '', figure.unit_en) ?? ''),
		label: m ? pick(lang, m.title, m.title_en) : own.measure,
		source: strings[lang].own_source(lead ? pick(lang, lead.name, lead.name_en) : '', figure.source),
		threshold: f.data.config.small_numbers,
		example: own.example
	};
}
