/**
 * Each chart of the site, described once (./figure.ts) for every place it is drawn: the key figure
 * (its page, its embed, its /diagram file), a key figure in an area's overview, a target (its page,
 * the measure page, the report, the embed, the file), and the status of every target.
 */
import type { Gender, Indicator, Series } from '$lib/data/model';
import { pick, type Lang } from '$lib/i18n/lang';
import { strings } from '$lib/i18n/strings';
import { embedPath, route } from '$lib/url/paths';
import { viewQuery } from '$lib/url/params';
import type { FollowUp } from '../followup';
import { describeIndicator } from '../summary';
import type { ComparisonKey, TargetChartData } from './entities';
import type { Band, LineFigure, StatusFigure, StatusRow } from './figure';
import type { AttainmentStatus } from '../attainment';

/** " – kvinnor" for a chart of women or men; the total needs no word. */
export const genderSuffix = (gender: Gender, lang: Lang) => (gender === 'T' ? '' : ` – ${strings[lang][`gender_${gender}`].toLowerCase()}`);

/** A key figure in an area's overview: the municipality, its region and Riket. */
export function keyFigureOverview(f: FollowUp, indicator: Indicator, scope: string, lang: Lang): LineFigure {
	const series = f.standardSeries(indicator.id, 'T', lang);
	return {
		kind: 'line',
		id: `${scope}-${indicator.id}`,
		title: pick(lang, indicator.title, indicator.title_en),
		unit: indicator.unit,
		series,
		target: null,
		band: [],
		bandLabel: null,
		source: `${indicator.source}, ${indicator.id}`,
		summary: f.describe(indicator, series, lang),
		lang,
		about: { indicator: indicator.id, retrieved: indicator.definition_retrieved ?? '' },
		embed: embedPath(lang, route.indicator(indicator.id))
	};
}

/** What the key-figure page knows of a key figure: enough to draw any view of it. */
export interface KeyFigureData {
	indicator: { id: string; title: string; unit: string; source: string; definition_retrieved: string | null };
	byGender: Partial<Record<Gender, { series: Series[]; band: Band[]; summary: string }>>;
	group: { title: string } | null;
}

export interface KeyFigureView {
	gender: Gender;
	from: number | null;
	/** Frozen: only values up to and including this year. */
	until: number | null;
	/** Which standard line to compare with (`none`: the municipality alone); null: all of them and the band. */
	compare: ComparisonKey | 'none' | null;
	/** Another municipality's series, when the reader picked one. */
	other: Series | null;
}

/** The key figure's chart for a view: its page, its embed and its file are this one chart. */
export function keyFigureFigure(data: KeyFigureData, view: KeyFigureView, id: string, lang: Lang): LineFigure {
	const s = strings[lang];
	const base = data.byGender[view.gender] ?? data.byGender.T!;
	const inRange = (p: { period: number }) => (view.from === null || p.period >= view.from) && (view.until === null || p.period <= view.until);
	const standard = base.series.filter((x, i) => i === 0 || view.compare === null || (view.compare !== 'none' && x.kind === view.compare));
	const series = [...standard, ...(view.other ? [view.other] : [])].map((x) => ({ ...x, points: x.points.filter(inRange) }));
	const band = view.compare === null || view.compare === 'group' ? base.band.filter(inRange) : [];
	const changed = view.from !== null || view.until !== null || view.compare !== null || view.other !== null;
	const { indicator } = data;
	return {
		kind: 'line',
		id,
		title: `${indicator.title}${genderSuffix(view.gender, lang)}`,
		unit: indicator.unit,
		series,
		target: null,
		band,
		bandLabel: data.group ? `${data.group.title}: ${s.lowest_highest}` : null,
		source: `${indicator.source}, ${indicator.id}${view.until !== null ? ` · ${s.embed_frozen} ${view.until}` : ''}`,
		summary: changed && series[0] ? describeIndicator(series[0], series.slice(1), indicator.unit, lang) : base.summary,
		lang,
		about: { indicator: indicator.id, retrieved: indicator.definition_retrieved ?? '' },
		embed: embedPath(lang, route.indicator(indicator.id)) + viewQuery({ gender: view.gender, from: view.from, until: view.until })
	};
}

/** A target's chart: its series, baseline, target and trajectory, and one comparison line. */
export function targetFigure(chart: TargetChartData, comparison: ComparisonKey | 'none', lang: Lang): LineFigure {
	const other = comparison === 'none' ? undefined : chart.comparisons[comparison];
	return {
		kind: 'line',
		id: chart.id,
		title: chart.title,
		unit: chart.unit,
		series: other ? [chart.main, other] : [chart.main],
		target: chart.target,
		band: [],
		bandLabel: null,
		source: chart.source,
		summary: chart.summary,
		lang,
		about: { indicator: chart.indicator, retrieved: chart.retrieved },
		embed: embedPath(lang, route.target(chart.targetId)) + viewQuery({ compare: comparison === 'riket' ? null : comparison })
	};
}

/** Every target as a mark with its status, a row per area (or organisation). */
export function statusFigure(id: string, title: string, rows: readonly StatusRow[], totals: readonly { status: AttainmentStatus; n: number }[], lang: Lang): StatusFigure {
	const s = strings[lang];
	const word = (st: AttainmentStatus) => s[`status_${st}`].toLowerCase();
	const summary = rows
		.map((r) => {
			const parts = r.counts.filter((c) => c.n > 0).map((c) => `${c.n} ${word(c.status)}`);
			return `${r.name}: ${r.total} ${s.targets.toLowerCase()}${parts.length ? ` – ${parts.join(', ')}` : ''}.`;
		})
		.join(' ');
	return { kind: 'status', id, title, rows, totals, source: s.status_source, summary, lang, about: null, embed: null };
}

/** An upload's preview: one affected series as the site shows it now and as it would after applying. */
export function uploadPreviewFigure(
	chart: { before: readonly { period: number; value: number | null }[]; after: readonly { period: number; value: number | null }[] },
	title: string,
	unit: string,
	fileName: string,
	lang: Lang
): LineFigure {
	const s = strings[lang];
	const points = (ps: typeof chart.before) => ps.map((p) => ({ period: p.period, value: p.value, status: null }));
	return {
		kind: 'line',
		id: 'upload-preview',
		title,
		unit,
		// The new series first, so the dashed line of what is shown now is drawn on top where they agree.
		series: [
			{ id: 'after', label: s.upload_chart_after, kind: 'municipality', points: points(chart.after) },
			{ id: 'before', label: s.upload_chart_before, kind: 'other', points: points(chart.before) }
		],
		target: null,
		band: [],
		bandLabel: null,
		source: fileName,
		summary: null,
		lang,
		about: null,
		embed: null
	};
}
