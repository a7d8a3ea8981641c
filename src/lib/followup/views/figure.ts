/**
 * The chart contract: what a chart shows, described once and drawn the same way everywhere — on
 * the page (Svelte), in an embed, as an SVG or PNG download, as a static /diagram file, in the
 * printed report and in the .docx. Built here from the domain; laid out and drawn by $lib/charts,
 * which picks the drawing by `kind`. A new kind of chart is a new member of `Figure` and one entry
 * in $lib/charts/kinds.ts.
 */
import type { Series } from '$lib/data/model';
import type { Lang } from '$lib/i18n/lang';
import type { AttainmentStatus } from '../attainment';

/** A target drawn on a line chart: the baseline, the target value and the straight line between. */
export interface TargetLine {
	baseline_period: number;
	baseline_value: number;
	target_period: number;
	target_value: number;
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

export type Figure = LineFigure | StatusFigure;
export type FigureKind = Figure['kind'];
