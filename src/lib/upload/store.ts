/**
 * The observations in DuckDB and what can be done with an uploaded file, as one object for its
 * users (the upload page through ./workflow.ts, `npm run check-data`, `npm run kolada`, the tests).
 * Each step lives in its own module; this one only remembers which staged file may be applied.
 * The same class runs in the browser (DuckDB-WASM) and in Node through SqlEngine.
 */
import type { Gender } from '../model/model';
import type { SqlEngine } from './engine';
import { exportObservations, uploadRows } from './export';
import type { NewIndicator, Reference, StageOptions, StageReport, UploadCounts } from './report';
import { stageFile } from './stage';
import {
	applyStaged,
	createTables,
	removeValues,
	replaceUpload,
	seriesOf,
	uploadCounts,
	type KeptRows
} from './tables';

export class ObservationStore {
	/** The report of the staged file that can be applied, if any. */
	private staged: StageReport | null = null;

	constructor(
		private readonly engine: SqlEngine,
		private readonly reference: Reference
	) {}

	init(published: Uint8Array, kept?: KeptRows): Promise<void> {
		return createTables(this.engine, this.reference, published, kept);
	}

	/** Reads, checks and compares a file. Nothing the site shows changes. */
	async stage(input: Uint8Array, fileName: string, options: StageOptions = {}): Promise<StageReport> {
		this.staged = null;
		const report = await stageFile(this.engine, this.reference, input, fileName, options);
		if (report.ok) this.staged = report;
		return report;
	}

	/** Applies the staged file, all or nothing; `report`, when given, must be that file's. */
	async apply(named: NewIndicator[] = [], report?: StageReport): Promise<UploadCounts> {
		if (!this.staged || (report && report !== this.staged))
			throw new Error('Nothing staged, or the staged file has errors');
		this.staged = null;
		await applyStaged(this.engine, named);
		return uploadCounts(this.engine);
	}

	async replaceUpload(kept: KeptRows | null): Promise<void> {
		this.staged = null;
		await replaceUpload(this.engine, kept);
	}

	/** Back to the published data. */
	undo(): Promise<void> {
		return this.replaceUpload(null);
	}

	counts = (): Promise<UploadCounts> => uploadCounts(this.engine);
	series = (indicator: string, municipality: string, gender: Gender) =>
		seriesOf(this.engine, indicator, municipality, gender);
	remove = (keys: Parameters<typeof removeValues>[1]) => removeValues(this.engine, keys);
	/** `ordered`: false where the reader sorts them itself (the kept copy). */
	uploadRows = (ordered = true): Promise<Uint8Array> => uploadRows(this.engine, undefined, ordered);
	uploadRowsOf = (indicators: string[], ordered = true): Promise<Uint8Array> =>
		uploadRows(this.engine, indicators, ordered);
	exportObservations = (format: 'repository' | 'excel'): Promise<Uint8Array> => exportObservations(this.engine, format);
}
