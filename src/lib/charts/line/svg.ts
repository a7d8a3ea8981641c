/** A line chart's marks (./layout.ts) as SVG elements for a file, in print colours. */
import type { LineFigure } from '$lib/followup/views/figure';
import { formatValue } from '$lib/i18n/format';
import { strings } from '$lib/i18n/strings';
import { chartFile, escapeXml as e, type FileLegendItem } from '../file';
import { targetMarks } from '../target-marks';
import { PRINT } from '../palette';
import { STYLE, layoutLine, lineLegend, symbolPath } from './layout';

export function lineFile(figure: LineFigure, width = 720): string {
	const m = layoutLine(figure, width);
	const legend: FileLegendItem[] = lineLegend(figure, strings[figure.lang].target_line).map((item) => {
		if (item.kind === 'series') {
			const colour = PRINT[item.series];
			const st = STYLE[item.series];
			return {
				label: item.label,
				draw: `<line x1="0" x2="28" y1="0" y2="0" stroke="${colour}" stroke-width="${st.width}" stroke-dasharray="${st.dash}"/><path d="${symbolPath(item.series, 36)}" transform="translate(14,0)" fill="${colour}"/>`
			};
		}
		if (item.kind === 'thin')
			return {
				label: item.label,
				draw: `<path d="M0,3L10,-2L20,1L28,-4" fill="none" stroke="${PRINT.muted}" stroke-opacity="0.5"/>`
			};
		if (item.kind === 'band')
			return { label: item.label, draw: `<rect x="0" y="-5" width="28" height="10" fill="${PRINT.band}"/>` };
		return {
			label: item.label,
			draw: `<line x1="0" x2="28" y1="0" y2="0" stroke="${PRINT.target}" stroke-width="2" stroke-dasharray="3 4"/>`
		};
	});

	const plot: string[] = [];
	for (const t of m.yTicks) {
		plot.push(`<line x1="${m.left}" x2="${m.right}" y1="${t.y}" y2="${t.y}" stroke="${PRINT.grid}"/>`);
		plot.push(
			`<text x="${m.left - 8}" y="${t.y}" dy="0.32em" text-anchor="end" font-size="12" fill="${PRINT.muted}">${e(t.label)}</text>`
		);
	}
	for (const t of m.xTicks)
		plot.push(
			`<text x="${t.x}" y="${m.xLabelY}" text-anchor="middle" font-size="12" fill="${PRINT.muted}">${t.label}</text>`
		);
	plot.push(`<line x1="${m.left}" x2="${m.right}" y1="${m.axisY}" y2="${m.axisY}" stroke="${PRINT.muted}"/>`);
	for (const d of m.thin)
		plot.push(`<path d="${d}" fill="none" stroke="${PRINT.muted}" stroke-opacity="0.25" stroke-width="1"/>`);
	if (m.band) plot.push(`<path d="${m.band}" fill="${PRINT.band}"/>`);
	if (m.target) plot.push(...targetMarks(m.target));
	if (m.marker)
		plot.push(
			`<line x1="${m.marker.x}" x2="${m.marker.x}" y1="${m.marker.top}" y2="${m.marker.bottom}" stroke="${PRINT.muted}" stroke-dasharray="4 3"/>`,
			`<text x="${m.marker.labelX}" y="${m.marker.top + 12}" text-anchor="${m.marker.anchor}" font-size="12" fill="${PRINT.muted}">${e(m.marker.label)}</text>`
		);
	for (const s of m.series) {
		const st = STYLE[s.kind];
		const colour = PRINT[s.kind];
		plot.push(
			`<path d="${s.line}" fill="none" stroke="${colour}" stroke-width="${st.width}" stroke-dasharray="${st.dash}" stroke-linejoin="round"/>`
		);
		for (const p of s.points)
			plot.push(
				`<path d="${s.marker}" transform="translate(${p.x},${p.y})" fill="${colour}"><title>${e(`${s.label} ${p.period}: ${formatValue(p.value, figure.unit, figure.lang, figure.target?.decimals)}`)}</title></path>`
			);
	}
	return chartFile({
		title: figure.title,
		source: figure.source,
		summary: figure.summary,
		lang: figure.lang,
		width,
		legend,
		plot: plot.join(''),
		plotHeight: m.height
	});
}
