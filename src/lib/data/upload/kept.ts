/**
 * An applied upload is kept in the browser's IndexedDB, so it survives a reload and never leaves
 * the machine. One record: the uploaded rows, the subset the pages show, and what to say about it.
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

export async function loadKept(): Promise<KeptUpload | null> {
	if (typeof indexedDB === 'undefined') return null;
	// Opening would create the database: a visitor who never uploaded gets nothing stored.
	if (typeof indexedDB.databases === 'function' && !(await indexedDB.databases()).some((d) => d.name === DB)) return null;
	return ((await transact('readonly', (s) => s.get(KEY))) as KeptUpload | undefined) ?? null;
}

export async function saveKept(upload: KeptUpload): Promise<void> {
	await transact('readwrite', (s) => s.put(upload, KEY));
}

export async function clearKept(): Promise<void> {
	if (typeof indexedDB === 'undefined') return;
	if (typeof indexedDB.databases === 'function' && !(await indexedDB.databases()).some((d) => d.name === DB)) return;
	await transact('readwrite', (s) => s.delete(KEY));
}
