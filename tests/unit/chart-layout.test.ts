/** The line chart's layout, checked without a DOM: where marks go and what the axes say. */
import { describe, expect, it } from 'vitest';
import { layoutLine, MARGIN, HEIGHT } from '$lib/charts/line/layout';
import { layoutStatus } from '$lib/charts/status/layout';
import type { Point } from '$lib/model/model';

const points = (values: (number | null)[], from = 2017): Point[] =>
	values.map((value, i) => ({ period: from + i, value, status: null }));
const figure = (values: (number | null)[], unit = '%') => ({
	series: [{ id: 'a', label: 'A', kind: 'municipality' as const, points: points(values) }],
	target: null,
	band: [],
	unit,
	lang: 'sv' as const
});

describe('the y axis', () => {
	it('gives distinct tick labels for small values (a key figure around 0,6 %)', () => {
		const m = layoutLine(figure([0.62, 0.58, 0.71, 0.66, 0.55, 0.6]));
		const labels = m.yTicks.map((t) => t.label);
		expect(labels.length).toBeGreaterThan(2);
		expect(new Set(labels).size).toBe(labels.length);
		expect(labels[0]).toMatch(/^0,\d+\u00a0%$/);
	});
	it('keeps whole numbers whole when the step is whole', () => {
		const m = layoutLine(figure([20, 35, 50], 'antal'));
		for (const t of m.yTicks) expect(t.label).toMatch(/^\d+( \d{3})?$/u);
	});
	it('writes distinct labels for every range, large or tiny', () => {
		for (const scale of [0.001, 0.05, 1, 7, 130, 25_000]) {
			const m = layoutLine(
				figure(
					[1, 1.3, 1.1, 1.6].map((v) => v * scale),
					''
				)
			);
			const labels = m.yTicks.map((t) => t.label);
			expect(new Set(labels).size, `scale ${scale}: ${labels.join(' | ')}`).toBe(labels.length);
		}
	});
	it('puts higher values higher, inside the plot', () => {
		const m = layoutLine(figure([1, 5]));
		const [low, high] = m.series[0]!.points;
		expect(high!.y).toBeLessThan(low!.y);
		for (const p of m.series[0]!.points) {
			expect(p.y).toBeGreaterThanOrEqual(MARGIN.top);
			expect(p.y).toBeLessThanOrEqual(HEIGHT - MARGIN.bottom);
		}
	});
});

describe('the x axis and the lines', () => {
	it('leaves a gap where a year has no value, and draws no marker there', () => {
		const m = layoutLine(figure([5, null, 6, 7]));
		expect(m.series[0]!.line.match(/M/g)?.length).toBe(2);
		expect(m.series[0]!.points.map((p) => p.period)).toEqual([2017, 2019, 2020]);
	});
	it('labels fewer years on a narrow screen, never more than fit', () => {
		const values = Array.from({ length: 16 }, (_, i) => i);
		const wide = layoutLine(figure(values), 960);
		const narrow = layoutLine(figure(values), 300);
		expect(narrow.xTicks.length).toBeLessThan(wide.xTicks.length);
		for (let i = 1; i < narrow.xTicks.length; i++)
			expect(narrow.xTicks[i]!.x - narrow.xTicks[i - 1]!.x).toBeGreaterThanOrEqual(40);
	});
	it('widens the axes to hold the target and its year', () => {
		const m = layoutLine({
			...figure([6, 5.8]),
			target: { baseline_period: 2017, baseline_value: 6, target_period: 2026, target_value: 4 }
		});
		expect(m.xTicks.at(-1)!.label).toBe('2026');
		expect(m.target!.y2).toBeGreaterThan(m.series[0]!.points[1]!.y);
	});
});

describe('the status chart', () => {
	it('places a mark per target, wrapping rows to the width', () => {
		const rows = [
			{
				id: 'a',
				name: 'A',
				total: 12,
				counts: [
					{ status: 'met' as const, n: 7 },
					{ status: 'at_risk' as const, n: 5 }
				]
			}
		];
		const narrow = layoutStatus(rows, 200);
		const wide = layoutStatus(rows, 600);
		expect(narrow.rows[0]!.marks).toHaveLength(12);
		expect(narrow.height).toBeGreaterThan(wide.height);
		for (const m of narrow.rows[0]!.marks) expect(m.x + 28).toBeLessThanOrEqual(200);
	});
});
