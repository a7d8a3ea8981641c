/**
 * Bytes as picked → UTF-8 bytes DuckDB can read, in slices small enough that the page never
 * freezes (where each record starts is found later, when a line must be named: ./lines.ts). The
 * encoding is detected: a BOM decides; UTF-16 is known by its zero bytes; valid UTF-8 is UTF-8; a
 * file with no UTF-8 in it is Windows-1252 (what Swedish Excel writes); a file that is UTF-8 but for
 * some bytes is refused with the lines of those bytes, since reading it either way would garble
 * some of its text.
 */
import { MAX_UPLOAD_MB } from '../data/problems';
import { yieldToBrowser } from '../data/slices';
import { decodeWindows1252, lineOfByte, newScan, scanUtf8, type Utf8Scan } from '../data/text';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Prepared {
	encoding: Encoding;
	/** UTF-8, without BOM. */
	bytes: Uint8Array;
	/** The file's first 64 KB as text, for sniffing. */
	head: string;
}

export type PrepareFailure =
	| { reason: 'empty' | 'binary' }
	| { reason: 'too_large'; megabytes: number }
	/** UTF-8 text with bytes that are not: the lines where they are, the first few. */
	| { reason: 'mixed_encoding'; lines: number[] };

export type Progress = (p: { stage: 'read' | 'check' | 'compare'; done: number; total: number; rows: number }) => void;

const SLICE = 4 * 1024 * 1024;
const HEAD = 64 * 1024;

export async function prepare(input: Uint8Array, onProgress?: Progress): Promise<Prepared | PrepareFailure> {
	if (input.length === 0) return { reason: 'empty' };
	const megabytes = input.length / 1024 / 1024;
	if (megabytes > MAX_UPLOAD_MB) return { reason: 'too_large', megabytes: Math.round(megabytes) };

	let encoding: Encoding = 'utf-8';
	let body = input;
	const utf16 = bomlessUtf16(input.subarray(0, HEAD));
	if (input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf) {
		encoding = 'utf-8-bom';
		body = input.subarray(3);
	} else if ((input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff)) {
		encoding = input[0] === 0xff ? 'utf-16le' : 'utf-16be';
		body = new TextEncoder().encode(new TextDecoder(encoding).decode(input.subarray(2)));
	} else if (utf16) {
		encoding = utf16;
		body = new TextEncoder().encode(new TextDecoder(utf16).decode(input));
	} else {
		if (looksBinary(input.subarray(0, HEAD))) return { reason: 'binary' };
		const invalid = await invalidUtf8(input);
		if (invalid.bad.length > 0) {
			if (invalid.multibyte > 0)
				return {
					reason: 'mixed_encoding',
					lines: invalid.bad.map((at) => lineOfByte(input, at)).filter((l, i, a) => a.indexOf(l) === i)
				};
			encoding = 'windows-1252';
			body = await transcode(input);
		}
	}
	if (body.length === 0 || body.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09))
		return { reason: 'empty' };

	onProgress?.({ stage: 'read', done: body.length, total: body.length, rows: 0 });
	const head = new TextDecoder().decode(body.subarray(0, HEAD));
	return { encoding, bytes: body, head };
}

/** Plain ASCII is UTF-8 as it is: checked four bytes at a time, far cheaper than decoding. */
function isAscii(bytes: Uint8Array): boolean {
	const aligned = bytes.byteOffset % 4 === 0;
	const words = aligned ? new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length >> 2) : new Uint32Array(0);
	for (let i = 0; i < words.length; i++) if (words[i]! & 0x80808080) return false;
	for (let i = words.length * 4; i < bytes.length; i++) if (bytes[i]! & 0x80) return false;
	return true;
}

/** Where the bytes are not UTF-8 (the first few), and how many valid multi-byte characters there are (../data/text.ts), a turn for the page every 16 MB. */
async function invalidUtf8(bytes: Uint8Array): Promise<Utf8Scan> {
	const scan = newScan();
	if (isAscii(bytes)) return scan;
	while (scan.next < bytes.length) {
		scanUtf8(bytes, scan, Math.min(bytes.length, scan.next + 0x1000000));
		if (scan.next < bytes.length) await yieldToBrowser();
	}
	return scan;
}

/** UTF-16 without a BOM: text whose every other byte is zero. */
function bomlessUtf16(probe: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	if (probe.length < 4) return null;
	let evenZero = 0;
	let oddZero = 0;
	for (let i = 0; i + 1 < probe.length; i += 2) {
		if (probe[i] === 0) evenZero++;
		if (probe[i + 1] === 0) oddZero++;
	}
	const pairs = Math.floor(probe.length / 2);
	if (oddZero > pairs * 0.6 && evenZero < pairs * 0.05) return 'utf-16le';
	if (evenZero > pairs * 0.6 && oddZero < pairs * 0.05) return 'utf-16be';
	return null;
}

async function transcode(bytes: Uint8Array): Promise<Uint8Array> {
	const decoder = new TextDecoder('windows-1252');
	const encoder = new TextEncoder();
	const parts: Uint8Array[] = [];
	for (let start = 0; start < bytes.length; start += SLICE) {
		parts.push(
			encoder.encode(decodeWindows1252(bytes.subarray(start, start + SLICE), decoder, start + SLICE < bytes.length))
		);
		await yieldToBrowser();
	}
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}

/** How files that are no text begin: a zip (an .xlsx workbook), an old Excel workbook, PDF, PNG, JPEG, GIF. */
const MAGIC = [
	[0x50, 0x4b, 0x03, 0x04],
	[0xd0, 0xcf, 0x11, 0xe0],
	[0x25, 0x50, 0x44, 0x46],
	[0x89, 0x50, 0x4e, 0x47],
	[0xff, 0xd8, 0xff],
	[0x47, 0x49, 0x46, 0x38]
];

/**
 * Control characters other than tab, CR and LF hardly occur in CSV or JSON: many of them, or a known
 * file signature, and it is no text file. A few (a stray NUL in a cell) are named where they stand.
 */
export function looksBinary(probe: Uint8Array): boolean {
	if (MAGIC.some((m) => m.every((b, i) => probe[i] === b))) return true;
	let control = 0;
	for (const b of probe) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
	return control > Math.max(2, probe.length * 0.01);
}
