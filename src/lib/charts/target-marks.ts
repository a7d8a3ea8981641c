/** The trajectory, baseline ring and target mark of a chart file, in the print palette: one drawing for every chart kind. */
import { TARGET_MARK } from './line/layout';
import { PRINT } from './palette';

export function targetMarks(t: { x1: number; y1: number; x2: number; y2: number }): string[] {
	return [
		`<line x1="${t.x1}" y1="${t.y1}" x2="${t.x2}" y2="${t.y2}" stroke="${PRINT.target}" stroke-width="2" stroke-dasharray="3 4"/>`,
		`<circle cx="${t.x1}" cy="${t.y1}" r="7" fill="#ffffff" stroke="${PRINT.target}" stroke-width="2.5"/>`,
		`<path d="${TARGET_MARK}" transform="translate(${t.x2},${t.y2})" fill="#ffffff" stroke="${PRINT.target}" stroke-width="2.5"/>`
	];
}
