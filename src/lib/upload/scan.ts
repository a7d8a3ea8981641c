/**
 * The quick judgement of a one-value-per-row file, made on the bytes while DuckDB reads the same
 * bytes in its worker: which records are already canonical — cells as the checks would read them
 * (./checks.ts), no key twice — and which are not. The canonical ones are then taken as written;
 * only the others go through every check. So a clean file costs little more than DuckDB's read,
 * and a file with one row to fix costs that row, not a million.
 *
 * The judgement is stricter than the checks, never looser: a record is canonical only when every
 * cell is in the one form that reads the same everywhere (no spaces, no thousands separators, T/K/M,
 * four-digit years and codes Kolada knows); anything else, however harmless, is left to the checks.
 * Where the bytes cannot be judged alike with DuckDB (a quoted line break, a quote inside a field,
 * too many key figures), the answer is null and the file goes the way it went before.
 */
import { yieldToBrowser } from '../data/slices';
import type { CanonicalColumn } from './columns';
import type { CsvShape } from './layouts';
import type { Counted } from './preview';
import type { Reference } from './report';
import { FIRST_YEAR, LAST_YEAR } from './sql';
import {
	COMMA,
	COMMA_MARK,
	CR,
	LARGE,
	MARK,
	NEGATIVE,
	NL,
	NUMBER,
	POINT,
	POINT_MARK,
	QUOTE,
	ascii,
	cellMark,
	fourDigits,
	grow,
	isAlnum,
	isIdTail,
	isMark,
	numberShape,
	sameBytes,
	splitQuoted
} from './scan-bytes';

export interface Scan {
	/**
	 * Records (0-based, the header not counted, blank lines skipped) that are not canonical, ascending;
	 * null when more than MAX_FLAGGED are not (every record is then checked).
	 */
	flagged: Int32Array | null;
	records: number;
	/** The decimal mark DuckDB's cells would give (see decimalMark in ./stage.ts): the same count, the same tie. */
	decimal: ',' | '.';
	/** What the preview counts, when every record is canonical (else the staged rows are counted). */
	counted: Counted | null;
}

/** More records to check than this, and the judgement is of no help: every cell is checked. */
export const MAX_FLAGGED = 100_000;
/** More key figures than this in one file, and keys no longer fit the table of seen keys cheaply. */
const MAX_INDICATORS = 1000;

const YEARS = LAST_YEAR - FIRST_YEAR + 1;
const GENDERS = 3;
const GENDER_CODES = ['T', 'K', 'M'] as const;
/** The page gets a turn after this long (ms): the first records run before the code is compiled, far slower than the rest. */
const SLICE_MS = 30;

/** null: the bytes cannot be judged alike with DuckDB, or too much is not canonical to be worth it. */
export async function scanRecords(bytes: Uint8Array, shape: CsvShape, reference: Reference): Promise<Scan | null> {
	if (!shape.layout.quick) return null;
	const col = (c: CanonicalColumn) => shape.columns[c] ?? -1;
	const [ci, cm, cp, cg, cv, cs] = [
		col('indicator'),
		col('municipality'),
		col('period'),
		col('gender'),
		col('value'),
		col('status')
	];
	if (ci < 0 || cm < 0 || cp < 0 || cv < 0) return null;
	const width = shape.header.length;
	const delimiter = shape.delimiter.charCodeAt(0);

	// Known codes as numbers: a four-digit cell is looked up without making a string of it.
	const municipalityIndex = new Int16Array(10_000).fill(-1);
	reference.municipalities.forEach((code, i) => {
		if (/^\d{4}$/.test(code)) municipalityIndex[Number(code)] = i;
	});
	const places = reference.municipalities.length;
	const shares = new Set(reference.shares);
	const perIndicator = places * YEARS * GENDERS;

	const indicators = new Map<string, number>();
	const ids: string[] = [];
	const isShare: boolean[] = [];
	const values: number[] = [];
	const municipalitySeen = new Uint8Array(places);
	const home = reference.municipalities.indexOf(reference.home);
	/** Values of the home municipality per key figure and gender (T, K, M): the preview's chart is picked among them. */
	const atHome: number[] = [];
	const yearSeen = new Uint8Array(YEARS);
	// One bit per possible key (key figure × place × year × gender): a key seen twice is found at once.
	let seen = new Uint32Array(0);
	let capacity = 0;
	/** Each record's key, -1 for a record that is not canonical. */
	let keys: Int32Array = new Int32Array(1 << 16);
	const repeated = new Set<number>();
	const flagged: number[] = [];
	let many = false;
	let commaCells = 0;
	let pointCells = 0;
	let commaNumbers = 0;
	let pointNumbers = 0;

	const starts = new Int32Array(width + 1);
	/** Each field's first byte and the byte after it, quotes around it left out. */
	const fa = new Int32Array(width);
	const fz = new Int32Array(width);
	let lastId = -1;
	let lastIdStart = -1;
	let lastIdEnd = -1;
	let header = true;
	let record = 0;
	let sliceStart = performance.now();

	const length = bytes.length;
	for (let start = 0; start < length;) {
		// One pass over the line's bytes finds its end, its fields and its quotes (one indexOf per
		// line and per field cost more than this loop on short lines).
		let fields = 0;
		let quotes = 0;
		let crs = 0;
		starts[0] = start;
		let end = start;
		for (; end < length; end++) {
			const b = bytes[end]!;
			if (b === NL) break;
			if (b === delimiter) {
				if (fields < width) starts[++fields] = end + 1;
				else fields++;
			} else if (b === QUOTE) quotes++;
			else if (b === CR) crs++;
		}
		const next = end + 1;
		if (end > start && bytes[end - 1] === CR) {
			end--;
			crs--;
		}
		// A carriage return inside a line ends a record for DuckDB: the records would no longer line up.
		if (crs > 0) return null;
		if (end === start) {
			// A blank line is no record; one before the header could be read otherwise by DuckDB.
			if (header) return null;
			start = next;
			continue;
		}
		if (header) {
			header = false;
			start = next;
			continue;
		}
		// An odd number of quotes may continue the record on the next line: the records would no longer line up.
		if (quotes % 2 === 1) return null;
		let ok: boolean;
		if (quotes === 0) {
			ok = fields === width - 1;
			if (ok) {
				starts[width] = end + 1;
				for (let c = 0; c < width; c++) {
					fa[c] = starts[c]!;
					fz[c] = starts[c + 1]! - 1;
				}
			}
		} else {
			// A quoted field may hold the delimiter: split again, minding the quotes.
			const n = splitQuoted(bytes, start, end, delimiter, width, fa, fz);
			if (n < 0) return null;
			ok = n === width;
		}

		const split = ok;
		/** The value cell's shape once judged (its marks then known without another look), else -1. */
		let shape = -1;
		let id = -1;
		let place = -1;
		let year = -1;
		let gender = 0;
		if (ok) {
			// The key figure: [A-Za-z0-9][A-Za-z0-9_.-]{0,39}, the same as the last record's without a string.
			const a = fa[ci]!;
			const z = fz[ci]!;
			if (z - a === lastIdEnd - lastIdStart && sameBytes(bytes, a, lastIdStart, z - a)) id = lastId;
			else if (z - a >= 1 && z - a <= 40 && isAlnum(bytes[a]!) && isIdTail(bytes, a + 1, z)) {
				const text = ascii(bytes, a, z);
				id = indicators.get(text) ?? -1;
				if (id < 0) {
					if (ids.length === MAX_INDICATORS) return null;
					id = ids.length;
					indicators.set(text, id);
					ids.push(text);
					isShare.push(shares.has(text));
					values.push(0);
					if (ids.length > capacity) {
						capacity = Math.max(8, capacity * 2);
						const grown = new Uint32Array(Math.ceil((capacity * perIndicator) / 32));
						grown.set(seen);
						seen = grown;
					}
				}
				lastId = id;
				lastIdStart = a;
				lastIdEnd = z;
			}
			ok = id >= 0;
		}
		if (ok) {
			if (fz[cm]! - fa[cm]! === 4) place = municipalityIndex[fourDigits(bytes, fa[cm]!)] ?? -1;
			if (fz[cp]! - fa[cp]! === 4) {
				const y = fourDigits(bytes, fa[cp]!);
				if (y >= FIRST_YEAR && y <= LAST_YEAR) year = y - FIRST_YEAR;
			}
			if (cg >= 0) {
				const g = fz[cg]! - fa[cg]! === 1 ? bytes[fa[cg]!] : 0;
				gender = g === 0x54 ? 0 : g === 0x4b ? 1 : g === 0x4d ? 2 : -1;
			}
			ok = place >= 0 && year >= 0 && gender >= 0;
		}
		if (ok) {
			const a = fa[cv]!;
			const z = fz[cv]!;
			const mark = cellMark(bytes, a, z);
			// A number left unread (its record already refused, by its status say) is counted byte by byte below.
			shape = mark === NUMBER ? -1 : mark === MARK && bytes[a] === POINT ? POINT_MARK : 0;
			let statusMark = false;
			if (cs >= 0) {
				statusMark = fz[cs]! > fa[cs]!;
				ok = !statusMark || isMark(bytes, fa[cs]!, fz[cs]!);
			}
			if (ok && mark === NUMBER) {
				const number = numberShape(bytes, a, z);
				shape = number;
				// A value beside a mark is the checks' to name.
				ok = number >= 0 && !statusMark;
				if (ok && number & COMMA_MARK) commaNumbers++;
				if (ok && number & POINT_MARK) pointNumbers++;
				if (ok && isShare[id])
					ok = !(number & NEGATIVE) && (!(number & LARGE) || Number(ascii(bytes, a, z).replace(',', '.')) <= 100);
			}
		}
		// Decimal marks are counted in every record, canonical or not, as DuckDB's count does.
		if (split) {
			if (shape < 0) {
				shape = 0;
				for (let i = fa[cv]!; i < fz[cv]!; i++)
					shape |= bytes[i] === COMMA ? COMMA_MARK : bytes[i] === POINT ? POINT_MARK : 0;
			}
			if (shape & COMMA_MARK) commaCells++;
			if (shape & POINT_MARK) pointCells++;
		}
		if (ok) {
			const key = ((id * places + place) * YEARS + year) * GENDERS + gender;
			const word = key >>> 5;
			const bit = 1 << (key & 31);
			if (seen[word]! & bit) repeated.add(key);
			seen[word]! |= bit;
			if (record === keys.length) keys = grow(keys);
			keys[record] = key;
			values[id]!++;
			if (place === home) atHome[id * GENDERS + gender] = (atHome[id * GENDERS + gender] ?? 0) + 1;
			municipalitySeen[place] = 1;
			yearSeen[year] = 1;
		} else {
			if (record === keys.length) keys = grow(keys);
			keys[record] = -1;
			// Past the limit the records are still read, for the decimal mark's count.
			if (flagged.length === MAX_FLAGGED) many = true;
			else flagged.push(record);
		}

		record++;
		start = next;
		if ((record & 1023) === 0 && performance.now() - sliceStart > SLICE_MS) {
			await yieldToBrowser();
			sliceStart = performance.now();
		}
	}

	const decimal = commaCells > pointCells ? ',' : pointCells > commaCells ? '.' : shape.decimal;
	// Numbers written with the other mark are refused by the checks: the whole file goes there.
	if ((decimal === ',' && pointNumbers > 0) || (decimal === '.' && commaNumbers > 0)) many = true;

	// A key written twice goes to the checks every time it occurs: they tell a repetition from a conflict.
	if (repeated.size > 0 && !many) {
		for (let i = 0; i < record; i++) {
			const key = keys[i]!;
			if (key < 0 || !repeated.has(key)) continue;
			flagged.push(i);
		}
		if (flagged.length > MAX_FLAGGED) many = true;
		flagged.sort((a, b) => a - b);
	}

	const periods: number[] = [];
	// The preview's counts are of a file where every record is taken as written.
	yearSeen.forEach((s, y) => s && periods.push(FIRST_YEAR + y));
	return {
		flagged: many ? null : Int32Array.from(flagged),
		records: record,
		decimal,
		counted:
			many || flagged.length > 0
				? null
				: {
						values: record,
						municipalities: municipalitySeen.reduce((n, s) => n + s, 0),
						periods,
						indicators: ids.map((id, i) => ({ id, values: values[i]! })),
						home: ids.flatMap((id, i) =>
							GENDER_CODES.flatMap((gender, g) =>
								atHome[i * GENDERS + g] ? [{ id, gender, values: atHome[i * GENDERS + g]! }] : []
							)
						)
					}
	};
}
