/**
 * An applied upload is kept in the browser's IndexedDB, so it survives a reload and never leaves
 * the machine. Two records: every uploaded row (read only by DuckDB), and the subset the pages show
 * with what to say about it (read by every page).
 */
import type { NewIndicator } from './report';

export interface KeptUpload {
	/** Every applied uploaded row, in the repository's CSV format. */
	rows: Uint8Array;
	/** The rows of key figures the dashboard's pages show (the catalogue), same format. */
	shown: Uint8Array;
	indicators: NewIndicator[];
	files: string[];
	values: number;
	appliedAt: string;
}

const DB = 'foljupp';
const STORE = 'upload';
const KEY = 'current';
const ROWS = 'current-rows';

function open(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const req = indexedDB.open(DB, 1);
		req.onupgradeneeded = () => req.result.createObjectStore(STORE);
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
}

async function transact<T>(mode: IDBTransactionMode, act: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
	const db = await open();
	try {
		return await new Promise<T>((resolve, reject) => {
			const tx = db.transaction(STORE, mode);
			const req = act(tx.objectStore(STORE));
			tx.oncomplete = () => resolve(req.result);
			tx.onerror = () => reject(tx.error);
			tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
		});
	} finally {
		db.close();
	}
}

/** What the pages need of a kept upload: all but its every row, which only DuckDB reads. */
export type ShownUpload = Omit<KeptUpload, 'rows'>;

const exists = async () =>
	typeof indexedDB !== 'undefined' &&
	// Opening would create the database: a visitor who never uploaded gets nothing stored.
	(typeof indexedDB.databases !== 'function' || (await indexedDB.databases()).some((d) => d.name === DB));

/** Every page with an upload reads this much: the rows of the key figures it shows, not the whole file. */
export async function loadShown(): Promise<ShownUpload | null> {
	if (!(await exists())) return null;
	const record = (await transact('readonly', (s) => s.get(KEY))) as (ShownUpload & { rows?: Uint8Array }) | undefined;
	if (!record) return null;
	const { rows: _rows, ...shown } = record;
	return shown;
}

export async function loadKept(): Promise<KeptUpload | null> {
	if (!(await exists())) return null;
	const [record, rows] = await Promise.all([
		transact('readonly', (s) => s.get(KEY)) as Promise<(ShownUpload & { rows?: Uint8Array }) | undefined>,
		transact('readonly', (s) => s.get(ROWS)) as Promise<Uint8Array | undefined>
	]);
	if (!record) return null;
	// An upload kept before the rows had a record of their own has them inside.
	const all = rows ?? record.rows;
	return all ? { ...record, rows: all } : null;
}

/** The rows and the rest as two records, written in one transaction. */
export async function saveKept(upload: KeptUpload): Promise<void> {
	const { rows, ...shown } = upload;
	await transact('readwrite', (s) => {
		s.put(rows, ROWS);
		return s.put(shown, KEY);
	});
}

export async function clearKept(): Promise<void> {
	if (!(await exists())) return;
	await transact('readwrite', (s) => {
		s.delete(ROWS);
		return s.delete(KEY);
	});
}
