/**
 * Exactly the values a line chart shows, as a CSV Swedish Excel opens as it is (`;`, decimal comma,
 * UTF-8 with BOM); each row says which key figure, where it comes from and when it was retrieved.
 * The target, the band and thin lines are rows too, so that the file holds all the picture shows.
 */
import type { LineFigure } from '$lib/followup/views/figure';
import { strings } from '$lib/i18n/strings';
import { csvCell, excelCsv } from '../file';

export function lineCsv(figure: LineFigure): string {
	const s = strings[figure.lang];
	const about = figure.about ?? { indicator: '', retrieved: '' };
	const rows = [
		[
			s.csv_indicator,
			s.csv_title,
			s.csv_series,
			s.csv_year,
			s.csv_value,
			s.csv_status,
			s.csv_source,
			s.csv_retrieved
		].join(';')
	];
	const row = (series: string, period: number, value: number | null, status = '') =>
		rows.push(
			[
				csvCell(about.indicator),
				csvCell(figure.title),
				csvCell(series),
				String(period),
				value === null ? '' : String(value).replace('.', ','),
				csvCell(status),
				csvCell(figure.source),
				csvCell(about.retrieved)
			].join(';')
		);
	for (const series of figure.series)
		for (const p of series.points) row(series.label, p.period, p.value, p.status ?? '');
	// Everything else the picture draws, each row named for what it is: the target's two ends, the
	// band's edges, each thin line.
	const t = figure.target;
	if (t) {
		row(`${s.target_line}: ${s.baseline.toLowerCase()}`, t.baseline_period, t.baseline_value);
		row(`${s.target_line}: ${s.target_value.toLowerCase()}`, t.target_period, t.target_value);
	}
	const band = (figure.bandLabel ?? '').replace(`: ${s.lowest_highest}`, '');
	for (const b of figure.band) {
		row(`${band} (${s.csv_lowest})`, b.period, b.min);
		row(`${band} (${s.csv_highest})`, b.period, b.max);
	}
	for (const [i, line] of (figure.thin?.lines ?? []).entries())
		for (const [j, period] of figure.thin!.periods.entries())
			row(`${figure.thin!.label} ${i + 1}`, period, line[j] ?? null);
	return excelCsv(rows);
}
