/**
 * A line chart's marks, placed: scales, ticks and their labels, the band, the target and its
 * trajectory, and each series' line and markers, in the drawing's own pixels. Pure, so the page
 * (LinePlot.svelte) and the file (./svg.ts) draw the same marks and tests can check them without a
 * DOM. d3 computes scales, ticks and paths; nothing here knows about colours or the DOM.
 */
import { textWidth } from '../text-width';
import { extent, range } from 'd3-array';
import { precisionFixed } from 'd3-format';
import { scaleLinear } from 'd3-scale';
import {
	line,
	symbol,
	symbolCircle,
	symbolCross,
	symbolDiamond,
	symbolSquare,
	symbolTriangle,
	type SymbolType
} from 'd3-shape';
import type { Point, SeriesKind } from '$lib/model/model';
import type { LineFigure } from '$lib/followup/views/figure';
import { formatNumber, formatValue } from '$lib/i18n/format';

/** The drawing's width when prerendered; in the browser it takes the width it is given. */
export const WIDTH = 640;
export const HEIGHT = 300;
export const MARGIN = { top: 18, right: 24, bottom: 34, left: 52 };

/** Line style and marker per kind of series, so the chart reads in greyscale too. */
export const STYLE: Record<SeriesKind, { dash: string; symbol: SymbolType; width: number }> = {
	municipality: { dash: '', symbol: symbolCircle, width: 3 },
	riket: { dash: '7 4', symbol: symbolSquare, width: 2 },
	region: { dash: '2 3', symbol: symbolTriangle, width: 2 },
	group: { dash: '9 3 2 3', symbol: symbolDiamond, width: 2 },
	other: { dash: '12 4', symbol: symbolCross, width: 2 }
};

export function symbolPath(kind: SeriesKind, size = 48): string {
	return symbol(STYLE[kind].symbol, size)() ?? '';
}

/** The target's own marks: a diamond at the target value. */
export const TARGET_MARK = 'M0,-9L9,0L0,9L-9,0Z';

export interface PlacedPoint {
	x: number;
	y: number;
	period: number;
	value: number;
}

export interface PlacedSeries {
	id: string;
	label: string;
	kind: SeriesKind;
	line: string;
	marker: string;
	points: PlacedPoint[];
}

export interface LineMarks {
	width: number;
	height: number;
	left: number;
	right: number;
	/** The baseline of the plot (where the x axis is drawn) and where the year labels stand. */
	axisY: number;
	xLabelY: number;
	yTicks: { y: number; label: string }[];
	xTicks: { x: number; label: string }[];
	band: string | null;
	target: { x1: number; y1: number; x2: number; y2: number } | null;
	/** The start line; its label stands to the right of it, or to the left where the right has no room. */
	marker: { x: number; top: number; bottom: number; label: string; labelX: number; anchor: 'start' | 'end' } | null;
	/** The thin lines' paths, drawn behind everything else. */
	thin: string[];
	series: PlacedSeries[];
}

export type LegendItem =
	| { kind: 'series'; series: SeriesKind; label: string }
	| { kind: 'band'; label: string }
	| { kind: 'thin'; label: string }
	| { kind: 'target'; label: string };

/** Every year from the first to the last, with null where a year has no value: gaps stay gaps. */
export function fillYears(points: readonly Point[], from: number, to: number): Point[] {
	const byPeriod = new Map(points.map((p) => [p.period, p]));
	return range(from, to + 1).map((period) => byPeriod.get(period) ?? { period, value: null, status: null });
}

/**
 * Tick labels with as many decimals as the step between ticks needs, so that no two read alike
 * (0,5 %, 1,0 %, 1,5 % — not 1 %, 1 %, 2 %).
 */
export function tickFormat(ticks: readonly number[], unit: string, lang: LineFigure['lang']): (v: number) => string {
	const step = ticks.length > 1 ? Math.abs(ticks[1]! - ticks[0]!) : 1;
	const decimals = Math.min(6, precisionFixed(step));
	return (v) => (unit === '%' ? formatValue(v, unit, lang, decimals) : formatNumber(v, lang, decimals));
}

/** `width` is the drawing's width in CSS pixels once known, so text keeps its size on a phone. */
export function layoutLine(
	figure: Pick<LineFigure, 'series' | 'target' | 'band' | 'unit' | 'lang' | 'marker' | 'thin'>,
	width = WIDTH
): LineMarks {
	const { series, target, band, marker, thin } = figure;
	const periods = series.flatMap((s) => s.points.filter((p) => p.value !== null).map((p) => p.period));
	const values = series.flatMap((s) => s.points.flatMap((p) => (p.value === null ? [] : [p.value])));
	if (target) {
		periods.push(target.baseline_period, target.target_period);
		values.push(target.baseline_value, target.target_value);
	}
	for (const b of band) values.push(b.min, b.max);
	if (marker) periods.push(marker.period);
	for (const l of thin?.lines ?? []) for (const v of l) if (v !== null) values.push(v);
	const [x0 = 2000, x1 = x0 + 1] = extent(periods);
	const [v0 = 0, v1 = 1] = extent(values);
	// Shares far from zero would look flat on a zero-based axis; shares near it would exaggerate.
	const low = v0 >= 0 && v0 < v1 * 0.5 ? 0 : v0 - (v1 - v0) * 0.15;
	const x = scaleLinear()
		.domain([x0, x1 === x0 ? x0 + 1 : x1])
		.range([MARGIN.left, width - MARGIN.right]);
	const y = scaleLinear()
		.domain([low, v1 + (v1 - low) * 0.08 || 1])
		.nice(5)
		.range([HEIGHT - MARGIN.bottom, MARGIN.top]);
	const [from, to] = x.domain() as [number, number];
	// About one year label per 55 px, in steps of 1, 2, 4 or 5 years.
	const fits = Math.max(2, Math.floor((width - MARGIN.left - MARGIN.right) / 55));
	const step = [1, 2, 4, 5, 10].find((k) => (to - from) / k <= fits) ?? 10;
	const yTicks = y.ticks(5);
	const label = tickFormat(yTicks, figure.unit, figure.lang);
	const path = line<Point>()
		.defined((p) => p.value !== null)
		.x((p) => x(p.period))
		.y((p) => y(p.value ?? 0));
	// Hundreds of thin context lines: a tenth of a pixel is precision enough, and keeps the page small.
	const thinPath = line<Point>()
		.digits(1)
		.defined((p) => p.value !== null)
		.x((p) => x(p.period))
		.y((p) => y(p.value ?? 0));
	const bandPath =
		band.length > 1
			? 'M' +
				band.map((b) => `${x(b.period)},${y(b.max)}`).join('L') +
				'L' +
				[...band]
					.reverse()
					.map((b) => `${x(b.period)},${y(b.min)}`)
					.join('L') +
				'Z'
			: null;
	return {
		width,
		height: HEIGHT,
		left: MARGIN.left,
		right: width - MARGIN.right,
		axisY: HEIGHT - MARGIN.bottom,
		xLabelY: HEIGHT - MARGIN.bottom + 20,
		yTicks: yTicks.map((v) => ({ y: y(v), label: label(v) })),
		xTicks: range(from, to + 1, step).map((v) => ({ x: x(v), label: String(v) })),
		band: bandPath,
		target: target
			? {
					x1: x(target.baseline_period),
					y1: y(target.baseline_value),
					x2: x(target.target_period),
					y2: y(target.target_value)
				}
			: null,
		thin: (thin?.lines ?? []).map(
			(l) =>
				thinPath(
					fillYears(
						thin!.periods.map((period, i) => ({ period, value: l[i] ?? null, status: null })),
						from,
						to
					)
				) ?? ''
		),
		marker: marker ? markerLabel(x(marker.period), marker.label, width) : null,
		series: series.map((s) => ({
			id: s.id,
			label: s.label,
			kind: s.kind,
			line: path(fillYears(s.points, from, to)) ?? '',
			marker: symbolPath(s.kind, s.kind === 'municipality' ? 42 : 30),
			points: s.points.flatMap((p) =>
				p.value !== null && p.period >= from && p.period <= to
					? [{ x: x(p.period), y: y(p.value), period: p.period, value: p.value }]
					: []
			)
		}))
	};
}

function markerLabel(x: number, label: string, width: number) {
	const right = x + 4 + textWidth(label, 12) <= width - 4;
	return {
		x,
		top: MARGIN.top,
		bottom: HEIGHT - MARGIN.bottom,
		label,
		labelX: right ? x + 4 : x - 4,
		anchor: right ? ('start' as const) : ('end' as const)
	};
}

/** The legend: series by line style and marker, then the band and the target, in words. */
export function lineLegend(
	figure: Pick<LineFigure, 'series' | 'band' | 'bandLabel' | 'target' | 'unit' | 'lang' | 'thin'>,
	targetWord: string
): LegendItem[] {
	const items: LegendItem[] = figure.series.map((s) => ({ kind: 'series', series: s.kind, label: s.label }));
	if (figure.thin?.lines.length) items.push({ kind: 'thin', label: figure.thin.label });
	if (figure.band.length > 1 && figure.bandLabel) items.push({ kind: 'band', label: figure.bandLabel });
	if (figure.target)
		items.push({
			kind: 'target',
			label: `${targetWord}: ${formatValue(figure.target.target_value, figure.unit, figure.lang, figure.target.decimals)} (${figure.target.target_period})`
		});
	return items;
}
