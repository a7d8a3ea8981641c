/**
 * Import: a file of the same kind (another committee's export, say) merged into this browser's
 * drafts. A row this site does not have becomes a draft; a row it has as is, is nothing; a row it
 * has otherwise is a conflict, named with the columns that differ, and left for the official to
 * decide — an import never overwrites anything by itself, and never takes a row out.
 */
import { differingColumns, type Drafts } from './drafts';
import { rowKey, type EditableFile, type RawRow, type RawTable } from './rows';

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
export function mergeImport(file: EditableFile, current: readonly { key: string; row: RawRow; draft: boolean }[], drafts: Drafts, imported: RawTable, now: string): ImportResult {
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
		const columns = differingColumns(mine.row, theirs).filter((c) => imported.columns.includes(c));
		if (columns.length === 0) unchanged++;
		else conflicts.push({ key: mine.key, mine: mine.row, theirs: { ...mine.row, ...theirs }, columns, mineIsDraft: mine.draft });
	}
	return { drafts: { ...drafts, [file]: next }, added, unchanged, conflicts };
}

/** A conflict decided for the file's row: it becomes this browser's draft. */
export function takeTheirs(drafts: Drafts, file: EditableFile, conflict: Conflict, now: string): Drafts {
	return { ...drafts, [file]: { ...(drafts[file] ?? {}), [conflict.key]: { row: conflict.theirs, changed: now } } };
}
