/**
 * The kinds of chart, and for each how it becomes a file (SVG, the PNG drawn from it, the report's
 * pictures) and a CSV of its values. The page's drawing of each kind is in ./registry.ts.
 * A new kind: a member of `Figure` ($lib/followup/views/figure.ts), a layout, a Svelte plot, and an
 * entry here.
 */
import type { Figure, FigureKind } from '$lib/followup/views/figure';
import { lineCsv } from './line/csv';
import { lineFile } from './line/svg';
import { periodsCsv, periodsFile } from './periods/file';
import { statusCsv, statusFile } from './status/file';
import { fileSlug } from '$lib/data/text';
import { strings } from '$lib/i18n/strings';

type Of<K extends FigureKind> = Extract<Figure, { kind: K }>;

interface KindFiles<K extends FigureKind> {
	/** The chart as a standalone SVG file, `width` px wide. */
	file: (figure: Of<K>, width?: number) => string;
	csv: (figure: Of<K>) => string;
}

export const KINDS: { [K in FigureKind]: KindFiles<K> } = {
	line: { file: lineFile, csv: lineCsv },
	status: { file: statusFile, csv: statusCsv },
	periods: { file: periodsFile, csv: periodsCsv }
};

/** The default width of a chart file in px; A4 at 300 dpi is reached by scaling the PNG. */
export const FILE_WIDTH = 720;

export const figureFile = (figure: Figure, width = FILE_WIDTH): string =>
	(KINDS[figure.kind].file as (f: Figure, w?: number) => string)(figure, width);
export const figureCsv = (figure: Figure): string => (KINDS[figure.kind].csv as (f: Figure) => string)(figure);

/** What a figure shows, by the start of its id, as the first word of its file name. */
const FILE_WORDS: [
	prefix: string,
	word: 'file_target' | 'file_key_figure' | 'file_own' | 'file_effect' | 'file_status'
][] = [
	['target-', 'file_target'],
	['indicator-', 'file_key_figure'],
	['own-', 'file_own'],
	['effect-', 'file_effect'],
	['status-', 'file_status']
];

/**
 * A file name a person can file, in the page's language: what the chart is, its id and its title
 * (`effektmal-t02-unga-som-varken-arbetar-eller-studerar`).
 */
export function figureFileName(figure: Figure): string {
	const kind = FILE_WORDS.find(([prefix]) => figure.id.startsWith(prefix));
	const id = kind ? figure.id.slice(kind[0].length) : figure.id;
	const words = kind ? strings[figure.lang][kind[1]] : '';
	const title = fileSlug(figure.title);
	return [words, fileSlug(id), title].filter(Boolean).join('-') || 'chart';
}
