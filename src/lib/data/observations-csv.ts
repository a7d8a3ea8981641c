/**
 * Reads observations the site itself wrote and already checked — the published observations.csv
 * (checked by the build) and an applied upload's rows (checked before they were applied, written
 * by DuckDB) — for the pages to show an upload. Hundreds of thousands of rows: so no CSV grammar,
 * no wrapper per row, and each key figure's id and municipality code held once however many rows
 * repeat it (they are most of the strings on a page with a large upload shown). The cells are
 * judged by the same cell rules as every other read (./cells.ts); a file that is not exactly the
 * repository's plain format, or any cell those rules refuse, goes to the full reader, which says
 * where (./slices.ts).
 */
import { code, number, optional, oneOf, year } from './cells';
import { GENDERS, MISSING_STATUSES, type Observation } from '../model/model';
import { observationSchema } from './schemas';
import { readTableInSlices } from './slices';

const HEADER = 'indicator,municipality,period,gender,value,status';
const value = optional(number);
const gender = oneOf(GENDERS);
const status = optional(oneOf(MISSING_STATUSES));

/** `pause` is called between slices of `linesPerSlice` lines, so that no single task holds the page. */
export async function readObservations(file: string, source: string, pause: () => Promise<void>, linesPerSlice = 20_000): Promise<Observation[]> {
	const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
	const headerEnd = text.indexOf('\n');
	if (headerEnd < 0 || text.slice(0, headerEnd).replace(/\r$/, '') !== HEADER || text.includes('"')) return fullRead(file, source);
	const strings = new Map<string, string>();
	const once = (s: string) => {
		const known = strings.get(s);
		if (known !== undefined) return known;
		strings.set(s, s);
		return s;
	};
	const out: Observation[] = [];
	let pos = headerEnd + 1;
	while (pos < text.length) {
		for (let n = 0; n < linesPerSlice && pos < text.length; n++) {
			let end = text.indexOf('\n', pos);
			if (end < 0) end = text.length;
			const line = text.charCodeAt(end - 1) === 13 ? text.slice(pos, end - 1) : text.slice(pos, end);
			pos = end + 1;
			if (line === '') continue;
			const cells = line.split(',');
			if (cells.length !== 6) return fullRead(file, source);
			const [i, m, p, g, v, s] = cells as [string, string, string, string, string, string];
			const [mr, pr, gr, vr, sr] = [code(m), year(p), gender(g), value(v), status(s)];
			if (i === '' || !mr.ok || !pr.ok || !gr.ok || !vr.ok || !sr.ok) return fullRead(file, source);
			out.push({ indicator: once(i), municipality: once(m), period: pr.value, gender: gr.value, value: vr.value, status: sr.value });
		}
		await pause();
	}
	return out;
}

/** The repository's reader, cell by cell and with every problem's line: for anything the plain format does not hold. */
async function fullRead(file: string, source: string): Promise<Observation[]> {
	return readTableInSlices(file, source, observationSchema);
}
