/**
 * Import: a file of the same kind (another committee's export, say) merged into this browser's
 * drafts. A row this site does not have becomes a draft; a row it has as is, is nothing; a row it
 * has otherwise is a conflict, named with the columns that differ, and left for the official to
 * decide — an import never overwrites anything by itself, and never takes a row out.
 */
import { differingColumns, type Drafts } from './drafts';
import { isWithheld, rowKey, type EditableFile, type RawRow, type RawTable } from './rows';

export interface Conflict {
	key: string;
	/** The row as this browser has it (published or drafted) and as the file has it. */
	mine: RawRow;
	theirs: RawRow;
	columns: string[];
	/** Whether `mine` is a draft (else the published row). */
	mineIsDraft: boolean;
}

export interface ImportResult {
	drafts: Drafts;
	added: string[];
	unchanged: number;
	conflicts: Conflict[];
}

/**
 * `current`: the file as this browser would publish it (drafts applied), by key, with whether each
 * row is a draft. Duplicate keys in the file are the check's business: the file is checked first.
 */
export function mergeImport(
	file: EditableFile,
	current: readonly { key: string; row: RawRow; draft: boolean }[],
	drafts: Drafts,
	imported: RawTable,
	now: string
): ImportResult {
	const byKey = new Map(current.map((c) => [rowKey(file, c.row), c]));
	const next = { ...(drafts[file] ?? {}) };
	const added: string[] = [];
	const conflicts: Conflict[] = [];
	let unchanged = 0;
	for (const theirs of imported.rows) {
		const key = rowKey(file, theirs);
		const mine = byKey.get(key);
		if (!mine) {
			next[key] = { row: { ...theirs }, changed: now };
			added.push(key);
			continue;
		}
		const columns = isWithheld(file, theirs)
			? []
			: differingColumns(mine.row, theirs).filter((c) => imported.columns.includes(c));
		if (columns.length === 0) unchanged++;
		else
			conflicts.push({
				key: mine.key,
				mine: mine.row,
				theirs: { ...mine.row, ...theirs },
				columns,
				mineIsDraft: mine.draft
			});
	}
	return { drafts: { ...drafts, [file]: next }, added, unchanged, conflicts };
}

/** A conflict decided for the file's row: it becomes this browser's draft. */
export function takeTheirs(drafts: Drafts, file: EditableFile, conflict: Conflict, now: string): Drafts {
	return { ...drafts, [file]: { ...(drafts[file] ?? {}), [conflict.key]: { row: conflict.theirs, changed: now } } };
}

/** What a file would change in another, row by row: for a workbook written over data/. */
export function differences(
	file: EditableFile,
	before: RawTable,
	after: RawTable
): { added: string[]; changed: string[]; removed: string[] } {
	const old = new Map(before.rows.map((r) => [rowKey(file, r), r]));
	const now = new Map(after.rows.map((r) => [rowKey(file, r), r]));
	return {
		added: [...now.keys()].filter((k) => !old.has(k)),
		changed: [...now.keys()].filter(
			(k) => old.has(k) && !isWithheld(file, now.get(k)!) && differingColumns(old.get(k)!, now.get(k)!).length > 0
		),
		removed: [...old.keys()].filter((k) => !now.has(k))
	};
}

/** A file read back from elsewhere, with each row it did not change written exactly as before (5.0 stays 5.0). */
export function keepUnchanged(file: EditableFile, before: RawTable, after: RawTable): RawTable {
	const old = new Map(before.rows.map((r) => [rowKey(file, r), r]));
	return {
		columns: after.columns,
		rows: after.rows.map((r) => {
			const was = old.get(rowKey(file, r));
			return was && (isWithheld(file, r) || differingColumns(was, r).length === 0) ? was : r;
		})
	};
}
