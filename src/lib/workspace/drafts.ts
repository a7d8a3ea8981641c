/**
 * An official's unpublished changes to the editable files: per file, rows that replace a published
 * row (by its key), new rows, and published rows taken out. Applying them to the published files
 * gives the files that would be published, and which line each draft lands on, so a problem found by
 * the check names the draft it is about. Pure: where drafts are kept is the app's business.
 */
import {
	columnsOf,
	EDITABLE_FILES,
	isWithheld,
	parseRaw,
	rowKey,
	writeRaw,
	type EditableFile,
	type RawRow
} from './rows';

export interface Draft {
	/** The row as it will be written, or null: the published row is taken out. */
	row: RawRow | null;
	/** When it was last changed (ISO). */
	changed: string;
}

/** Per file, drafts by the key of the row they replace (a published key) or their own key (a new row). */
export type Drafts = Partial<Record<EditableFile, Record<string, Draft>>>;

export interface AppliedFile {
	text: string;
	columns: string[];
	/** The draft key (or published key, for an unchanged row) of the row on each line that starts one. */
	lineOwner: Map<number, { key: string; draft: boolean }>;
	rows: { key: string; row: RawRow; draft: boolean }[];
}

export function applyDrafts(file: EditableFile, publishedText: string, drafts: Drafts): AppliedFile {
	const published = parseRaw(publishedText);
	const mine = drafts[file] ?? {};
	const rows: AppliedFile['rows'] = [];
	const seen = new Set<string>();
	for (const row of published.rows) {
		const key = rowKey(file, row);
		seen.add(key);
		const d = mine[key];
		if (!d) rows.push({ key, row, draft: false });
		else if (d.row) rows.push({ key, row: d.row, draft: true });
	}
	for (const [key, d] of Object.entries(mine)) if (!seen.has(key) && d.row) rows.push({ key, row: d.row, draft: true });
	const columns = columnsOf(file, published.columns);
	const written = writeRaw(
		columns,
		rows.map((r) => r.row)
	);
	const lineOwner = new Map(written.lines.map((line, i) => [line, { key: rows[i]!.key, draft: rows[i]!.draft }]));
	return { text: written.text, columns, lineOwner, rows };
}

/** How many drafts there are, per file and in all. */
export function draftCount(drafts: Drafts): number {
	return EDITABLE_FILES.reduce((n, f) => n + Object.keys(drafts[f] ?? {}).length, 0);
}

/** The drafts with one changed: a draft equal to the published row is no draft. */
export function withDraft(
	drafts: Drafts,
	file: EditableFile,
	key: string,
	row: RawRow | null,
	publishedRow: RawRow | null,
	now: string
): Drafts {
	const files = { ...drafts, [file]: { ...(drafts[file] ?? {}) } };
	const same = row !== null && publishedRow !== null && publishedAs(file, row, publishedRow);
	if (same || (row === null && publishedRow === null)) delete files[file]![key];
	else files[file]![key] = { row, changed: now };
	return files;
}

export function withoutDraft(drafts: Drafts, file: EditableFile, key: string): Drafts {
	const files = { ...drafts, [file]: { ...(drafts[file] ?? {}) } };
	delete files[file]![key];
	return files;
}

/**
 * Whether a row, once published, reads as the published row: equal cell by cell, except where the site
 * writes what the file leaves to it — a target's empty baseline, filled from the key figure's value, and
 * a measure's own value too small to show, published without its number.
 */
export function publishedAs(file: EditableFile, row: RawRow, published: RawRow): boolean {
	if (isWithheld(file, published)) {
		const { value: _v, denominator: _d, status: _s, ...rest } = row;
		const { value: _pv, denominator: _pd, status: _ps, ...publishedRest } = published;
		return sameRow(rest, publishedRest);
	}
	if (file === 'targets.csv' && (row.baseline_value ?? '').trim() === '')
		return sameRow({ ...row, baseline_value: published.baseline_value ?? '' }, published);
	return sameRow(row, published);
}

/**
 * The drafts once the files they were written for are published: a draft that reads as the published
 * row, or a removal of a row no longer published, is no longer a draft (an official who exported,
 * published and came back sees "published", not "changed in a draft").
 */
export function settledDrafts(drafts: Drafts, published: (file: EditableFile, key: string) => RawRow | null): Drafts {
	const out: Drafts = {};
	for (const f of EDITABLE_FILES) {
		const kept = Object.entries(drafts[f] ?? {}).filter(([key, d]) => {
			const p = published(f, key);
			return d.row === null ? p !== null : p === null || !publishedAs(f, d.row, p);
		});
		if (kept.length) out[f] = Object.fromEntries(kept);
	}
	return out;
}

/** Two rows hold the same, cell by cell (a column one lacks counts as empty; line ends and edges aside). */
export function sameRow(a: RawRow, b: RawRow): boolean {
	return differingColumns(a, b).length === 0;
}

export function differingColumns(a: RawRow, b: RawRow): string[] {
	const norm = (v: string | undefined) => (v ?? '').replace(/\r\n?/g, '\n').trim();
	// 5.0 and 5 are the same value (a workbook gives numbers back without their trailing zeros).
	const number = /^-?\d+(\.\d+)?$/;
	const same = (x: string, y: string) => x === y || (number.test(x) && number.test(y) && Number(x) === Number(y));
	return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((c) => !same(norm(a[c]), norm(b[c])));
}

/** Drafts read back from storage: anything not of this shape is left out, never trusted. */
export function readDrafts(value: unknown): Drafts {
	const out: Drafts = {};
	if (typeof value !== 'object' || value === null) return out;
	for (const f of EDITABLE_FILES) {
		const byKey = (value as Record<string, unknown>)[f];
		if (typeof byKey !== 'object' || byKey === null) continue;
		const good: Record<string, Draft> = {};
		for (const [key, d] of Object.entries(byKey)) {
			if (typeof d !== 'object' || d === null) continue;
			const { row, changed } = d as { row?: unknown; changed?: unknown };
			const rowOk =
				row === null || (typeof row === 'object' && Object.values(row as object).every((v) => typeof v === 'string'));
			if (rowOk && typeof changed === 'string') good[key] = { row: row as RawRow | null, changed };
		}
		if (Object.keys(good).length) out[f] = good;
	}
	return out;
}
