/**
 * The numbers behind a line chart: scales, ticks, paths. Kept apart from LineChart.svelte so the
 * geometry can be tested without a DOM, and reused by the SVG export.
 */
import { extent, range } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { line, symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolTriangle, type SymbolType } from 'd3-shape';
import type { Point, SeriesKind } from '$lib/followup/observations';

export interface ChartSeries {
	id: string;
	label: string;
	kind: SeriesKind;
	points: readonly Point[];
}

export interface ChartTarget {
	baseline_period: number;
	baseline_value: number;
	target_period: number;
	target_value: number;
}

export interface Band {
	period: number;
	min: number;
	max: number;
}

export const WIDTH = 640;
export const HEIGHT = 300;
export const MARGIN = { top: 18, right: 24, bottom: 34, left: 52 };

/** Line style and marker per kind of series, so the chart reads in greyscale too. */
export const STYLE: Record<SeriesKind, { dash: string; symbol: SymbolType; colour: string; width: number }> = {
	municipality: { dash: '', symbol: symbolCircle, colour: 'var(--series-municipality)', width: 3 },
	riket: { dash: '7 4', symbol: symbolSquare, colour: 'var(--series-riket)', width: 2 },
	region: { dash: '2 3', symbol: symbolTriangle, colour: 'var(--series-region)', width: 2 },
	group: { dash: '9 3 2 3', symbol: symbolDiamond, colour: 'var(--series-group)', width: 2 },
	other: { dash: '12 4', symbol: symbolCross, colour: 'var(--series-other)', width: 2 }
};

export function symbolPath(kind: SeriesKind, size = 48): string {
	return symbol(STYLE[kind].symbol, size)() ?? '';
}

/** Every year from the first to the last, with null where a year has no value: gaps stay gaps. */
export function fillYears(points: readonly Point[], from: number, to: number): Point[] {
	const byPeriod = new Map(points.map((p) => [p.period, p]));
	return range(from, to + 1).map((period) => byPeriod.get(period) ?? { period, value: null, status: null });
}

/** `width` is the drawing's width in CSS pixels once known, so text keeps its size on a phone. */
export function layout(series: readonly ChartSeries[], target?: ChartTarget | null, band?: readonly Band[], width = WIDTH) {
	const periods = series.flatMap((s) => s.points.filter((p) => p.value !== null).map((p) => p.period));
	const values = series.flatMap((s) => s.points.flatMap((p) => (p.value === null ? [] : [p.value])));
	if (target) {
		periods.push(target.baseline_period, target.target_period);
		values.push(target.baseline_value, target.target_value);
	}
	for (const b of band ?? []) values.push(b.min, b.max);
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
	const span = x.domain()[1]! - x.domain()[0]!;
	// About one year label per 55 px, in steps of 1, 2, 4 or 5 years.
	const fits = Math.max(2, Math.floor((width - MARGIN.left - MARGIN.right) / 55));
	const step = [1, 2, 4, 5, 10].find((k) => span / k <= fits) ?? 10;
	const xTicks = range(x.domain()[0]!, x.domain()[1]! + 1, step);
	const path = line<Point>()
		.defined((p) => p.value !== null)
		.x((p) => x(p.period))
		.y((p) => y(p.value ?? 0));
	return {
		width,
		x,
		y,
		xTicks,
		yTicks: y.ticks(5),
		from: x.domain()[0]!,
		to: x.domain()[1]!,
		path: (points: readonly Point[]) => path(fillYears(points, x.domain()[0]!, x.domain()[1]!)) ?? ''
	};
}
