/** One column per year: `nyckeltal;kommun;2019;2020;2021`, as Kolada's and SCB's tables export. */
import type { CsvLayout } from './layout';

/** A header that names a year: `2022`, or `2022.0` as a spreadsheet writes a number it made of it. */
export function yearOf(header: string): number | null {
	const m = /^(\d{4})([.,]0+)?$/.exec(header.trim());
	return m ? Number(m[1]) : null;
}

export const wide: CsvLayout = {
	id: 'wide',
	detect: (header, columns) => columns.period === undefined && header.some((h) => yearOf(h) !== null),
	required: ['indicator', 'municipality'],
	extra: (header) =>
		header.flatMap((h, index) => {
			const period = yearOf(h);
			return period === null ? [] : [{ index, period }];
		}),
	valueColumns: (shape) => shape.extra.map((e) => e.index),
	long: (shape, common) => {
		const years = shape.extra;
		return `SELECT r.rowid AS rn, y.col AS vcol, NULL AS pcol, ${common}, CAST(y.year AS VARCHAR) AS r_period,
			CASE y.col ${years.map(({ index }) => `WHEN ${index} THEN c${index}`).join(' ')} END AS r_value
			FROM stage_raw r CROSS JOIN (VALUES ${years.map(({ index, period }) => `(${index}, ${period})`).join(', ')}) y(col, year)
			WHERE r_value IS NOT NULL`;
	},
	quick: false
};
