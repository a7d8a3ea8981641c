/** Each status's mark: a colour family and a shape, never the colour alone. */
import type { Assessment } from '$lib/model/model';

export type Tone = 'good' | 'mid' | 'bad' | 'none';

/** A status's colour family: never shown alone, always with a shape and a word. */
export const TONE: Record<Assessment, Tone> = {
	met: 'good',
	on_track: 'good',
	partly_met: 'mid',
	at_risk: 'mid',
	not_met: 'bad',
	wrong_direction: 'bad',
	not_assessable: 'none',
	not_assessed: 'none'
};

// Distinct shapes in a 16 × 16 box: check in a circle, half-filled circle, cross in a square,
// up-arrow, warning triangle, down-arrow, dashed empty circle; a committee's "not assessed" is a dashed
// square with a bar.
export const SHAPE: Record<Assessment, string> = {
	met: 'M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm-3.2 7.2 2.2 2.2 4.4-4.6',
	partly_met: 'M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm0 0v14',
	not_met: 'M1.5 1.5h13v13h-13Zm3 3 7 7m0-7-7 7',
	on_track: 'M8 1.5 14 9H10.5V14.5H5.5V9H2Z',
	at_risk: 'M8 1.5 15 14.5H1ZM8 6v4.2m0 1.8v.6',
	wrong_direction: 'M8 14.5 2 7H5.5V1.5H10.5V7H14Z',
	not_assessable: 'M8 1.5a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13Z',
	not_assessed: 'M2 2h12v12H2ZM5 8h6'
};

export const FILLED: Partial<Record<Assessment, boolean>> = { on_track: true, wrong_direction: true };
/** The left half of partly_met's circle, filled. */
export const HALF = 'M8 1a7 7 0 0 0 0 14Z';

/** The shape as SVG elements in a 16 × 16 box, in `colour`: for files, where there is no currentColor. */
export function shapeSvg(status: Assessment, colour: string): string {
	const dash = status === 'not_assessable' || status === 'not_assessed' ? ' stroke-dasharray="2.5 2"' : '';
	const main = `<path d="${SHAPE[status]}" fill="${FILLED[status] ? colour : 'none'}" stroke="${colour}" stroke-width="1.8"${dash} stroke-linejoin="round" stroke-linecap="round"/>`;
	return status === 'partly_met' ? `${main}<path d="${HALF}" fill="${colour}"/>` : main;
}
