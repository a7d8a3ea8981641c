/** A measure's own figure as a file (SVG, and the PNG and report pictures drawn from it), and its values as CSV. */
import type { PeriodFigure } from '$lib/followup/views/figure';
import { strings } from '$lib/i18n/strings';
import { chartFile, csvCell, escapeXml as e, excelCsv, type FileLegendItem } from '../file';
import { targetMarks } from '../target-marks';
import { PRINT } from '../palette';
import { layoutPeriods } from './layout';
import { pointText, withheldWords } from './text';

/** A value in words for a title or a table: the number, or "färre än 5", or that it is missing. */
export function periodsFile(figure: PeriodFigure, width = 720): string {
	const s = strings[figure.lang];
	const m = layoutPeriods(figure, width);
	const colour = PRINT.municipality;
	const legend: FileLegendItem[] = [
		{
			label: figure.label,
			draw:
				figure.mark === 'bars'
					? `<rect x="6" y="-6" width="16" height="12" fill="${colour}"/>`
					: `<line x1="0" x2="28" y1="0" y2="0" stroke="${colour}" stroke-width="3"/><circle cx="14" cy="0" r="4" fill="${colour}"/>`
		}
	];
	if (figure.target)
		legend.push({
			label: `${s.target_line}: ${pointText(figure, { ...figure.points[0]!, value: figure.target.target_value, status: null })} (${figure.points.find((p) => p.code === figure.target!.target)?.name ?? figure.target.target})`,
			draw: `<line x1="0" x2="28" y1="0" y2="0" stroke="${PRINT.target}" stroke-width="2" stroke-dasharray="3 4"/>`
		});
	for (const w of [figure.small, figure.secondary])
		if (w)
			legend.push({
				label: `${w.mark}: ${w.label}`,
				draw: `<rect x="4" y="-5" width="20" height="10" fill="none" stroke="${PRINT.muted}" stroke-dasharray="2 2"/>`
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
			`<text x="${t.x}" y="${m.axisY + 18}" text-anchor="middle" font-size="12" fill="${PRINT.muted}">${e(t.label)}</text>`
		);
	for (const t of m.yearTicks)
		plot.push(
			`<text x="${t.x}" y="${m.axisY + 36}" text-anchor="middle" font-size="12" font-weight="bold" fill="${PRINT.muted}">${t.label}</text>`
		);
	for (const b of m.bars)
		plot.push(
			`<rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" fill="${colour}"><title>${e(`${b.point.name}: ${pointText(figure, b.point)}`)}</title></rect>`
		);
	if (m.line)
		plot.push(`<path d="${m.line}" fill="none" stroke="${colour}" stroke-width="3" stroke-linejoin="round"/>`);
	for (const d of m.dots)
		plot.push(
			`<circle cx="${d.x}" cy="${d.y}" r="4.5" fill="${colour}"><title>${e(`${d.point.name}: ${pointText(figure, d.point)}`)}</title></circle>`
		);
	for (const sm of m.small)
		plot.push(
			`<g><title>${e(`${sm.point.name}: ${pointText(figure, sm.point)}`)}</title><rect x="${sm.x - sm.width / 2}" y="${sm.y - 16}" width="${sm.width}" height="16" fill="none" stroke="${PRINT.muted}" stroke-dasharray="2 2"/><text x="${sm.x}" y="${sm.y - 20}" text-anchor="middle" font-size="11" fill="${PRINT.muted}">${e(withheldWords(figure, sm.point.status)?.mark ?? '')}</text></g>`
		);
	plot.push(`<line x1="${m.left}" x2="${m.right}" y1="${m.axisY}" y2="${m.axisY}" stroke="${PRINT.muted}"/>`);
	if (m.target) plot.push(...targetMarks(m.target));
	const source = [figure.source, figure.small?.note, figure.secondary?.note].filter(Boolean).join('. ');
	return chartFile({
		title: figure.title,
		source,
		summary: figure.summary,
		lang: figure.lang,
		width,
		legend,
		plot: plot.join(''),
		plotHeight: m.height
	});
}

/** Exactly the values the chart shows: a value too small to show is the words, not the number. */
export function periodsCsv(figure: PeriodFigure): string {
	const s = strings[figure.lang];
	const rows = [
		[
			s.csv_indicator,
			s.csv_title,
			s.csv_series,
			s.period,
			s.csv_value,
			s.csv_status,
			s.fig_denominator,
			s.csv_source
		].join(';')
	];
	const row = (series: string, period: string, value: string, status: string, denominator: number | null) =>
		rows.push(
			[
				csvCell(figure.about?.indicator ?? ''),
				csvCell(figure.title),
				csvCell(series),
				period,
				value,
				csvCell(status),
				denominator === null ? '' : String(denominator),
				csvCell(figure.source)
			].join(';')
		);
	const number = (v: number | null) => (v === null ? '' : String(v).replace('.', ','));
	for (const p of figure.points)
		row(figure.label, p.code, number(p.value), withheldWords(figure, p.status)?.label ?? p.status ?? '', p.denominator);
	// The target the chart draws, as rows named for what they are.
	const t = figure.target;
	if (t) {
		row(`${s.target_line}: ${s.baseline.toLowerCase()}`, t.baseline, number(t.baseline_value), '', null);
		row(`${s.target_line}: ${s.target_value.toLowerCase()}`, t.target, number(t.target_value), '', null);
	}
	return excelCsv(rows);
}
