/**
 * The status chart's marks, placed: a row per area (or organisation) with its label, then one mark
 * per target, wrapped to the width. Counts are small (a dozen targets), so a mark per target says
 * more than bars would. Pure: the page and the file draw the same places.
 */
import type { AttainmentStatus } from '$lib/followup/attainment';
import type { StatusRow } from '$lib/followup/views/figure';

export const MARK = 28;
export const GAP = 6;
export const LABEL = 24;
const ROW_GAP = 14;
/** Prerendered for a phone's width; in the browser the drawing takes its real width. */
export const STATUS_WIDTH = 320;

export interface StatusMarks {
	width: number;
	height: number;
	rows: (StatusRow & { y: number; marks: { status: AttainmentStatus; x: number; y: number }[] })[];
}

export function layoutStatus(rows: readonly StatusRow[], width = STATUS_WIDTH): StatusMarks {
	const perLine = Math.max(1, Math.floor((width + GAP) / (MARK + GAP)));
	let y = 0;
	const placed = rows.map((r) => {
		const marks = r.counts.flatMap((c) => Array.from({ length: c.n }, () => c.status));
		const lines = Math.max(1, Math.ceil(marks.length / perLine));
		const row = {
			...r,
			y,
			marks: marks.map((status, i) => ({
				status,
				x: (i % perLine) * (MARK + GAP),
				y: y + LABEL + Math.floor(i / perLine) * (MARK + GAP)
			}))
		};
		y += LABEL + lines * (MARK + GAP) - GAP + ROW_GAP;
		return row;
	});
	return { width, rows: placed, height: Math.max(1, y - ROW_GAP) };
}
