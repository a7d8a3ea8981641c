/**
 * One shape for anything a page waits for — a comparison, a file being read, a Word file being
 * made — so that every wait, empty answer and failure is shown the same way (AsyncStatus.svelte).
 */
export type Async<T> =
	| { state: 'idle' }
	| { state: 'loading'; message: string; progress?: { done: number; total: number; note?: string } }
	| { state: 'ready'; value: T }
	/** It worked, but there is nothing to show: `value` may still be drawn (an empty series). */
	| { state: 'empty'; value?: T; message: string }
	| { state: 'error'; message: string };

export const idle = { state: 'idle' } as const;

export const loading = (message: string, progress?: { done: number; total: number; note?: string }): Async<never> => ({
	state: 'loading',
	message,
	...(progress ? { progress } : {})
});

export const failed = (message: string, err?: unknown): Async<never> => ({
	state: 'error',
	message: err === undefined ? message : `${message} ${err instanceof Error ? err.message : String(err)}`.trim()
});

/** The state a promise ends in: `empty` says what is missing, or null when there is something to show. */
export async function settle<T>(
	work: Promise<T>,
	empty: (value: T) => string | null,
	errorMessage: string
): Promise<Async<T>> {
	try {
		const value = await work;
		const missing = empty(value);
		return missing === null ? { state: 'ready', value } : { state: 'empty', value, message: missing };
	} catch (e) {
		console.warn('Följupp:', e);
		return { state: 'error', message: errorMessage };
	}
}

/**
 * How long an answer may take before the wait is shown. A quicker answer replaces what was shown in
 * one redraw, with no flash of "loading" between (and no second redraw of a chart with a large
 * upload shown); a slower one says that it is coming.
 */
export const SHOW_WAIT_AFTER_MS = 150;
