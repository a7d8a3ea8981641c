/**
 * Exactly the values a chart shows, as a CSV that Swedish Excel opens as it is: `;`, decimal comma,
 * UTF-8 with BOM; each row says which key figure, where it comes from and when it was retrieved.
 * A cell that starts like a formula is made text.
 */
import type { Lang } from '$lib/data/model';
import type { ChartSeries } from './geometry';

export interface ChartCsvMeta {
	indicator: string;
	title: string;
	source: string;
	/** When the values were retrieved (YYYY-MM-DD), or empty. */
	retrieved: string;
	lang: Lang;
}

const HEADERS: Record<Lang, string[]> = {
	sv: ['nyckeltal', 'titel', 'serie', 'år', 'värde', 'status', 'källa', 'hämtad'],
	en: ['indicator', 'title', 'series', 'year', 'value', 'status', 'source', 'retrieved']
};

const cell = (v: string) => {
	const safe = /^[=+@\t\r-]/.test(v) ? `'${v}` : v;
	return /[;"\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

export function chartCsv(series: readonly ChartSeries[], meta: ChartCsvMeta): string {
	const rows = [HEADERS[meta.lang].join(';')];
	for (const s of series)
		for (const p of s.points)
			rows.push(
				[meta.indicator, meta.title, s.label, String(p.period), p.value === null ? '' : String(p.value).replace('.', ','), p.status ?? '', meta.source, meta.retrieved]
					.map((v, i) => (i === 4 ? v : cell(v)))
					.join(';')
			);
	return '\ufeff' + rows.join('\r\n') + '\r\n';
}
