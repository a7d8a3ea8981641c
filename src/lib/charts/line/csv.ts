/**
 * Exactly the values a line chart shows, as a CSV Swedish Excel opens as it is (`;`, decimal comma,
 * UTF-8 with BOM); each row says which key figure, where it comes from and when it was retrieved.
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
	for (const series of figure.series)
		for (const p of series.points)
			rows.push(
				[
					csvCell(about.indicator),
					csvCell(figure.title),
					csvCell(series.label),
					String(p.period),
					p.value === null ? '' : String(p.value).replace('.', ','),
					csvCell(p.status ?? ''),
					csvCell(figure.source),
					csvCell(about.retrieved)
				].join(';')
			);
	return excelCsv(rows);
}
