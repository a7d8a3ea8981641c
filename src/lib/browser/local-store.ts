/**
 * A value kept in this browser's localStorage, as JSON. localStorage is written at once and
 * synchronously, so what was typed survives a reload and a crashed tab; it is never sent anywhere.
 * Every failure (storage turned off, full, another site's garbage under the key) is a return value.
 */
export function readLocal(key: string): unknown {
	try {
		const text = localStorage.getItem(key);
		return text === null ? null : (JSON.parse(text) as unknown);
	} catch {
		return null;
	}
}

/** false when the browser refused (private mode, storage full). */
export function writeLocal(key: string, value: unknown): boolean {
	try {
		localStorage.setItem(key, JSON.stringify(value));
		return true;
	} catch {
		return false;
	}
}

export function removeLocal(key: string): void {
	try {
		localStorage.removeItem(key);
	} catch {
		// Nothing kept, nothing to remove.
	}
}

/** Another tab of the same site changed the key: call back with its new value. */
export function onLocalChange(key: string, callback: (value: unknown) => void): () => void {
	const listener = (e: StorageEvent) => {
		if (e.key !== key) return;
		try {
			callback(e.newValue === null ? null : JSON.parse(e.newValue));
		} catch {
			callback(null);
		}
	};
	addEventListener('storage', listener);
	return () => removeEventListener('storage', listener);
}
