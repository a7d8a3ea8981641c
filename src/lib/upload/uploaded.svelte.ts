/**
 * The one upload state of this browser's pages, with the browser's own effects: the site's files,
 * IndexedDB, SvelteKit's reload of every page (see ./shown.svelte.ts for what it does).
 */
import { browser } from '$app/environment';
import { invalidateAll } from '$app/navigation';
import type { Gender, Point } from '$lib/model/model';
import type { FollowUp } from '$lib/followup/followup';
import { OPTIONAL_FILES } from '$lib/data/load';
import { publishedText } from '$lib/app/published';
import { clearKept, loadShown, saveKept, type KeptUpload } from './kept';
import { ShownUploads } from './shown.svelte';

export type { UploadSummary } from './shown.svelte';

const uploads = new ShownUploads({
	published: (file) => publishedText(file, OPTIONAL_FILES.includes(file)),
	kept: { load: loadShown, save: saveKept, clear: clearKept },
	refreshPages: invalidateAll
});

export const uploadState = uploads.state;

type PageBuilders = typeof import('$lib/followup/views/pages');
/** Imported once, when an upload is first shown: pages without one never load the builders. */
let builders: Promise<PageBuilders> | null = null;

/** The page's prerendered data, or the same page built from the data with the upload. */
export async function withUpload<D>(
	data: D,
	build: (f: FollowUp, pages: PageBuilders) => D | null | Promise<D | null>
): Promise<D> {
	const current = browser ? uploads.followUp : null;
	if (!current) return data;
	builders ??= import('$lib/followup/views/pages');
	return (await build(current, await builders)) ?? data;
}

export const shownPoints = (indicator: string, municipality: string, gender: Gender): Point[] | null =>
	uploads.shownPoints(indicator, municipality, gender);
export const uploadRead = (): Promise<void> => uploads.read();
export const onDiscard = (listener: () => Promise<void>) => uploads.onDiscard(listener);
export const restoreUpload = (today: string): Promise<void> => (browser ? uploads.restore(today) : Promise.resolve());
export const keepUpload = (kept: KeptUpload, today: string): Promise<void> => uploads.keep(kept, today);
export const discardUpload = (): Promise<void> => uploads.discard();
