/**
 * The upload page's workflow, as a state machine with its side effects passed in, so that it runs
 * and is tested in Node as well as on the page (which only draws `phase`): a file is picked → read
 * and checked (progress) → its problems, or a preview → applied (all or nothing) and kept in this
 * browser → undone. A file with errors can never be applied, and a file that could not be kept is
 * taken back out again, so that nothing half-applied shows.
 */
import type { KeptUpload } from './kept';
import type { Progress } from './read';
import { refuseTooLarge, type NewIndicator, type StageReport } from './report';
import type { ObservationStore } from './store';

export type Stage = 'start' | Parameters<Progress>[0]['stage'];

export type Phase =
	| { kind: 'idle' }
	| { kind: 'working'; stage: Stage; done: number; total: number; rows: number }
	| { kind: 'report'; report: StageReport }
	| { kind: 'applied'; values: number }
	| { kind: 'failed'; message: string };

/** What the workflow needs from a picked file: a File in the browser, a buffer in a test. */
export interface PickedFile {
	name: string;
	size: number;
	bytes(): Promise<Uint8Array>;
}

export interface UploadDeps {
	/** DuckDB with the published data and any kept upload. */
	store(): Promise<ObservationStore>;
	/** The upload kept in this browser now, if any. */
	kept(): Promise<KeptUpload | null>;
	/** Shows an applied upload on every page and keeps it in this browser. */
	keep(kept: KeptUpload): Promise<void>;
	/** Back to the published data everywhere. */
	discard(): Promise<void>;
	/**
	 * The store is not needed until the next file: give its memory back (DuckDB-WASM's heap never
	 * shrinks otherwise). The next store() starts again from what is kept.
	 */
	release?(): Promise<void>;
	/** Key figures the pages show: their uploaded rows are kept apart, for the pages to read quickly. */
	shown: readonly string[];
	now(): Date;
	/** Names a moment in the performance timeline (npm run bench reads them). */
	mark?(name: string): void;
}

export class UploadFlow {
	phase: Phase = { kind: 'idle' };
	private picked: PickedFile | null = null;

	constructor(
		private readonly deps: UploadDeps,
		private readonly onChange: (phase: Phase) => void = () => undefined
	) {}

	private set(phase: Phase) {
		this.phase = phase;
		this.onChange(phase);
	}

	/** Reads and checks a file; `padCodes` reads 138 as 0138 (after the official agreed). */
	async check(file: PickedFile, padCodes = false): Promise<Phase> {
		this.deps.mark?.('upload-picked');
		this.picked = file;
		const refused = refuseTooLarge(file.name, file.size);
		if (refused) {
			this.set({ kind: 'report', report: refused });
			return this.phase;
		}
		this.set({ kind: 'working', stage: 'start', done: 0, total: 1, rows: 0 });
		try {
			const store = await this.deps.store();
			const report = await store.stage(await file.bytes(), file.name, {
				padCodes,
				onProgress: (p) => this.set({ kind: 'working', ...p })
			});
			this.set({ kind: 'report', report });
		} catch (e) {
			this.set({ kind: 'failed', message: message(e) });
		}
		this.deps.mark?.('upload-report');
		return this.phase;
	}

	/** The same file again, with short municipality codes padded. */
	recheckPadded(): Promise<Phase> {
		if (!this.picked) return Promise.resolve(this.phase);
		return this.check(this.picked, true);
	}

	/** Applies the previewed file with the names given to new key figures (an empty name leaves it out). */
	async apply(names: ReadonlyMap<string, string> = new Map()): Promise<Phase> {
		if (this.phase.kind !== 'report' || !this.phase.report.ok) return this.phase;
		const report = this.phase.report;
		this.deps.mark?.('upload-apply');
		const named: NewIndicator[] = [...names]
			.map(([id, title]) => ({ id, title: title.trim() }))
			.filter((n) => n.title !== '');
		const store = await this.deps.store();
		const previous = await this.deps.kept().catch(() => null);
		try {
			const counts = await store.apply(named, report);
			const [rows, shown] = [await store.uploadRows(false), await store.uploadRowsOf([...this.deps.shown], false)];
			// Before the pages' data is built from the rows: the engine's memory and theirs are then
			// never held at once.
			await this.deps.release?.();
			await this.deps.keep({
				rows,
				shown,
				indicators: counts.indicators,
				files: [...(previous?.files ?? []), report.fileName],
				values: counts.values,
				appliedAt: this.deps.now().toISOString()
			});
			this.set({ kind: 'applied', values: counts.values });
			this.deps.mark?.('upload-applied');
		} catch (e) {
			// Keeping failed (storage full, private mode): DuckDB goes back to what is kept, so nothing half-applied shows.
			await (this.deps.release ? this.deps.store() : Promise.resolve(store))
				.then((current) =>
					current.replaceUpload(previous ? { rows: previous.rows.slice(), indicators: previous.indicators } : null)
				)
				.catch(() => undefined);
			this.set({ kind: 'failed', message: message(e) });
		}
		return this.phase;
	}

	cancel(): void {
		this.set({ kind: 'idle' });
	}

	/** Back to the published data, here and on every page. */
	async undo(): Promise<void> {
		await this.deps.discard();
		this.set({ kind: 'idle' });
	}
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
