/** The status chart as a file (SVG, PNG, report) and its counts as a CSV. */
import type { StatusFigure } from '$lib/followup/views/figure';
import { strings } from '$lib/i18n/strings';
import { chartFile, csvCell, escapeXml as e, excelCsv } from '../file';
import { PRINT, PRINT_TONE } from '../palette';
import { LABEL, MARK, layoutStatus } from './layout';
import { TONE, shapeSvg } from './shapes';

export function statusFile(figure: StatusFigure, width = 720): string {
	const s = strings[figure.lang];
	const m = layoutStatus(figure.rows, width - 32);
	const plot: string[] = [];
	for (const r of m.rows) {
		plot.push(
			`<text x="16" y="${r.y + LABEL - 7}" font-size="14" fill="${PRINT.text}">${e(`${r.name} (${r.total})`)}</text>`
		);
		for (const mark of r.marks) {
			const colour = PRINT_TONE[TONE[mark.status]];
			plot.push(
				`<g transform="translate(${16 + mark.x},${mark.y})"><rect width="${MARK}" height="${MARK}" rx="4" fill="${colour}" fill-opacity="0.12" stroke="${colour}" stroke-width="1.5"/>` +
					`<svg x="3" y="3" width="${MARK - 6}" height="${MARK - 6}" viewBox="0 0 16 16">${shapeSvg(mark.status, colour)}</svg></g>`
			);
		}
	}
	const legend = figure.totals
		.filter((c) => c.n > 0)
		.map((c) => ({
			label: `${c.n} ${s[`status_${c.status}`].toLowerCase()}`,
			draw: `<svg x="6" y="-8" width="16" height="16" viewBox="0 0 16 16">${shapeSvg(c.status, PRINT_TONE[TONE[c.status]])}</svg>`
		}));
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

export function statusCsv(figure: StatusFigure): string {
	const s = strings[figure.lang];
	const rows = [[s.csv_row, s.status, s.csv_count].join(';')];
	for (const r of figure.rows)
		for (const c of r.counts) rows.push([csvCell(r.name), csvCell(s[`status_${c.status}`]), String(c.n)].join(';'));
	return excelCsv(rows);
}
