/**
 * A report as an outline of blocks: what it says, in order, with no layout. The report page, its
 * print and the Word file are drawn from the same outline (./ReportDocument.svelte, ./docx.ts), so
 * the three never say different things.
 */
import type { Lang } from '$lib/i18n/lang';
import type { Assessment } from '$lib/model/model';
import type { Figure } from '$lib/followup/views/figure';
import { strings } from '$lib/i18n/strings';

/** A table cell: text, a link on the page, or a status said by shape and word. */
export interface Cell {
	text: string;
	href?: string;
	status?: Assessment;
}

export type Block =
	| { kind: 'heading'; level: 1 | 2 | 3 | 4 | 5; text: string; id?: string; textLang?: Lang }
	/** A status paragraph has `status` and no text; `textLang` is the prose's language where it is not the page's. */
	| {
			kind: 'paragraph';
			text: string;
			lead?: string;
			tone?: 'muted' | 'note' | 'subject' | 'example' | 'missing';
			status?: Assessment;
			textLang?: Lang;
			/** What it is, for the page's tests and styles (data-missing="2026H1"). */
			missing?: string;
	  }
	| { kind: 'bullets'; items: readonly string[] }
	/** widths: each column's share of the text width; a row's first cell names it. */
	| {
			kind: 'table';
			caption: string;
			head: readonly string[];
			rows: readonly { id: string; cells: readonly Cell[] }[];
			widths?: readonly number[];
	  }
	/** labelledby: the heading before it names the chart; else the chart has its own title heading. */
	| { kind: 'figure'; figure: Figure; headingLevel: 3 | 4 | 5; labelledby?: string }
	/**
	 * Blocks that belong together. A `chart` (a heading, its status and its chart) and a `record` are
	 * kept on one page in print and in Word; the other roles are sections that may break.
	 */
	| {
			kind: 'group';
			role: 'cover' | 'part' | 'measure' | 'target' | 'chart' | 'record';
			labelledby?: string;
			blocks: Block[];
	  };

export interface ReportOutline {
	lang: Lang;
	/** Document title (file properties) and the footer's left text. */
	title: string;
	blocks: readonly Block[];
}

/** Status by shape as well as word (a Word table has no colour to rely on either). */
const SYMBOL: Record<Assessment, string> = {
	met: '✔',
	partly_met: '◐',
	not_met: '✖',
	on_track: '▲',
	at_risk: '⚠',
	wrong_direction: '▼',
	not_assessable: '○',
	not_assessed: '–'
};

export const statusSymbol = (status: Assessment) => SYMBOL[status];
export const statusText = (status: Assessment, lang: Lang) => `${SYMBOL[status]} ${strings[lang][`status_${status}`]}`;

/** The roles whose blocks are kept on one page. */
const KEPT = new Set(['chart', 'record']);

/** Every block in reading order, groups opened. */
export function* flatBlocks(blocks: readonly Block[]): Generator<Exclude<Block, { kind: 'group' }>> {
	for (const [b] of keptBlocks(blocks)) yield b;
}

/** Every block in reading order, and whether it must stand on the same page as the block after it. */
export function* keptBlocks(
	blocks: readonly Block[],
	kept = false
): Generator<[Exclude<Block, { kind: 'group' }>, boolean]> {
	for (const [i, b] of blocks.entries()) {
		const last = i === blocks.length - 1;
		if (b.kind === 'group') {
			// Inside a kept group every block keeps with the next; the group's last keeps as the group does.
			for (const [inner, keep] of keptBlocks(b.blocks, KEPT.has(b.role))) yield [inner, keep || (kept && !last)];
		} else yield [b, kept && !last];
	}
}
