/**
 * Whether the pages show an applied, unpublished upload, and the follow-up that includes it.
 * Pages are prerendered from the published data; when an upload is kept in this browser, each
 * page's universal load (+page.ts) rebuilds its view model from a FollowUp of the published files
 * plus the upload — the same pure code the build runs — so targets' statuses are recomputed.
 * Its side effects — the published files, the browser's keeping, the pages' reload — come in as one
 * `UploadEffects`, so it is tested without a browser (tests/unit/upload-shown.test.ts).
 */
import type { Gender, Point } from '$lib/model/model';
import type { FollowUp } from '$lib/followup/followup';
import type { DataFile } from '$lib/data/load';
import type { KeptUpload, ShownUpload } from './kept';

export interface UploadSummary {
	files: string[];
	/** Key figures the official named that data/indicators.csv does not have. */
	indicators: { id: string; title: string }[];
	values: number;
	appliedAt: string;
}

export interface UploadEffects {
	/** A published data file's text; undefined for an optional file the site does not publish. */
	published(file: DataFile): Promise<string | undefined>;
	/** The upload kept in this browser (IndexedDB in the browser). */
	kept: {
		load(): Promise<ShownUpload | null>;
		save(upload: KeptUpload): Promise<void>;
		clear(): Promise<void>;
	};
	/** Every page's load runs again (SvelteKit's invalidateAll). */
	refreshPages(): Promise<void>;
}

export type UploadStatus = 'none' | 'loading' | 'active' | 'failed';

export class ShownUploads {
	state = $state<{ status: UploadStatus; summary: UploadSummary | null }>({ status: 'none', summary: null });
	/** Not reactive on purpose: it is large, and pages pick it up through refreshPages(). */
	private current: FollowUp | null = null;
	private restoring: Promise<void> | null = null;
	private discardListeners = new Set<() => Promise<void>>();

	constructor(private readonly effects: UploadEffects) {}

	/** The follow-up with the upload, or null while none is shown. */
	get followUp(): FollowUp | null {
		return this.current;
	}

	/** Another municipality's values of a key figure the pages show, with the upload; null while none is shown. */
	shownPoints(indicator: string, municipality: string, gender: Gender): Point[] | null {
		if (!this.current || !this.current.indicator(indicator)) return null;
		return this.current.index.points(indicator, municipality, gender);
	}

	/** Once a kept upload is read in (at once when there is none being read). */
	read(): Promise<void> {
		return this.restoring ?? Promise.resolve();
	}

	/** DuckDB, once started, holds the upload too: it registers here to drop it on discard. */
	onDiscard(listener: () => Promise<void>) {
		this.discardListeners.add(listener);
	}

	/** At start-up: picks up an upload kept in this browser, then has every load run again with it. */
	restore(today: string): Promise<void> {
		this.restoring ??= (async () => {
			const kept = await this.effects.kept.load().catch(() => null);
			if (!kept) return;
			this.state.status = 'loading';
			await this.display(kept, await this.followUpWith(kept, today));
		})().catch((e) => {
			console.error('Följupp: the kept upload could not be shown', e);
			this.state.status = 'failed';
		});
		return this.restoring;
	}

	/**
	 * After an upload is applied: show it on every page, and keep it in this browser only once the
	 * pages could be built from it — an upload that cannot be shown is never kept.
	 */
	async keep(kept: KeptUpload, today: string): Promise<void> {
		const followUp = await this.followUpWith(kept, today);
		await this.effects.kept.save(kept);
		await this.display(kept, followUp);
	}

	/** Back to the published data everywhere: the kept upload is removed from this browser. */
	async discard(): Promise<void> {
		await this.effects.kept.clear();
		for (const listener of this.discardListeners) await listener();
		this.current = null;
		// The banner goes once the pages show the published data again, not before.
		await this.effects.refreshPages();
		this.state.status = 'none';
		this.state.summary = null;
	}

	private async display(kept: ShownUpload, followUp: FollowUp) {
		this.state.summary = {
			files: kept.files,
			indicators: kept.indicators,
			values: kept.values,
			appliedAt: kept.appliedAt
		};
		this.current = followUp;
		// "Shows uploaded data" is said once the pages do.
		await this.effects.refreshPages();
		this.state.status = 'active';
	}

	private async followUpWith(kept: ShownUpload, today: string): Promise<FollowUp> {
		// Loaded only when there is an upload to show: published pages do not carry this code.
		const { followUpWith } = await import('./follow-up-with');
		return followUpWith((f) => this.effects.published(f), kept.shown, today);
	}
}
