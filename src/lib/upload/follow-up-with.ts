/**
 * The follow-up the pages are built from when an upload is shown: the published files plus the
 * uploaded rows, read by the same pure code the build runs, a slice at a time so that a large
 * upload never holds the page for long. Loaded only when there is an upload to show.
 */
import { FollowUp } from '$lib/followup/followup';
import { ObservationIndex } from '$lib/followup/observations';
import { DATA_FILES, loadDataset, type DataFile } from '$lib/data/load';
import { mergeObservationsInSlices } from '$lib/data/merge';
import { readObservations } from '$lib/data/observations-csv';
import { yieldToBrowser } from '$lib/data/slices';

export async function followUpWith(
	published: (file: DataFile) => Promise<string | undefined>,
	shown: Uint8Array,
	today: string,
	pause: () => Promise<void> = yieldToBrowser
): Promise<FollowUp> {
	const texts: Partial<Record<DataFile, string>> = Object.fromEntries(
		(await Promise.all(DATA_FILES.map(async (f) => [f, await published(f)] as const))).filter(
			([, t]) => t !== undefined
		)
	);
	// The observations were checked when the site was built, and the upload when it was applied:
	// here they are only read.
	const observations = texts['observations.csv'] ?? '';
	const { dataset, problems } = loadDataset(
		{ ...texts, 'observations.csv': observations.slice(0, observations.indexOf('\n') + 1) },
		{ baselines: 'later', today }
	);
	if (!dataset) throw new Error(`Published data has ${problems.length} problems`);
	await pause();
	const publishedRows = await readObservations('observations.csv', observations, pause);
	const uploaded = await readObservations('upload', new TextDecoder().decode(shown), pause);
	const merged = await mergeObservationsInSlices(publishedRows, uploaded, pause);
	const index = new ObservationIndex();
	for (let i = 0; i < merged.length; i += 50_000) {
		index.add(merged.slice(i, i + 50_000));
		await pause();
	}
	return new FollowUp({ ...dataset, observations: merged }, new Date(`${today}T00:00:00Z`), index);
}
