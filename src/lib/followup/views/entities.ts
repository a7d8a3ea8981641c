/**
 * View models: what a page needs, in its language, as plain JSON. Pages stay thin and the data
 * serialised into each prerendered page stays small.
 */
import type { Measure, Point, Series } from '$lib/data/model';
import { langOfText, pick, type Lang } from '$lib/i18n/lang';
import { strings } from '$lib/i18n/strings';
import type { AssessedTarget, FollowUp } from '../followup';
import { latest } from '../observations';
import { keyFigureOverview } from './figures';
import { measureFollowUp, targetFollowUp } from './followups';

export function targetView(f: FollowUp, a: AssessedTarget, lang: Lang) {
	const { target, indicator, attainment } = a;
	const org = f.organisation(target.organisation);
	const measure = target.measure ? f.measure(target.measure) : undefined;
	return {
		id: target.id,
		example: target.example,
		indicator: { id: indicator.id, title: pick(lang, indicator.title, indicator.title_en), unit: indicator.unit, direction: indicator.direction },
		organisation: org ? { id: org.id, name: pick(lang, org.name, org.name_en), lang: langOfText(lang, org.name_en) } : null,
		measure: measure ? { id: measure.id, title: pick(lang, measure.title, measure.title_en), lang: langOfText(lang, measure.title_en) } : null,
		municipality: f.municipalityName(target.municipality),
		gender: target.gender,
		baseline_period: target.baseline_period,
		baseline_value: target.baseline_value,
		target_value: target.target_value,
		target_period: target.target_period,
		decided_by: target.decided_by,
		decided_at: target.decided_at,
		status: attainment.status,
		phase: attainment.phase,
		trend: attainment.trend,
		latest: latest(a.points),
		summary: a.summary[lang]
	};
}
export type TargetView = ReturnType<typeof targetView>;

export function measureView(f: FollowUp, m: Measure, lang: Lang) {
	const name = (id: string) => {
		const o = f.organisation(id);
		return { id, name: o ? pick(lang, o.name, o.name_en) : id, lang: langOfText(lang, o?.name_en) };
	};
	const focus = f.data.focusAreas.find((x) => x.id === m.focus_area);
	const area = f.data.areas.find((x) => x.id === m.area);
	return {
		...m,
		title: pick(lang, m.title, m.title_en),
		description: pick(lang, m.description, m.description_en),
		followup_plan: m.followup_plan === null ? null : pick(lang, m.followup_plan, m.followup_plan_en),
		/** The language of the measure's own texts: Swedish on an English page where none was written. */
		textLang: langOfText(lang, m.title_en),
		/** Its rhythm, and the latest due follow-up when that is missing. */
		followUp: (({ every, from, missing, next }) => ({ every, from, missing, next }))(measureFollowUp(f, m, lang)),
		lead: name(m.lead),
		partners: m.partners.map(name),
		focusArea: focus ? pick(lang, focus.title, focus.title_en) : null,
		areaTitle: area ? pick(lang, area.title, area.title_en) : m.area,
		targets: f.targetsOfMeasure(m.id).map((a) => targetView(f, a, lang))
	};
}
export type MeasureView = ReturnType<typeof measureView>;

export function areaView(f: FollowUp, areaId: string, lang: Lang) {
	const area = f.data.areas.find((a) => a.id === areaId);
	if (!area) return null;
	return {
		id: area.id,
		title: pick(lang, area.title, area.title_en),
		description: pick(lang, area.description, area.description_en),
		indicators: f.data.indicators.filter((i) => i.area === area.id).map((i) => keyFigureOverview(f, i, area.id, lang)),
		measures: f.data.measures.filter((m) => m.area === area.id).map((m) => measureView(f, m, lang)),
		/** Targets owned directly by a committee, not by one of its measures. */
		ownTargets: f.targets
			.filter((a) => a.target.measure === null && a.indicator.area === area.id)
			.map((a) => targetView(f, a, lang))
	};
}
export type AreaView = NonNullable<ReturnType<typeof areaView>>;

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
		region: { id: f.data.config.region, label: f.municipalityName(f.data.config.region), kind: 'region', points: points(f.data.config.region) }
	};
	if (group && group.points.length)
		comparisons.group = {
			id: 'group',
			label: strings[lang].group_mean,
			kind: 'group',
			points: recent(group.points.map((p) => ({ period: p.period, value: p.mean, status: null })))
		};
	for (const k of Object.keys(comparisons) as ComparisonKey[]) if (!comparisons[k]!.points.length) delete comparisons[k];
	const genderWord = g === 'T' ? '' : pick(lang, g === 'K' ? ' – kvinnor' : ' – män', g === 'K' ? ' – women' : ' – men');
	return {
		id: `target-${target.id}`,
		targetId: target.id,
		indicator: indicator.id,
		retrieved: indicator.definition_retrieved ?? '',
		title: `${pick(lang, indicator.title, indicator.title_en)}${genderWord}`,
		unit: indicator.unit,
		source: `${indicator.source}, ${indicator.id}`,
		main: { id: target.municipality, label: f.municipalityName(target.municipality), kind: 'municipality' as const, points: recent(a.points) },
		comparisons,
		target: {
			baseline_period: target.baseline_period,
			baseline_value: target.baseline_value,
			target_period: target.target_period,
			target_value: target.target_value
		},
		summary: a.summary[lang]
	};
}
export type TargetChartData = ReturnType<typeof targetChart>;

export function targetDetail(f: FollowUp, id: string, lang: Lang) {
	const a = f.targets.find((x) => x.target.id === id);
	if (!a) return null;
	const { attainment } = a;
	return {
		...targetView(f, a, lang),
		chart: targetChart(f, a, lang),
		numbers: {
			assessed: attainment.assessed,
			expected: attainment.expected,
			progress: attainment.progress,
			trend: attainment.trend,
			forecastYear: attainment.forecastYear,
			reason: attainment.reason,
			awaitingTargetPeriod: attainment.awaitingTargetPeriod
		},
		committee: targetFollowUp(f, a, lang),
		partlyMetShare: f.data.config.partly_met_share,
		maxAge: f.data.config.max_observation_age_years
	};
}
export type TargetDetail = NonNullable<ReturnType<typeof targetDetail>>;

export function measureDetail(f: FollowUp, id: string, lang: Lang) {
	const m = f.measure(id);
	if (!m) return null;
	return {
		...measureView(f, m, lang),
		history: measureFollowUp(f, m, lang).history,
		charts: f.targetsOfMeasure(m.id).map((a) => ({ target: targetView(f, a, lang), chart: targetChart(f, a, lang) }))
	};
}

export function organisationView(f: FollowUp, id: string, lang: Lang) {
	const o = f.organisation(id);
	if (!o) return null;
	const measures = f.data.measures;
	return {
		id: o.id,
		name: pick(lang, o.name, o.name_en),
		kind: o.kind,
		asLead: measures.filter((m) => m.lead === o.id).map((m) => measureView(f, m, lang)),
		asPartner: measures.filter((m) => m.partners.includes(o.id)).map((m) => measureView(f, m, lang)),
		ownTargets: f.targets.filter((a) => a.target.organisation === o.id && a.target.measure === null).map((a) => targetView(f, a, lang))
	};
}
export type OrganisationView = NonNullable<ReturnType<typeof organisationView>>;
