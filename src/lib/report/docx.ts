/**
 * The follow-up report as a Word file, because council reports are written in Word. The report
 * page describes its content as an outline of blocks (headings, text, a table, charts); this module
 * only lays the outline out in A4 with Word's own heading styles, so the document's navigation
 * pane and table of contents work and a secretary can restyle it. Charts go in as SVG with a PNG
 * fallback (Word 2016 and later draws the SVG; older Word and LibreOffice use the PNG), with their
 * title and summary as alt text. Loaded only when someone asks for the file: docx is large.
 */
import {
	AlignmentType,
	Document,
	Footer,
	HeadingLevel,
	ImageRun,
	Packer,
	PageNumber,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType
} from 'docx';
import type { Figure } from '$lib/followup/views/figure';
import { locale } from '$lib/i18n/format';
import { keptBlocks, statusSymbol, type Block, type ReportOutline } from './blocks';
import { strings } from '$lib/i18n/strings';
import type { Assessment } from '$lib/model/model';

export type { ReportOutline } from './blocks';

export interface RenderedChart {
	svg: Uint8Array;
	png: Uint8Array;
	width: number;
	height: number;
}

/** A date (2025-08-31) never breaks at its hyphens across two lines: Word gets non-breaking ones. */
const keepDates = (text: string) => text.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, '$1\u2011$2\u2011$3');

/** A4 less 2 cm margins each side is 17 cm: 642 px at Word's 96 to the inch. */
const TEXT_WIDTH_PX = 642;
const HEADINGS = [
	HeadingLevel.TITLE,
	HeadingLevel.HEADING_1,
	HeadingLevel.HEADING_2,
	HeadingLevel.HEADING_3,
	HeadingLevel.HEADING_4
] as const;
const MUTED = '4A5360';
/**
 * A status's shape is drawn from a font that has every one of them (Windows' own symbol font):
 * Arial has few, and a program left to pick a substitute may draw one tiny (LibreOffice's ◐).
 */
const SYMBOL_FONT = 'Segoe UI Symbol';
const statusRuns = (status: Assessment, lang: ReportOutline['lang'], bold = false) => [
	new TextRun({ text: statusSymbol(status), font: SYMBOL_FONT, bold }),
	new TextRun({ text: ` ${strings[lang][`status_${status}`]}`, bold })
];

/** In the browser: the same SVG as the download, and its PNG at twice the size for print. */
async function renderInBrowser(figure: Figure): Promise<RenderedChart> {
	const [{ figureFile }, { svgToPng }] = await Promise.all([import('$lib/charts/kinds'), import('$lib/charts/png')]);
	const svg = figureFile(figure);
	const [, w, h] = /width="(\d+)" height="(\d+)"/.exec(svg) ?? [];
	const png = new Uint8Array(await (await svgToPng(svg, 2, 192)).arrayBuffer());
	return { svg: new TextEncoder().encode(svg), png, width: Number(w), height: Number(h) };
}

export async function reportDocx(
	outline: ReportOutline,
	render: (f: Figure) => Promise<RenderedChart> = renderInBrowser
): Promise<Blob> {
	const children: (Paragraph | Table)[] = [];
	const { lang } = outline;
	// `keep`: the block stands on the same page as the next (a target's heading, status and chart).
	for (const [block, keep] of keptBlocks(outline.blocks)) {
		switch (block.kind) {
			case 'heading':
				children.push(
					new Paragraph({ text: keepDates(block.text), heading: HEADINGS[block.level - 1], keepNext: true })
				);
				break;
			case 'paragraph': {
				const tone = block.tone;
				const style = {
					color: tone === 'muted' ? MUTED : undefined,
					size: tone === 'subject' ? 32 : undefined,
					bold: tone === 'subject',
					italics: tone === 'note' || tone === 'example' || tone === 'missing'
				};
				const text = block.status ? '' : block.text;
				// A committee's prose keeps its paragraphs (a blank line) and its line breaks.
				const paras = text.split(/\n{2,}/);
				paras.forEach((para, i) => {
					const lines = para.split('\n');
					const runs = [
						...(block.lead && i === 0 ? [new TextRun({ text: block.lead, bold: true })] : []),
						...(block.status
							? statusRuns(block.status, lang)
							: lines.map((line, j) => new TextRun({ text: keepDates(line), break: j > 0 ? 1 : undefined, ...style })))
					];
					children.push(new Paragraph({ children: runs, spacing: { after: 120 }, keepNext: keep }));
				});
				break;
			}
			case 'bullets':
				for (const item of block.items) children.push(new Paragraph({ text: keepDates(item), bullet: { level: 0 } }));
				break;
			case 'table':
				children.push(table(block, lang), new Paragraph({ text: '' }));
				break;
			case 'figure': {
				// The summary is text in the document, so the picture need not carry it too.
				const { summary, title } = block.figure;
				const img = await render({ ...block.figure, summary: null });
				const scale = Math.min(1, TEXT_WIDTH_PX / img.width);
				children.push(
					new Paragraph({
						keepNext: true,
						keepLines: true,
						children: [
							new ImageRun({
								type: 'svg',
								data: img.svg,
								fallback: { type: 'png', data: img.png },
								transformation: { width: Math.round(img.width * scale), height: Math.round(img.height * scale) },
								altText: { name: title, title, description: summary ?? title }
							})
						]
					})
				);
				if (summary)
					children.push(new Paragraph({ text: keepDates(summary), spacing: { after: 240 }, keepNext: keep }));
				// The page's chart says why a value is not shown under the drawing; so does the document.
				const notes = block.figure.kind === 'periods' ? [block.figure.small?.note, block.figure.secondary?.note] : [];
				for (const note of notes)
					if (note) children.push(new Paragraph({ children: [new TextRun({ text: note, color: MUTED })] }));
				break;
			}
		}
	}
	const doc = new Document({
		title: outline.title,
		creator: 'Följupp',
		// The page's language, so that spell-checking and screen readers read the document as what it is.
		styles: {
			default: {
				document: { run: { font: 'Arial', size: 21, language: { value: locale(lang) } } }
			}
		},
		sections: [
			{
				properties: {
					page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } }
				},
				footers: {
					default: new Footer({
						children: [
							new Paragraph({
								alignment: AlignmentType.RIGHT,
								children: [
									new TextRun({ text: `${keepDates(outline.title)}   `, color: MUTED, size: 16 }),
									new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES], color: MUTED, size: 16 })
								]
							})
						]
					})
				},
				children
			}
		]
	});
	return Packer.toBlob(doc);
}

/** 17 cm in twentieths of a point, Word's unit for table columns. */
const TEXT_WIDTH_TWIPS = 9638;

function table({ head, rows, widths }: Extract<Block, { kind: 'table' }>, lang: ReportOutline['lang']): Table {
	const cell = (c: { text: string; status?: Assessment }, header: boolean) =>
		new TableCell({
			// A cell of several lines (an answer per committee, an action per line) is a paragraph each.
			children: (c.status ? [''] : c.text.split('\n')).map(
				(line) =>
					new Paragraph({
						children: c.status ? statusRuns(c.status, lang) : [new TextRun({ text: keepDates(line), bold: header })]
					})
			),
			margins: { top: 40, bottom: 40, left: 80, right: 80 }
		});
	return new Table({
		width: { size: 100, type: WidthType.PERCENTAGE },
		columnWidths: widths?.map((w) => Math.round(w * TEXT_WIDTH_TWIPS)),
		rows: [
			new TableRow({ tableHeader: true, children: head.map((h) => cell({ text: h }, true)) }),
			...rows.map((r) => new TableRow({ cantSplit: true, children: r.cells.map((c) => cell(c, false)) }))
		]
	});
}
