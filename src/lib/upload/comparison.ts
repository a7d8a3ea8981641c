/**
 * Another municipality's values for a key figure, for the key-figure page's "compare with".
 * From the key figure's Parquet file by range requests (a few tens of KB) while the page shows the
 * published data; from DuckDB when an upload is shown and the key figure is not one the pages
 * show (those are answered from the pages' own data, see ./uploaded.svelte.ts).
 * If the Parquet file cannot be read (a host without it), DuckDB answers as before.
 */
import { base } from '$app/paths';
import type { Gender, Point } from '../model/model';

/** `uploadShown`: the pages show an applied upload, which only DuckDB holds. */
export async function comparisonPoints(
	indicator: string,
	municipality: string,
	gender: Gender,
	uploadShown: boolean
): Promise<Point[]> {
	if (!uploadShown) {
		try {
			const { rangeFile, readKeyFigure, partitionName } = await import('../data/parquet');
			const file = await rangeFile(`${base}/data/parquet/${partitionName(indicator)}`);
			const rows = await readKeyFigure(file, [municipality]);
			return rows
				.filter((r) => r.gender === gender)
				.sort((a, b) => a.period - b.period)
				.map((r) => ({ period: r.period, value: r.value, status: r.status }));
		} catch (e) {
			console.warn('Följupp: Parquet not readable, asking DuckDB', e);
		}
	}
	return (await import('./duckdb')).seriesPoints(indicator, municipality, gender);
}
