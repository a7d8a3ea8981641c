/**
 * A measure's own figure over its periods, placed: a band per period (bars for a count, a line
 * through the band centres for a share or a mean), a mark that says "<5" where a value is too
 * small to show, the target's baseline, trajectory and target value, and two rows of labels on
 * the time axis — the period within its year (H1, VT, K3, aug) and the year under its first period
 * — thinned so they never collide. Pure: the page and the file draw the same marks.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { PeriodFigure, PeriodPoint } from '$lib/followup/views/figure';
import { isWithheld } from '$lib/model/model';
import { tickFormat } from '../line/layout';

export const WIDTH = 640;
export const HEIGHT = 300;
export const MARGIN = { top: 18, right: 24, bottom: 48, left: 52 };
/** The smallest room a period label needs, in px. */
const LABEL_ROOM = 30;

export interface PeriodMarks {
	width: number;
	height: number;
	left: number;
	right: number;
	axisY: number;
	yTicks: { y: number; label: string }[];
	/** The period within its year, and the year under the first period of each year. */
	xTicks: { x: number; label: string }[];
	yearTicks: { x: number; label: string }[];
	bars: { x: number; y: number; width: number; height: number; point: PeriodPoint }[];
	line: string | null;
	dots: { x: number; y: number; point: PeriodPoint }[];
	/** Periods whose value is too small to show: a mark on the axis, never the value. */
	small: { x: number; y: number; width: number; point: PeriodPoint }[];
	target: { x1: number; y1: number; x2: number; y2: number } | null;
}

export function layoutPeriods(
	figure: Pick<PeriodFigure, 'points' | 'mark' | 'target' | 'unit' | 'lang'>,
	width = WIDTH
): PeriodMarks {
	const codes = figure.points.map((p) => p.code);
	const x = scaleBand<string>()
		.domain(codes)
		.range([MARGIN.left, width - MARGIN.right])
		.paddingInner(figure.mark === 'bars' ? 0.25 : 0)
		.paddingOuter(0.15);
	const values = figure.points.flatMap((p) => (p.value === null ? [] : [p.value]));
	if (figure.target) values.push(figure.target.baseline_value, figure.target.target_value);
	const top = Math.max(...values, 0);
	const y = scaleLinear()
		.domain([0, top > 0 ? top * 1.08 : 1])
		.nice(5)
		.range([HEIGHT - MARGIN.bottom, MARGIN.top]);
	const yTicks = y.ticks(5);
	const label = tickFormat(yTicks, figure.unit, figure.lang);
	const centre = (code: string) => (x(code) ?? 0) + x.bandwidth() / 2;
	const axisY = HEIGHT - MARGIN.bottom;
	// Every k-th period gets its label, so that labels keep their room on a phone.
	const every = Math.max(1, Math.ceil(LABEL_ROOM / Math.max(1, x.step())));
	const shown = figure.points.filter((p) => p.value !== null);
	const path = line<PeriodPoint>()
		.defined((p) => p.value !== null)
		.x((p) => centre(p.code))
		.y((p) => y(p.value ?? 0));
	const yearly = figure.points.every((p) => p.short === String(p.year));
	return {
		width,
		height: HEIGHT,
		left: MARGIN.left,
		right: width - MARGIN.right,
		axisY,
		yTicks: yTicks.map((v) => ({ y: y(v), label: label(v) })),
		xTicks: figure.points.flatMap((p, i) => (i % every === 0 ? [{ x: centre(p.code), label: p.short }] : [])),
		yearTicks: yearly
			? []
			: figure.points.flatMap((p) => (p.first ? [{ x: centre(p.code), label: String(p.year) }] : [])),
		bars:
			figure.mark === 'bars'
				? shown.map((p) => ({
						x: x(p.code) ?? 0,
						y: y(p.value!),
						width: x.bandwidth(),
						height: axisY - y(p.value!),
						point: p
					}))
				: [],
		line: figure.mark === 'line' ? path(figure.points as PeriodPoint[]) : null,
		dots: figure.mark === 'line' ? shown.map((p) => ({ x: centre(p.code), y: y(p.value!), point: p })) : [],
		small: figure.points
			.filter((p) => isWithheld(p.status))
			.map((p) => ({ x: centre(p.code), y: axisY, width: Math.max(6, x.bandwidth() * 0.8), point: p })),
		target: figure.target
			? {
					x1: centre(figure.target.baseline),
					y1: y(figure.target.baseline_value),
					x2: centre(figure.target.target),
					y2: y(figure.target.target_value)
				}
			: null
	};
}
