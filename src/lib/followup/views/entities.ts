/**
 * View models: what a page needs, in its language, as plain JSON. Pages stay thin and the data
 * serialised into each prerendered page stays small.
 */
import type { FigureValue, Indicator, Measure, Point } from '$lib/model/model';
import { langOfText, pick, type Lang } from '$lib/i18n/lang';
import type { AssessedTarget, FollowUp } from '../followup';
import { latest } from '../observations';
import { periodLabel, targetDecimals } from '../summary';
import type { PeriodKind } from '$lib/model/periods';
import { keyFigureOverview, periodFigure } from './charts';
import { ownFigureInfo, targetChart } from './target-chart';
import { measureFollowUp, targetFollowUp } from './records';
import { embedPath, route } from '$lib/url/paths';

export function targetView(f: FollowUp, a: AssessedTarget, lang: Lang) {
	const { target, indicator, attainment } = a;
	const org = f.organisation(target.organisation);
	const measure = target.measure ? f.measure(target.measure) : undefined;
	return {
		id: target.id,
		example: target.example,
		indicator: {
			id: indicator.id,
			title: pick(lang, indicator.title, indicator.title_en),
			unit: indicator.unit,
			direction: indicator.direction,
			own: indicator.own !== undefined
		},
		organisation: org
			? { id: org.id, name: pick(lang, org.name, org.name_en), lang: langOfText(lang, org.name_en) }
			: null,
		measure: measure
			? { id: measure.id, title: pick(lang, measure.title, measure.title_en), lang: langOfText(lang, measure.title_en) }
			: null,
		municipality: f.municipalityName(target.municipality),
		gender: target.gender,
		baseline_period: target.baseline_period,
		baseline_value: target.baseline_value,
		target_value: target.target_value,
		target_period: target.target_period,
		/** A Kolada key figure's periods are years; a measure's own figure's are its own (half-years …). */
		periodKind: indicator.own?.periodKind ?? ('year' as PeriodKind),
		labels: {
			baseline: periodLabel(target.baseline_period, indicator.own?.periodKind ?? 'year', lang),
			target: periodLabel(target.target_period, indicator.own?.periodKind ?? 'year', lang)
		},
		decided_by: target.decided_by,
		decided_at: target.decided_at,
		status: attainment.status,
		phase: attainment.phase,
		trend: attainment.trend,
		latest: latestLabelled(a.points, indicator.own?.periodKind ?? 'year', lang),
		/** Decimals that keep apart the values that decide its status: every place it is shown uses them. */
		decimals: targetDecimals(target, attainment),
		summary: a.summary[lang]
	};
}
export type TargetView = ReturnType<typeof targetView>;

/** The newest value, with its period in words. */
export function latestLabelled(points: readonly Point[], kind: PeriodKind, lang: Lang) {
	const l = latest(points);
	return l ? { ...l, label: periodLabel(l.period, kind, lang) } : null;
}

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

export {
	ownFigureInfo,
	targetChart,
	TARGET_CONTEXT_YEARS,
	type ComparisonKey,
	type TargetChartData
} from './target-chart';

/** A measure's own figure as a chart: every period, and what each value is of. */
export function ownFigureChart(f: FollowUp, indicator: Indicator, values: readonly FigureValue[], lang: Lang) {
	const own = ownFigureInfo(f, indicator, lang);
	return periodFigure({
		id: `own-${indicator.id}`,
		title: pick(lang, indicator.title, indicator.title_en),
		label: own.label,
		unit: own.unit,
		valueKind: own.valueKind,
		periodKind: own.periodKind,
		points: values.map((v) => ({ period: v.time, value: v.value, status: v.status })),
		denominators: values.map((v) => ({ time: v.time, n: v.denominator })),
		target: null,
		source: own.source,
		threshold: own.threshold,
		lang,
		about: { indicator: indicator.id, retrieved: '' },
		embed: embedPath(lang, route.ownFigure(indicator.own!.measure, indicator.id))
	});
}

export function targetDetail(f: FollowUp, id: string, lang: Lang) {
	const a = f.targets.find((x) => x.target.id === id);
	if (!a) return null;
	const { attainment, indicator } = a;
	return {
		...targetView(f, a, lang),
		chart: targetChart(f, a, lang),
		numbers: {
			assessed: attainment.assessed,
			/** The assessed value's period in words (a year, or "andra halvåret 2025"). */
			assessedLabel: attainment.assessed
				? periodLabel(attainment.assessed.period, indicator.own?.periodKind ?? 'year', lang)
				: null,
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
		/** Its own figures ("Insatsens egna resultat"), small numbers already out. */
		figures: f.figuresOf(m.id).map(({ indicator, values }) => ownFigureChart(f, indicator, values, lang)),
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
		ownTargets: f.targets
			.filter((a) => a.target.organisation === o.id && a.target.measure === null)
			.map((a) => targetView(f, a, lang))
	};
}
export type OrganisationView = NonNullable<ReturnType<typeof organisationView>>;
