/**
 * Whether the pages show an applied, unpublished upload, and the follow-up that includes it.
 * Pages are prerendered from the published data; when an upload is kept in this browser, each
 * page's universal load (+page.ts) rebuilds its view model from a FollowUp of the published files
 * plus the upload — the same pure code the build runs — so targets' statuses are recomputed.
 * DuckDB is not needed for that: only the upload page and comparisons start it.
 */
import { browser } from '$app/environment';
import { invalidateAll } from '$app/navigation';
import type { Gender, Point } from '$lib/model/model';
import type { FollowUp } from '$lib/followup/followup';
import { clearKept, loadShown, saveKept, type KeptUpload, type ShownUpload } from '$lib/upload/kept';
import { publishedText } from '$lib/app/published';

export interface UploadSummary {
	files: string[];
	/** Key figures the official named that data/indicators.csv does not have. */
	indicators: { id: string; title: string }[];
	values: number;
	appliedAt: string;
}

export const uploadState = $state<{ status: 'none' | 'loading' | 'active' | 'failed'; summary: UploadSummary | null }>({
	status: 'none',
	summary: null
});

/** Not reactive on purpose: it is large, and pages pick it up through invalidateAll(). */
let current: FollowUp | null = null;
let restoring: Promise<void> | null = null;

type PageBuilders = typeof import('$lib/followup/views/pages');
/** Imported once, when an upload is first shown: pages without one never load the builders. */
let builders: Promise<PageBuilders> | null = null;

/** The page's prerendered data, or the same page built from the data with the upload. */
export async function withUpload<D>(
	data: D,
	build: (f: FollowUp, pages: PageBuilders) => D | null | Promise<D | null>
): Promise<D> {
	if (!browser || !current) return data;
	builders ??= import('$lib/followup/views/pages');
	return (await build(current, await builders)) ?? data;
}

/**
 * Another municipality's values of a key figure the pages show, with the upload: the follow-up built
 * for the pages holds every municipality's values of those key figures, so a comparison needs no
 * DuckDB (no start-up, no second copy of the upload). Null while no upload is shown.
 */
export function shownPoints(indicator: string, municipality: string, gender: Gender): Point[] | null {
	if (!current || !current.indicator(indicator)) return null;
	return current.index.points(indicator, municipality, gender);
}

/** Once a kept upload is read in (at once when there is none being read). */
export const uploadRead = (): Promise<void> => restoring ?? Promise.resolve();

const discardListeners = new Set<() => Promise<void>>();

/** DuckDB, once started, holds the upload too: it registers here to drop it on discard. */
export function onDiscard(listener: () => Promise<void>) {
	discardListeners.add(listener);
}

/** At start-up: picks up an upload kept in this browser, then has every load run again with it. */
export function restoreUpload(today: string): Promise<void> {
	if (!browser) return Promise.resolve();
	restoring ??= (async () => {
		const kept = await loadShown().catch(() => null);
		if (!kept) return;
		await show(kept, today);
	})().catch((e) => {
		console.error('Följupp: the kept upload could not be shown', e);
		uploadState.status = 'failed';
	});
	return restoring;
}

/**
 * After an upload is applied: show it on every page, and keep it in this browser only once the
 * pages could be built from it — an upload that cannot be shown is never kept.
 */
export async function keepUpload(kept: KeptUpload, today: string): Promise<void> {
	const followUp = await followUpWith(kept, today);
	await saveKept(kept);
	await display(kept, followUp);
}

/** Back to the published data everywhere: the kept upload is removed from this browser. */
export async function discardUpload(): Promise<void> {
	await clearKept();
	for (const listener of discardListeners) await listener();
	current = null;
	// The banner goes once the pages show the published data again, not before.
	await invalidateAll();
	uploadState.status = 'none';
	uploadState.summary = null;
}

async function show(kept: ShownUpload, today: string) {
	uploadState.status = 'loading';
	await display(kept, await followUpWith(kept, today));
}

async function display(kept: ShownUpload, followUp: FollowUp) {
	uploadState.summary = {
		files: kept.files,
		indicators: kept.indicators,
		values: kept.values,
		appliedAt: kept.appliedAt
	};
	current = followUp;
	// "Shows uploaded data" is said once the pages do.
	await invalidateAll();
	uploadState.status = 'active';
}

async function followUpWith(kept: ShownUpload, today: string): Promise<FollowUp> {
	// Loaded only when there is an upload to show: published pages do not carry this code.
	const [
		{ FollowUp },
		{ ObservationIndex },
		{ DATA_FILES, loadDataset },
		{ mergeObservationsInSlices },
		{ readObservations },
		{ yieldToBrowser }
	] = await Promise.all([
		import('$lib/followup/followup'),
		import('$lib/followup/observations'),
		import('$lib/data/load'),
		import('$lib/data/merge'),
		import('$lib/data/observations-csv'),
		import('$lib/data/slices')
	]);
	const texts = Object.fromEntries(
		await Promise.all(DATA_FILES.map(async (f) => [f, (await publishedText(f))!] as const))
	) as Record<(typeof DATA_FILES)[number], string>;
	// The observations were checked when the site was built, and the upload when it was applied:
	// here they are only read, in slices, so that a large upload never holds the page for long.
	const observations = texts['observations.csv'];
	const { dataset, problems } = loadDataset(
		{ ...texts, 'observations.csv': observations.slice(0, observations.indexOf('\n') + 1) },
		{ baselines: 'later', today }
	);
	if (!dataset) throw new Error(`Published data has ${problems.length} problems`);
	await yieldToBrowser();
	const published = await readObservations('observations.csv', observations, yieldToBrowser);
	const uploaded = await readObservations('upload', new TextDecoder().decode(kept.shown), yieldToBrowser);
	const merged = await mergeObservationsInSlices(published, uploaded, yieldToBrowser);
	const index = new ObservationIndex();
	for (let i = 0; i < merged.length; i += 50_000) {
		index.add(merged.slice(i, i + 50_000));
		await yieldToBrowser();
	}
	return new FollowUp({ ...dataset, observations: merged }, new Date(`${today}T00:00:00Z`), index);
}
