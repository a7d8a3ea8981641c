/**
 * Names the moments a user waits for (DuckDB ready, an upload's preview, an upload applied) in the
 * browser's performance timeline, where DevTools and `npm run bench` read them. A mark is a few
 * bytes in this tab's memory; nothing is sent anywhere.
 */
export function mark(name: string): void {
	if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(`foljupp:${name}`);
}
