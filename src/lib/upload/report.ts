/**
 * What reading an uploaded file tells: how it was read, every problem with its place, and — for a
 * file without errors — what applying it would change. Plain data: it is shown on the page, printed
 * by `npm run check-data`, and downloaded as CSV (./export.ts) without asking the database again.
 */
import type { Gender, MissingStatus } from '../model/model';
import { MAX_UPLOAD_MB, type LineUnit, type Problem } from '../data/problems';
import type { Progress } from './read';

/** How many problems the page lists; the rest are counted, and all are in the download, up to DOWNLOADED. */
export const LISTED = 200;
export const DOWNLOADED = 10_000;

export interface Reference {
	/** Ids of the key figures data/indicators.csv describes. */
	indicators: string[];
	/** Those of them that are shares in % (a value must lie between 0 and 100). */
	shares: string[];
	/** Every municipality and region code Kolada uses (data/municipalities.csv). */
	municipalities: string[];
	/** The municipality the dashboard follows: the preview chart prefers it. */
	home: string;
}

/** A key figure that is not in the catalogue, named by the official so its values can be kept. */
export interface NewIndicator {
	id: string;
	title: string;
}

export interface IndicatorInUpload {
	id: string;
	known: boolean;
	values: number;
	new: number;
	changed: number;
	unchanged: number;
}

export interface Change {
	indicator: string;
	municipality: string;
	period: number;
	gender: Gender;
	before: number | null;
	beforeStatus: MissingStatus | null;
	after: number | null;
	afterStatus: MissingStatus | null;
}

export interface ChartPoint {
	period: number;
	value: number | null;
}

export interface PreviewChart {
	indicator: string;
	municipality: string;
	gender: Gender;
	before: ChartPoint[];
	after: ChartPoint[];
}

export interface Preview {
	values: number;
	indicators: IndicatorInUpload[];
	municipalities: number;
	periods: number[];
	changes: Change[];
	chart: PreviewChart | null;
}

export interface StageReport {
	fileName: string;
	format: 'csv' | 'kolada-json' | null;
	encoding: string | null;
	delimiter: string | null;
	decimal: ',' | '.' | null;
	layout: 'tidy' | 'wide' | null;
	lineUnit: LineUnit;
	/** Data lines (CSV) or value records (JSON) in the file. */
	rowsRead: number;
	/** Every problem, in file order, up to DOWNLOADED; the page lists the first LISTED. */
	problems: Problem[];
	problemCount: number;
	errorCount: number;
	/** True when the file can be applied. */
	ok: boolean;
	/** Codes given with too few digits whose padded form exists (138 → 0138). */
	paddable: number;
	/**
	 * 'clean' when every cell was already canonical and was taken as it is (./scan.ts, ./quick.ts);
	 * 'some' when only the rows that were not went through every check; 'checked' when every row did.
	 */
	path: 'clean' | 'some' | 'checked';
	preview: Preview | null;
}

export interface StageOptions {
	/** Read 1–3 digit municipality codes as if padded with zeros (after the official agreed). */
	padCodes?: boolean;
	/** Check every cell even when the file looks clean: the reference the quick read is tested against. */
	thorough?: boolean;
	onProgress?: Progress;
}

export interface UploadCounts {
	values: number;
	indicators: NewIndicator[];
}

/** What an upload is checked against, from the published data. */
export function referenceOf(data: {
	indicators: readonly { id: string; unit: string }[];
	municipalities: readonly { code: string }[];
	config: { municipality: string };
}): Reference {
	return {
		indicators: data.indicators.map((i) => i.id),
		shares: data.indicators.filter((i) => i.unit === '%').map((i) => i.id),
		municipalities: data.municipalities.map((m) => m.code),
		home: data.config.municipality
	};
}

export function emptyReport(fileName: string): StageReport {
	return {
		fileName,
		format: null,
		encoding: null,
		delimiter: null,
		decimal: null,
		layout: null,
		lineUnit: 'line',
		rowsRead: 0,
		problems: [],
		problemCount: 0,
		errorCount: 0,
		ok: false,
		paddable: 0,
		path: 'checked',
		preview: null
	};
}

/** A report of one problem with the whole file. */
export function fileProblem(
	fileName: string,
	kind: Problem['kind'],
	detail?: string,
	extra: Partial<StageReport> = {}
): StageReport {
	const problem: Problem = {
		file: fileName,
		line: null,
		column: null,
		kind,
		text: '',
		...(detail !== undefined ? { detail } : {})
	};
	return { ...emptyReport(fileName), ...extra, problems: [problem], problemCount: 1, errorCount: 1 };
}

/** A file too large to read is refused before a byte of it is read (or DuckDB started). */
export function refuseTooLarge(fileName: string, size: number): StageReport | null {
	const megabytes = size / 1024 / 1024;
	return megabytes <= MAX_UPLOAD_MB
		? null
		: fileProblem(fileName, 'too_large', `${Math.round(megabytes)}/${MAX_UPLOAD_MB}`);
}

export const byPlace = (a: Problem, b: Problem) => (a.line ?? 0) - (b.line ?? 0);

/** The problems the page lists; the rest are counted and downloadable. */
export const listedProblems = (r: StageReport) => r.problems.slice(0, LISTED);
