/**
 * A chart as a self-contained SVG file for reports: title, legend, plot, source and summary in one
 * drawing, colours written on each element (no stylesheet, no CSS variables), fonts that exist
 * everywhere. Each kind of chart draws its legend entries and its plot (./kinds.ts); this module
 * frames them. Every text is XML-escaped.
 */
import type { Lang } from '$lib/i18n/lang';
import { strings } from '$lib/i18n/strings';
import { FONT, PRINT } from './palette';
import { formulaSafe } from '$lib/data/text';
import { textWidth, wrapText } from './text-width';

export const escapeXml = (s: string) =>
	s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

export interface FileLegendItem {
	label: string;
	/** SVG elements drawn around (0, 0), at most 28 px wide. */
	draw: string;
}

export interface FileParts {
	title: string;
	source: string;
	summary: string | null;
	lang: Lang;
	width: number;
	legend: readonly FileLegendItem[];
	/** The plot's SVG elements, drawn from (0, 0), and its height. */
	plot: string;
	plotHeight: number;
}

export function chartFile(p: FileParts): string {
	const s = strings[p.lang];
	const e = escapeXml;
	const { width } = p;
	const inner = width - 32;
	let y = 24;
	const parts: string[] = [];
	const text = (l: string, x: number, size: number, fill: string, bold = false) =>
		`<text x="${x}" y="${y}" font-size="${size}"${bold ? ' font-weight="bold"' : ''} fill="${fill}">${e(l)}</text>`;
	for (const l of wrapText(p.title, inner, 16, true)) {
		parts.push(text(l, 16, 16, PRINT.text, true));
		y += 21;
	}
	// A legend entry is its mark and its words; entries share a row while they fit, and a label too long
	// for a row of its own is broken into lines beside its mark.
	let x = 16;
	y += 4;
	let rowBottom = y;
	for (const item of p.legend) {
		const lines = wrapText(item.label, inner - 36, 12);
		const w = 36 + Math.max(...lines.map((l) => textWidth(l, 12))) + 18;
		if (x + w > width - 16 + 18 && x > 16) {
			x = 16;
			y = rowBottom + 20;
		}
		const words =
			lines.length === 1
				? `<text x="36" y="0" dy="0.32em" font-size="12" fill="${PRINT.text}">${e(lines[0]!)}</text>`
				: `<text y="0" font-size="12" fill="${PRINT.text}">${lines.map((l, i) => `<tspan x="36" dy="${i === 0 ? '0.32em' : '1.3em'}">${e(l)}</tspan>`).join('')}</text>`;
		parts.push(`<g transform="translate(${x},${y})">${item.draw}${words}</g>`);
		rowBottom = Math.max(rowBottom, y + (lines.length - 1) * 15.6);
		x += w;
	}
	y = rowBottom + 14;
	parts.push(`<g transform="translate(0,${y})">${p.plot}</g>`);
	y += p.plotHeight + 8;
	for (const l of wrapText(`${s.source}: ${p.source}`, inner, 11)) {
		parts.push(text(l, 16, 11, PRINT.muted));
		y += 15;
	}
	y += 2;
	for (const l of p.summary ? wrapText(p.summary, inner, 12) : []) {
		parts.push(text(l, 16, 12, PRINT.text));
		y += 17;
	}
	const height = Math.ceil(y + 4);
	return (
		`<?xml version="1.0" encoding="UTF-8"?>\n` +
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" role="img" lang="${p.lang}">` +
		`<title>${e(p.title)}</title>${p.summary ? `<desc>${e(p.summary)}</desc>` : ''}` +
		`<rect width="100%" height="100%" fill="#ffffff"/>${parts.join('')}</svg>\n`
	);
}

/** Every value of a CSV cell that a spreadsheet would run as a formula is made text. */
export const csvCell = (v: string) => {
	const safe = formulaSafe(v);
	return /[;"\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

/** A CSV that Swedish Excel opens as it is: `;`, UTF-8 with BOM, CRLF. */
export const excelCsv = (rows: readonly string[]) => '\ufeff' + rows.join('\r\n') + '\r\n';
