/**
 * A chart as a self-contained SVG file for reports: title, legend, plot, source and summary in one
 * drawing, colours and styles written on each element (no stylesheet, no CSS variables), fonts that
 * exist everywhere. The same function makes the download in the browser and the static .svg files
 * of the build, from the same geometry as the chart on the page. Every text is XML-escaped.
 */
import type { Lang } from '$lib/data/model';
import { formatNumber, formatValue } from '$lib/i18n/format';
import { strings } from '$lib/i18n/strings';
import { HEIGHT, MARGIN, STYLE, layout, symbolPath, type Band, type ChartSeries, type ChartTarget } from './geometry';
import type { SeriesKind } from '$lib/followup/observations';

export interface ChartDocument {
	title: string;
	unit: string;
	series: readonly ChartSeries[];
	source: string;
	lang: Lang;
	summary?: string;
	target?: ChartTarget | null;
	band?: readonly Band[];
	bandLabel?: string;
	/** Drawing width in px; A4 at 300 dpi is reached by scaling the PNG, not by widening the chart. */
	width?: number;
}

/** Print colours: the light theme's, as literal values. */
export const PRINT: Record<SeriesKind, string> & { text: string; muted: string; grid: string; band: string; target: string } = {
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

const FONT = 'Arial, Helvetica, Liberation Sans, sans-serif';

export const escapeXml = (s: string) =>
	s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/** Splits text into lines of at most `chars` characters, at spaces. */
function wrap(text: string, chars: number): string[] {
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

export function chartSvg(doc: ChartDocument): string {
	const width = doc.width ?? 720;
	const s = strings[doc.lang];
	const g = layout(doc.series, doc.target ?? null, doc.band ?? [], width);
	const e = escapeXml;
	const chars = Math.floor(width / 7.2);
	const titleLines = wrap(doc.title, Math.floor(width / 9));

	// Legend entries: a line sample with its marker, then the label; wrapped into rows.
	const legend: { label: string; draw: string }[] = doc.series.map((ser) => {
		const st = STYLE[ser.kind];
		const colour = PRINT[ser.kind];
		return {
			label: ser.label,
			draw: `<line x1="0" x2="28" y1="0" y2="0" stroke="${colour}" stroke-width="${st.width}" stroke-dasharray="${st.dash}"/><path d="${symbolPath(ser.kind, 36)}" transform="translate(14,0)" fill="${colour}"/>`
		};
	});
	if ((doc.band?.length ?? 0) > 1 && doc.bandLabel)
		legend.push({ label: doc.bandLabel, draw: `<rect x="0" y="-5" width="28" height="10" fill="${PRINT.band}"/>` });
	if (doc.target)
		legend.push({
			label: `${s.target_line}: ${formatValue(doc.target.target_value, doc.unit, doc.lang)} (${doc.target.target_period})`,
			draw: `<line x1="0" x2="28" y1="0" y2="0" stroke="${PRINT.target}" stroke-width="2" stroke-dasharray="3 4"/>`
		});

	let y = 24;
	const parts: string[] = [];
	for (const l of titleLines) {
		parts.push(`<text x="16" y="${y}" font-size="16" font-weight="bold" fill="${PRINT.text}">${e(l)}</text>`);
		y += 21;
	}
	let x = 16;
	y += 4;
	for (const item of legend) {
		const w = 36 + item.label.length * 6.6 + 18;
		if (x + w > width - 16 && x > 16) {
			x = 16;
			y += 20;
		}
		parts.push(`<g transform="translate(${x},${y})">${item.draw}<text x="36" y="0" dy="0.32em" font-size="12" fill="${PRINT.text}">${e(item.label)}</text></g>`);
		x += w;
	}
	y += 14;

	const tick = (v: number) => (doc.unit === '%' ? formatValue(v, doc.unit, doc.lang, 0) : formatNumber(v, doc.lang, 0));
	const plot: string[] = [];
	for (const t of g.yTicks) {
		plot.push(`<line x1="${MARGIN.left}" x2="${width - MARGIN.right}" y1="${g.y(t)}" y2="${g.y(t)}" stroke="${PRINT.grid}"/>`);
		plot.push(`<text x="${MARGIN.left - 8}" y="${g.y(t)}" dy="0.32em" text-anchor="end" font-size="12" fill="${PRINT.muted}">${e(tick(t))}</text>`);
	}
	for (const t of g.xTicks) plot.push(`<text x="${g.x(t)}" y="${HEIGHT - MARGIN.bottom + 20}" text-anchor="middle" font-size="12" fill="${PRINT.muted}">${t}</text>`);
	plot.push(`<line x1="${MARGIN.left}" x2="${width - MARGIN.right}" y1="${HEIGHT - MARGIN.bottom}" y2="${HEIGHT - MARGIN.bottom}" stroke="${PRINT.muted}"/>`);
	const band = doc.band ?? [];
	if (band.length > 1) {
		const d = 'M' + band.map((b) => `${g.x(b.period)},${g.y(b.max)}`).join('L') + 'L' + [...band].reverse().map((b) => `${g.x(b.period)},${g.y(b.min)}`).join('L') + 'Z';
		plot.push(`<path d="${d}" fill="${PRINT.band}"/>`);
	}
	if (doc.target) {
		const t = doc.target;
		plot.push(
			`<line x1="${g.x(t.baseline_period)}" y1="${g.y(t.baseline_value)}" x2="${g.x(t.target_period)}" y2="${g.y(t.target_value)}" stroke="${PRINT.target}" stroke-width="2" stroke-dasharray="3 4"/>`,
			`<circle cx="${g.x(t.baseline_period)}" cy="${g.y(t.baseline_value)}" r="7" fill="#ffffff" stroke="${PRINT.target}" stroke-width="2.5"/>`,
			`<path d="M0,-9L9,0L0,9L-9,0Z" transform="translate(${g.x(t.target_period)},${g.y(t.target_value)})" fill="#ffffff" stroke="${PRINT.target}" stroke-width="2.5"/>`
		);
	}
	for (const ser of doc.series) {
		const st = STYLE[ser.kind];
		const colour = PRINT[ser.kind];
		plot.push(`<path d="${g.path(ser.points)}" fill="none" stroke="${colour}" stroke-width="${st.width}" stroke-dasharray="${st.dash}" stroke-linejoin="round"/>`);
		for (const p of ser.points)
			if (p.value !== null && p.period >= g.from && p.period <= g.to)
				plot.push(`<path d="${symbolPath(ser.kind, ser.kind === 'municipality' ? 42 : 30)}" transform="translate(${g.x(p.period)},${g.y(p.value)})" fill="${colour}"><title>${e(`${ser.label} ${p.period}: ${formatValue(p.value, doc.unit, doc.lang)}`)}</title></path>`);
	}
	parts.push(`<g transform="translate(0,${y})">${plot.join('')}</g>`);
	y += HEIGHT + 8;

	const footer = [`${s.source}: ${doc.source}`, ...(doc.summary ? wrap(doc.summary, chars) : [])];
	for (const [i, l] of footer.entries()) {
		parts.push(`<text x="16" y="${y}" font-size="${i === 0 ? 11 : 12}" fill="${i === 0 ? PRINT.muted : PRINT.text}">${e(l)}</text>`);
		y += 17;
	}
	const height = Math.ceil(y + 4);
	return (
		`<?xml version="1.0" encoding="UTF-8"?>\n` +
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" role="img" lang="${doc.lang}">` +
		`<title>${e(doc.title)}</title>${doc.summary ? `<desc>${e(doc.summary)}</desc>` : ''}` +
		`<rect width="100%" height="100%" fill="#ffffff"/>${parts.join('')}</svg>\n`
	);
}
