/**
 * View models: what a page needs, in its language, as plain JSON. Pages stay thin and the data
 * serialised into each prerendered page stays small.
 */
import type { Gender, Indicator, Lang, Measure } from '$lib/data/model';
import type { AssessedTarget, FollowUp } from '$lib/followup/followup';
import type { Series } from '$lib/followup/observations';
import { latest } from '$lib/followup/observations';

const pick = (lang: Lang, sv: string, en: string) => (lang === 'sv' ? sv : en);

export function indicatorChart(f: FollowUp, indicator: Indicator, lang: Lang, gender: Gender = 'T') {
	const series: Series[] = f.standardSeries(indicator.id, gender, lang);
	return {
		id: indicator.id,
		title: pick(lang, indicator.title, indicator.title_en),
		unit: indicator.unit,
		source: `${indicator.source}, ${indicator.id}`,
		series,
		summary: f.describe(indicator, series, lang)
	};
}
export type IndicatorChart = ReturnType<typeof indicatorChart>;

export function targetView(f: FollowUp, a: AssessedTarget, lang: Lang) {
	const { target, indicator, attainment } = a;
	const org = f.organisation(target.organisation);
	const measure = target.measure ? f.measure(target.measure) : undefined;
	return {
		id: target.id,
		example: target.example,
		indicator: { id: indicator.id, title: pick(lang, indicator.title, indicator.title_en), unit: indicator.unit, direction: indicator.direction },
		organisation: org ? { id: org.id, name: pick(lang, org.name, org.name_en) } : null,
		measure: measure ? { id: measure.id, title: measure.title } : null,
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
		return { id, name: o ? pick(lang, o.name, o.name_en) : id };
	};
	const focus = f.data.focusAreas.find((x) => x.id === m.focus_area);
	const area = f.data.areas.find((x) => x.id === m.area);
	return {
		...m,
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
		indicators: f.data.indicators.filter((i) => i.area === area.id).map((i) => indicatorChart(f, i, lang)),
		measures: f.data.measures.filter((m) => m.area === area.id).map((m) => measureView(f, m, lang)),
		/** Targets owned directly by a committee, not by one of its measures. */
		ownTargets: f.targets
			.filter((a) => a.target.measure === null && a.indicator.area === area.id)
			.map((a) => targetView(f, a, lang))
	};
}
export type AreaView = NonNullable<ReturnType<typeof areaView>>;
