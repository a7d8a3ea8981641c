/**
 * Colours for chart files (SVG, PNG, the report, the .docx): the light theme's, as literal values,
 * since a file has no stylesheet. They are app.css's light `--series-*`, `--status-*` and chart
 * colours; a unit test holds the two together.
 */
import type { SeriesKind } from '$lib/model/model';
import type { Tone } from './status/shapes';

export const PRINT: Record<SeriesKind, string> & {
	text: string;
	muted: string;
	grid: string;
	band: string;
	target: string;
} = {
	municipality: '#1d4f91',
	riket: '#4d4d4d',
	region: '#8a4b08',
	group: '#6b3fa0',
	other: '#b0185e',
	text: '#1b1f24',
	muted: '#4a5360',
	grid: '#e1e5eb',
	band: '#e9e1f3',
	target: '#1b1f24'
};

export const PRINT_TONE: Record<Tone, string> = {
	good: '#12733a',
	mid: '#8a5a00',
	bad: '#b3261e',
	none: '#5c6470'
};

export const FONT = 'Arial, Helvetica, Liberation Sans, sans-serif';
