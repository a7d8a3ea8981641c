/**
 * A repository data file's bytes as text, read the one way the repository's format says: UTF-8 (a
 * BOM is allowed). A file saved otherwise — Swedish Excel's "CSV (semikolonavgränsad)" is
 * Windows-1252 — is refused with the line of its first byte that is no UTF-8, never read as
 * garbled text; `npm run check-data -- --fix` rewrites it (./fix.ts).
 */
import type { Problem } from './problems';

export type Decoded = { ok: true; text: string } | { ok: false; problem: Problem };

export function decodeDataFile(file: string, bytes: Uint8Array): Decoded {
	const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
	try {
		return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
	} catch {
		const at = scanUtf8(body, newScan(), body.length, 1).bad[0] ?? body.length;
		const line = lineOfByte(body, at);
		// What the byte stood for if the file is Windows-1252, so the official can find it.
		const text = decodeWindows1252(body.subarray(Math.max(0, at - 20), at + 20)).split(/\r?\n/).join(' ');
		return { ok: false, problem: { file, line, column: null, kind: 'not_utf8', text } };
	}
}

/** Where a walk over bytes as UTF-8 has come: the next byte, the bytes that are not UTF-8 (the first few) and the valid multi-byte characters. */
export interface Utf8Scan {
	next: number;
	bad: number[];
	multibyte: number;
}
export const newScan = (): Utf8Scan => ({ next: 0, bad: [], multibyte: 0 });

/**
 * The one UTF-8 check of every reader (a data file here, an upload in slices in ../upload/read.ts):
 * walks from `scan.next` to `end` (a character may run past it), noting up to `max` bytes that are not
 * UTF-8 and counting the multi-byte characters that are — a Windows-1252 file has none of those, a
 * UTF-8 file with one bad byte has many.
 */
export function scanUtf8(bytes: Uint8Array, scan: Utf8Scan, end: number, max = 10): Utf8Scan {
	let i = scan.next;
	while (i < end) {
		const b = bytes[i]!;
		if (b < 0x80) {
			i++;
			continue;
		}
		const n = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
		let ok = n > 0 && i + n < bytes.length;
		for (let k = 1; ok && k <= n; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
		if (ok) {
			scan.multibyte++;
			i += n + 1;
		} else {
			if (scan.bad.length < max) scan.bad.push(i);
			i++;
		}
	}
	scan.next = i;
	return scan;
}

/** The 1-based line a byte stands on. */
export function lineOfByte(bytes: Uint8Array, at: number): number {
	let line = 1;
	for (let i = bytes.indexOf(0x0a); i !== -1 && i < at; i = bytes.indexOf(0x0a, i + 1)) line++;
	return line;
}

/** Windows-1252's letters in 0x80–0x9F, where Latin-1 has control characters. */
const CP1252: Record<number, string> = {
	0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰', 0x8a: 'Š', 0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž',
	0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ'
};

/**
 * Windows-1252 as Swedish Excel writes it. Node's TextDecoder('windows-1252') reads it as Latin-1
 * (an en dash 0x96 becomes the control character U+0096); browsers read it right. The 0x80–0x9F
 * range is mapped here, so both read the same text.
 */
export function decodeWindows1252(bytes: Uint8Array, decoder = new TextDecoder('windows-1252'), stream = false): string {
	return decoder.decode(bytes, { stream }).replace(/[\u0080-\u009f]/g, (c) => CP1252[c.charCodeAt(0)] ?? c);
}

/**
 * What a spreadsheet would run as a formula when it opens a CSV: a cell starting with = + - @, a tab
 * or a carriage return. Every CSV Följupp writes (the published data, the workspace's exports, chart
 * and problem CSVs) makes such a cell text with an apostrophe, the one rule below; every reader of
 * Följupp's files takes it away again (`unguarded`), so a text survives any number of round trips.
 */
export const FORMULA_START = /^[=+@\t\r-]/;
/** A number (-1,5; +2; 1e3) and a lone sign (Kolada's mark "-") are no formula to a spreadsheet. */
const NOT_A_FORMULA = /^(?:[-+]?\d+(?:[.,]\d+)?(?:[eE][-+]?\d+)?|[-+])$/;
/** Text behind apostrophes already gets one more, so that reading takes exactly one away. */
const GUARDED = /^'*[=+@\t\r-]/;
export const formulaSafe = (s: string) => (GUARDED.test(s) && !NOT_A_FORMULA.test(s) ? `'${s}` : s);
/** A cell as written before `formulaSafe`: one guarding apostrophe taken away. */
export const unguarded = (s: string) => (/^'+[=+@\t\r-]/.test(s) ? s.slice(1) : s);

/**
 * Words as a file name a person can file: lower case, letters without their marks (å → a), words
 * joined by hyphens, cut at a word to at most `max` characters. Every program and mail system keeps it.
 */
export function fileSlug(text: string, max = 60): string {
	const slug = text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (slug.length <= max) return slug;
	const cut = slug.slice(0, max + 1);
	const at = cut.lastIndexOf('-');
	return at > 0 ? cut.slice(0, at) : slug.slice(0, max);
}
