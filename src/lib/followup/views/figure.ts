/**
 * The chart contract: what a chart shows, described once and drawn the same way everywhere — on
 * the page (Svelte), in an embed, as an SVG or PNG download, as a static /diagram file, in the
 * printed report and in the .docx. Built here from the domain; laid out and drawn by $lib/charts,
 * which picks the drawing by `kind`. A new kind of chart is a new member of `Figure` and one entry
 * in $lib/charts/kinds.ts.
 */
import type { PointStatus, Series, ValueKind } from '$lib/model/model';
import type { Lang } from '$lib/i18n/lang';
import type { AttainmentStatus } from '../attainment';

/** A target drawn on a line chart: the baseline, the target value and the straight line between. */
export interface TargetLine {
	baseline_period: number;
	baseline_value: number;
	target_period: number;
	target_value: number;
	/** Decimals that keep the values deciding the target's status apart (the summary uses the same). */
	decimals?: number;
}

/** The spread (lowest–highest) of a group per period, drawn as a band behind the lines. */
export interface Band {
	period: number;
	min: number;
	max: number;
}

interface FigureBase {
	/** Unique on the page: ties the drawing to its title, description and table. */
	id: string;
	title: string;
	/** Where the values come from, as printed under the chart ("Kolada (RKA), N02797"). */
	source: string;
	/** The plain-language summary: text alternative, the words under the chart, Word's alt text. */
	summary: string | null;
	lang: Lang;
	/** What the CSV download says the values are: the key figure and when it was retrieved. */
	about: { indicator: string; retrieved: string } | null;
	/** The chart-only page for an iframe (language-prefixed path, without the site's base), or null. */
	embed: string | null;
}

export interface LineFigure extends FigureBase {
	kind: 'line';
	unit: string;
	series: readonly Series[];
	target: TargetLine | null;
	band: readonly Band[];
	bandLabel: string | null;
	/** A year marked by a vertical line with its label (a measure's start). */
	marker?: { period: number; label: string } | null;
	/**
	 * Many lines drawn thin behind the series, named once in the legend (the placebos' gaps): each a
	 * value per period of `periods`, as plain numbers so that hundreds of them keep a page small.
	 */
	thin?: { label: string; periods: readonly number[]; lines: readonly (readonly (number | null)[])[] } | null;
}

/** Targets counted by status for one area or organisation: a row of the status chart and table. */
export interface StatusRow {
	id: string;
	name: string;
	total: number;
	counts: { status: AttainmentStatus; n: number }[];
}

export interface StatusFigure extends FigureBase {
	kind: 'status';
	rows: readonly StatusRow[];
	/** Totals over every row, in the legend's order. */
	totals: readonly { status: AttainmentStatus; n: number }[];
}

/** One period of a measure's own figure, in order on the axis; a period without a value is a gap. */
export interface PeriodPoint {
	/** `2025H1`; its name in words (tables, tooltips); its label on the axis (`H1`, or the year for a yearly figure). */
	code: string;
	name: string;
	short: string;
	year: number;
	/** The first period of its year in the chart: the year is written under it. */
	first: boolean;
	value: number | null;
	status: PointStatus | null;
	/** How many a share or a mean is of, where known. */
	denominator: number | null;
}

/**
 * A measure's own figure over its periods (half-years, terms, quarters, months or years): bars for
 * a count, a line for a share or a mean; a target as baseline, target value and the straight line
 * between. A value too small to show is drawn as a mark that says so, never as its number.
 */
export interface PeriodFigure extends FigureBase {
	kind: 'periods';
	/** Bars for a count, a line for a share or a mean. */
	mark: 'bars' | 'line';
	valueKind: ValueKind;
	unit: string;
	/** What the values are of: the measure's name, for the legend and the table. */
	label: string;
	points: readonly PeriodPoint[];
	target: { baseline: string; baseline_value: number; target: string; target_value: number } | null;
	/** For a value too small to show: its mark ("<5"), its words ("färre än 5") and the note that says why, when one is. */
	small: WithheldWords | null;
	/** For a value withheld only so that a small one elsewhere cannot be worked out: its mark, words and note. */
	secondary: WithheldWords | null;
}

export interface WithheldWords {
	mark: string;
	label: string;
	note: string;
}

export type Figure = LineFigure | StatusFigure | PeriodFigure;
export type FigureKind = Figure['kind'];
