/**
 * What each page shows, as a pure function of a FollowUp: the build calls these with the published
 * data (the +page.server.ts files), the browser with the published data plus an applied upload
 * (the +page.ts files), so an upload changes every page the same way a new build would.
 * null means the page's subject does not exist.
 */
import { GENDERS, type Gender, type Series } from '$lib/model/model';
import { langOfText, pick, type Lang } from '$lib/i18n/lang';
import { strings } from '$lib/i18n/strings';
import { STATUSES } from '../attainment';
import type { FollowUp } from '../followup';
import { GAP_KINDS } from '../gaps';
import { latest, rankAmongKommuner } from '../observations';
import { periodLabel } from '../summary';
import {
	areaView,
	measureDetail,
	organisationView,
	ownFigureChart,
	targetChart,
	targetDetail,
	targetView,
	type AreaView
} from './entities';
import type { Band, StatusRow } from './figure';
import { statusFigure } from './charts';
import { reportFollowUps, reportProgress, yearWheel, type ReportFollowUps } from './records';
import { parseReportPeriod, type ReportPeriod } from '$lib/model/periods';
import { WHOLE_MUNICIPALITY } from '$lib/url/paths';

export function overviewPage(f: FollowUp, lang: Lang) {
	const tally = (targets: typeof f.targets) =>
		STATUSES.map((status) => ({ status, n: targets.filter((t) => t.attainment.status === status).length }));
	const counts = tally(f.targets);
	const used = STATUSES.filter((st) => f.targets.some((t) => t.attainment.status === st));
	const row = (id: string, name: string, targets: typeof f.targets): StatusRow => ({
		id,
		name,
		total: targets.length,
		counts: tally(targets).filter((c) => used.includes(c.status))
	});
	const byArea = f.data.areas.map((a) =>
		row(
			a.id,
			pick(lang, a.title, a.title_en),
			f.targets.filter((t) => t.indicator.area === a.id)
		)
	);
	const byOrganisation = f.data.organisations
		.map((o) =>
			row(
				o.id,
				pick(lang, o.name, o.name_en),
				f.targets.filter((t) => t.target.organisation === o.id)
			)
		)
		.filter((r) => r.total > 0);
	return {
		areas: f.data.areas.map((a) => areaView(f, a.id, lang)).filter((a): a is AreaView => a !== null),
		statusChart: statusFigure('status-by-area', strings[lang].counts_by_area, byArea, counts, lang),
		counts,
		used,
		byArea,
		byOrganisation,
		targetCount: f.targets.length,
		measureCount: f.data.measures.length,
		progress: reportProgress(f, lang),
		organisationCount: f.data.organisations.filter((o) => o.kind !== 'external').length,
		municipality: f.municipalityName(f.data.config.municipality),
		organisation: f.data.config.organisation,
		wording: f.data.config.wording
	};
}

export function areaPage(f: FollowUp, id: string, lang: Lang) {
	const area = areaView(f, id, lang);
	return area ? { area } : null;
}

export function organisationsPage(f: FollowUp, lang: Lang) {
	return {
		organisations: f.data.organisations.map((o) => ({
			id: o.id,
			name: pick(lang, o.name, o.name_en),
			kind: o.kind,
			lead: f.data.measures.filter((m) => m.lead === o.id).length,
			partner: f.data.measures.filter((m) => m.partners.includes(o.id)).length,
			targets: f.targets.filter((a) => a.target.organisation === o.id).length
		}))
	};
}

export function organisationPage(f: FollowUp, id: string, lang: Lang) {
	const organisation = organisationView(f, id, lang);
	if (!organisation) return null;
	return {
		organisation,
		gaps: f.gaps().filter((g) => g.organisation === id).length,
		progress: reportProgress(f, lang, id)
	};
}

export function measurePage(f: FollowUp, id: string, lang: Lang) {
	const measure = measureDetail(f, id, lang);
	return measure ? { measure } : null;
}

export function targetPage(f: FollowUp, id: string, lang: Lang) {
	const target = targetDetail(f, id, lang);
	return target ? { target } : null;
}

export function indicatorPage(f: FollowUp, id: string, lang: Lang) {
	const indicator = f.indicator(id);
	if (!indicator) return null;
	const code = f.data.config.municipality;
	const kommuner = f.data.municipalities.filter((m) => m.level === 'kommun');

	const genders: Gender[] = indicator.gender_split ? [...GENDERS] : ['T'];
	const byGender = Object.fromEntries(
		genders.map((g) => {
			const series = f.standardSeries(indicator.id, g, lang);
			const group = f.similarGroup(indicator, g);
			const groupSeries =
				group && group.points.length
					? [
							{
								id: 'group',
								label: strings[lang].group_mean,
								kind: 'group' as const,
								points: group.points.map((p) => ({ period: p.period, value: p.mean, status: null }))
							}
						]
					: [];
			const all = [...series, ...groupSeries];
			return [
				g,
				{
					series: all,
					band: group?.points.map((p) => ({ period: p.period, min: p.min, max: p.max })) ?? [],
					summary: f.describe(indicator, all, lang)
				}
			];
		})
	) as Partial<Record<Gender, { series: Series[]; band: Band[]; summary: string }>>;

	const own = latest(f.index.points(indicator.id, code, 'T'));
	const rank = own ? rankAmongKommuner(f.index, indicator, kommuner, code, own.period) : null;
	const group = f.data.groups.find((g) => g.group_id === indicator.similar_group);

	return {
		indicator: {
			id: indicator.id,
			title: pick(lang, indicator.title, indicator.title_en),
			titleSv: indicator.title,
			description: indicator.description,
			unit: indicator.unit,
			direction: indicator.direction,
			source: indicator.source,
			definition_retrieved: indicator.definition_retrieved,
			published_period: indicator.published_period,
			next_publication: indicator.next_publication
		},
		genders,
		byGender,
		group: group
			? { title: group.title, members: group.member_codes.filter((c) => c !== code).map((c) => f.municipalityName(c)) }
			: null,
		rank,
		municipality: f.municipalityName(code),
		targets: f.targets.filter((a) => a.indicator.id === indicator.id).map((a) => targetView(f, a, lang)),
		/** Older definitions, newest first: Kolada changed the key figure under the same id. */
		earlierDefinitions: f.data.definitions
			.filter((d) => d.id === indicator.id)
			.sort((a, b) => b.retrieved.localeCompare(a.retrieved))
			.slice(1),
		kommuner: kommuner.filter((k) => k.code !== code).map((k) => ({ code: k.code, name: k.name }))
	};
}

export function gapsPage(f: FollowUp, lang: Lang) {
	const gaps = f.gaps();
	const p = (sv: string, en: string | null) => pick(lang, sv, en);
	const label = (type: string, id: string) => {
		if (type === 'measure') {
			const m = f.measure(id);
			return m ? p(m.title, m.title_en) : id;
		}
		if (type === 'indicator') {
			const i = f.indicator(id);
			return i ? `${p(i.title, i.title_en)} (${id})` : id;
		}
		const a = f.targets.find((x) => x.target.id === id);
		return a ? `${id}: ${p(a.indicator.title, a.indicator.title_en)}` : id;
	};
	// A stale target's newest and expected periods in words: years, or a measure's own periods.
	const stalePeriods = (g: (typeof gaps)[number]) => {
		if (g.kind !== 'target_values_stale') return null;
		const kind = f.targets.find((x) => x.target.id === g.subject.id)?.indicator.own?.periodKind ?? 'year';
		return { newest: periodLabel(g.detail.newest!, kind, lang), expected: periodLabel(g.detail.expected!, kind, lang) };
	};
	const orgName = (id: string | null) => {
		const o = id ? f.organisation(id) : undefined;
		return o ? p(o.name, o.name_en) : null;
	};
	return {
		today: f.today.toISOString().slice(0, 10),
		total: gaps.length,
		groups: GAP_KINDS.map((kind) => ({
			kind,
			gaps: gaps
				.filter((g) => g.kind === kind)
				.map((g) => ({
					...g,
					label: label(g.subject.type, g.subject.id),
					organisationName: orgName(g.organisation),
					periods: stalePeriods(g)
				}))
		})),
		byOrganisation: f.data.organisations
			.map((o) => ({ id: o.id, name: p(o.name, o.name_en), n: gaps.filter((g) => g.organisation === o.id).length }))
			.filter((o) => o.n > 0)
	};
}

/**
 * A follow-up report for a committee (or the whole municipality): every target with its status,
 * one section per measure with its target charts, the follow-up gaps, and the sources.
 */
export function reportPage(f: FollowUp, id: string, lang: Lang) {
	const whole = id === WHOLE_MUNICIPALITY;
	const org = whole ? null : f.organisation(id);
	if (!whole && !org) return null;
	const p = (sv: string, en: string | null) => pick(lang, sv, en);
	const mine = (orgId: string) => whole || orgId === id;
	const targets = f.targets.filter(
		(a) => mine(a.target.organisation) || (a.target.measure !== null && mine(f.measure(a.target.measure)?.lead ?? ''))
	);
	const measureIds = [...new Set(targets.flatMap((a) => (a.target.measure ? [a.target.measure] : [])))];
	const measures = f.data.measures
		.filter((m) => measureIds.includes(m.id) || mine(m.lead))
		.map((m) => ({
			id: m.id,
			title: p(m.title, m.title_en),
			description: p(m.description, m.description_en),
			textLang: langOfText(lang, m.title_en),
			example: m.example,
			/** Its own figures, up to today; the report cuts them at its period. */
			figures: f.figuresOf(m.id).map(({ indicator, values }) => ownFigureChart(f, indicator, values, lang)),
			charts: targets
				.filter((a) => a.target.measure === m.id)
				.map((a) => ({ target: targetView(f, a, lang), chart: targetChart(f, a, lang) }))
		}));
	const own = targets
		.filter((a) => a.target.measure === null)
		.map((a) => ({ target: targetView(f, a, lang), chart: targetChart(f, a, lang) }));
	const gaps = f
		.gaps()
		.filter((g) => whole || g.organisation === id)
		.map((g) => {
			const m = g.subject.type === 'measure' ? f.measure(g.subject.id) : undefined;
			return { ...g, label: m ? p(m.title, m.title_en) : g.subject.id };
		});
	const indicators = [...new Map(targets.map((a) => [a.indicator.id, a.indicator])).values()].map((i) => ({
		id: i.id,
		title: p(i.title, i.title_en),
		source: i.source,
		retrieved: i.definition_retrieved
	}));
	return {
		id,
		name: whole ? f.municipalityName(f.data.config.municipality) : p(org!.name, org!.name_en),
		organisation: f.data.config.organisation,
		whole,
		targets: targets.map((a) => targetView(f, a, lang)),
		measures,
		own,
		gaps,
		indicators,
		hasExamples: targets.some((a) => a.target.example) || measures.some((m) => m.example),
		/** The committees' follow-ups each report the page offers holds: the current one, and every report of six years. */
		followUps: Object.fromEntries(
			[
				'current',
				...Array.from({ length: 6 }, (_, i) => f.today.getUTCFullYear() - i).flatMap((y) => [`delar-${y}`, `ar-${y}`])
			].map((code) => [
				code,
				onlyOf(
					reportFollowUps(f, parseReportPeriod(code), lang),
					new Set(measures.map((m) => m.id)),
					new Set(targets.map((a) => a.target.id))
				)
			])
		),
		today: f.today.toISOString().slice(0, 10),
		partlyMetShare: f.data.config.partly_met_share,
		maxAge: f.data.config.max_observation_age_years
	};
}

/** A report's follow-ups of the measures and targets on its page only. */
function onlyOf(r: ReportFollowUps, measures: Set<string>, targets: Set<string>): ReportFollowUps {
	const keep = <T>(o: Record<string, T>, ids: Set<string>) =>
		Object.fromEntries(Object.entries(o).filter(([id]) => ids.has(id)));
	return { report: r.report, byMeasure: keep(r.byMeasure, measures), byTarget: keep(r.byTarget, targets) };
}

export function reportIds(f: FollowUp): string[] {
	return [WHOLE_MUNICIPALITY, ...f.data.organisations.map((o) => o.id)];
}

/** An organisation's year of follow-up, month by month (årshjul). */
export function yearWheelPage(f: FollowUp, id: string, lang: Lang) {
	const o = f.organisation(id);
	if (!o) return null;
	const year = f.today.getUTCFullYear();
	return { organisation: { id: o.id, name: pick(lang, o.name, o.name_en) }, wheel: yearWheel(f, o.id, year, lang) };
}

/** The committees' follow-ups a report for a period holds (the latest report for the current follow-up). */
export const reportFollowUpsOf = (f: FollowUp, period: ReportPeriod | null, lang: Lang) =>
	reportFollowUps(f, period, lang);
