/**
 * Reads a large CSV in slices of lines and lets the browser paint and answer input between them,
 * so that no single task holds the page (an applied upload of a million rows is read this way).
 * Only for files whose fields hold no quotes: a quoted field could hold a line break.
 */
import { isError } from './problems';
import { readTable, type RowOf, type Schema } from './table';

/** A turn for the browser: scheduler.yield where there is one (no 4 ms clamp, keeps its place in line), else a timeout. */
export const yieldToBrowser = (): Promise<void> => {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	return scheduler?.yield ? scheduler.yield() : new Promise<void>((resolve) => setTimeout(resolve, 0));
};

export async function readTableInSlices<S extends Schema>(file: string, source: string, schema: S, linesPerSlice = 20_000): Promise<RowOf<S>[]> {
	const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
	const rowsOf = (t: string) => {
		const r = readTable(file, t, schema);
		const bad = r.problems.find(isError);
		if (bad) throw new Error(`${file}: ${bad.kind} (line ${bad.line ?? '?'})`);
		return r.rows.map((row) => row.value);
	};
	const headerEnd = text.indexOf('\n') + 1;
	if (text.includes('"') || headerEnd === 0) return rowsOf(text);
	const header = text.slice(0, headerEnd);
	const out: RowOf<S>[] = [];
	for (let pos = headerEnd; pos < text.length; ) {
		let end = pos;
		for (let i = 0; i < linesPerSlice && end < text.length; i++) {
			const next = text.indexOf('\n', end);
			end = next < 0 ? text.length : next + 1;
		}
		for (const row of rowsOf(header + text.slice(pos, end))) out.push(row);
		pos = end;
		await yieldToBrowser();
	}
	return out;
}
