/**
 * Each kind of chart as the page draws it: its key (legend), its drawing, what stands under it, and
 * the width it is prerendered at. `Figure.svelte` looks a figure's kind up here; the same kinds become
 * files through ./kinds.ts. A new kind is one entry in each.
 */
import type { Component } from 'svelte';
import type { Figure, FigureKind } from '$lib/followup/views/figure';
import LineBelow from './line/LineBelow.svelte';
import Legend from './line/Legend.svelte';
import LinePlot from './line/LinePlot.svelte';
import { WIDTH } from './line/layout';
import PeriodBelow from './periods/PeriodBelow.svelte';
import PeriodLegend from './periods/PeriodLegend.svelte';
import PeriodPlot from './periods/PeriodPlot.svelte';
import StatusCounts from './status/StatusCounts.svelte';
import StatusPlot from './status/StatusPlot.svelte';
import { STATUS_WIDTH } from './status/layout';

type Of<K extends FigureKind> = Extract<Figure, { kind: K }>;

export interface PageKind<K extends FigureKind> {
	legend: Component<{ figure: Of<K> }> | null;
	plot: Component<{ figure: Of<K>; width: number; labelledby: string }>;
	below: Component<{ figure: Of<K> }>;
	/** Prerendered at this width; in the browser the drawing takes its box's width, not under `minWidth`. */
	width: number;
	minWidth: number;
}

export const PAGE_KINDS: { [K in FigureKind]: PageKind<K> } = {
	line: { legend: Legend, plot: LinePlot, below: LineBelow, width: WIDTH, minWidth: 280 },
	periods: { legend: PeriodLegend, plot: PeriodPlot, below: PeriodBelow, width: WIDTH, minWidth: 280 },
	status: { legend: null, plot: StatusPlot, below: StatusCounts, width: STATUS_WIDTH, minWidth: 200 }
};

/**
 * A4's text width in print (170 mm, app.css's @page margins) in CSS pixels. A chart drawn at this
 * width prints at its own size, so its axis labels keep their 12 px (9 pt) instead of shrinking
 * with a drawing made for a wide screen.
 */
export const PRINT_WIDTH = 642;

/** A figure's page kind, typed for any figure (each entry takes the figure of its own kind). */
export const pageKind = (figure: Figure) =>
	PAGE_KINDS[figure.kind] as unknown as PageKind<FigureKind> & {
		legend: Component<{ figure: Figure }> | null;
		plot: Component<{ figure: Figure; width: number; labelledby: string }>;
		below: Component<{ figure: Figure }>;
	};
