/**
 * DuckDB for the pages that need it — the upload page, and a comparison with a key figure the pages
 * do not show while an upload is shown — holding the published data plus the kept upload. Going back to the published data takes the
 * upload out of DuckDB too.
 */
import type { Gender, Point } from '$lib/model/model';
import type { ObservationStore } from '$lib/upload/store';
import { onDiscard, shownPoints, uploadRead, uploadState } from './uploaded.svelte';

let registered = false;

export async function observationStore(): Promise<ObservationStore> {
	const duckdb = await import('$lib/upload/duckdb');
	if (!registered) {
		registered = true;
		// Whichever instance runs then: one ended after an upload starts again from what is kept.
		onDiscard(async () => void (await (await duckdb.runningStore())?.undo()));
	}
	return duckdb.observationStore();
}

/** DuckDB is not needed until the next file: its worker ends and gives its memory back. */
export async function releaseObservationStore(): Promise<void> {
	await (await import('$lib/upload/duckdb')).endObservationStore();
}

/** Another municipality's values of a key figure, as the pages show them now (uploads included). */
export async function comparisonPoints(indicator: string, municipality: string, gender: Gender): Promise<Point[]> {
	// A page opened with a comparison in its address asks before a kept upload is read in: it waits for it.
	await uploadRead();
	const uploadShown = uploadState.status !== 'none';
	const shown = uploadShown ? shownPoints(indicator, municipality, gender) : null;
	if (shown) return shown;
	if (uploadShown) await observationStore();
	return (await import('$lib/upload/comparison')).comparisonPoints(indicator, municipality, gender, uploadShown);
}
