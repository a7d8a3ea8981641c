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

export const escapeXml = (s: string) =>
	s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/** Splits text into lines of at most `chars` characters, at spaces. */
export function wrap(text: string, chars: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		if (line && (line + ' ' + word).length > chars) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

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
	let y = 24;
	const parts: string[] = [];
	for (const l of wrap(p.title, Math.floor(width / 9))) {
		parts.push(`<text x="16" y="${y}" font-size="16" font-weight="bold" fill="${PRINT.text}">${e(l)}</text>`);
		y += 21;
	}
	let x = 16;
	y += 4;
	for (const item of p.legend) {
		const w = 36 + item.label.length * 6.6 + 18;
		if (x + w > width - 16 && x > 16) {
			x = 16;
			y += 20;
		}
		parts.push(
			`<g transform="translate(${x},${y})">${item.draw}<text x="36" y="0" dy="0.32em" font-size="12" fill="${PRINT.text}">${e(item.label)}</text></g>`
		);
		x += w;
	}
	y += 14;
	parts.push(`<g transform="translate(0,${y})">${p.plot}</g>`);
	y += p.plotHeight + 8;
	const footer = [`${s.source}: ${p.source}`, ...(p.summary ? wrap(p.summary, Math.floor(width / 7.2)) : [])];
	for (const [i, l] of footer.entries()) {
		parts.push(
			`<text x="16" y="${y}" font-size="${i === 0 ? 11 : 12}" fill="${i === 0 ? PRINT.muted : PRINT.text}">${e(l)}</text>`
		);
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
