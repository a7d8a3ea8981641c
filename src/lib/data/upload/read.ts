/**
 * Bytes as picked → UTF-8 bytes DuckDB can read, in slices small enough that the page never
 * freezes: the encoding is detected (a BOM decides; valid UTF-8 is UTF-8; anything else is Windows-1252, what Swedish Excel writes), Windows-1252 and UTF-16 are converted,
 * and line ends are counted on the way — for the progress bar and to put a line number on each
 * row DuckDB reads (DuckDB skips blank lines without saying so).
 */
import { MAX_UPLOAD_MB } from '../problems';
import { yieldToBrowser } from '../slices';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Prepared {
	encoding: Encoding;
	/** UTF-8, without BOM. */
	bytes: Uint8Array;
	/** The file's first 64 KB as text, for sniffing. */
	head: string;
	/** Physical lines (a last line without a line end counts). */
	lines: number;
	/** 1-based numbers of empty lines, in order. */
	blankLines: number[];
}

export type PrepareFailure = { reason: 'empty' | 'binary' | 'too_large'; megabytes?: number };

export type Progress = (p: { stage: 'read' | 'check' | 'compare'; done: number; total: number; rows: number }) => void;

const SLICE = 4 * 1024 * 1024;
const HEAD = 64 * 1024;

export async function prepare(input: Uint8Array, onProgress?: Progress): Promise<Prepared | PrepareFailure> {
	if (input.length === 0) return { reason: 'empty' };
	const megabytes = input.length / 1024 / 1024;
	if (megabytes > MAX_UPLOAD_MB) return { reason: 'too_large', megabytes: Math.round(megabytes) };

	let encoding: Encoding = 'utf-8';
	let body = input;
	if (input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf) {
		encoding = 'utf-8-bom';
		body = input.subarray(3);
	} else if ((input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff)) {
		encoding = input[0] === 0xff ? 'utf-16le' : 'utf-16be';
		body = new TextEncoder().encode(new TextDecoder(encoding).decode(input.subarray(2)));
	} else {
		if (looksBinary(input.subarray(0, HEAD))) return { reason: 'binary' };
		if (!(await isUtf8(input))) {
			encoding = 'windows-1252';
			body = await transcode(input, 'windows-1252');
		}
	}
	if (body.length === 0 || body.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09)) return { reason: 'empty' };

	const blankLines: number[] = [];
	let line = 1;
	let lineStart = 0;
	for (let start = 0; start < body.length; start += SLICE) {
		const end = Math.min(body.length, start + SLICE);
		// indexOf searches natively, far faster than a loop over every byte.
		for (let i = body.indexOf(0x0a, start); i !== -1 && i < end; i = body.indexOf(0x0a, i + 1)) {
			const len = i - lineStart;
			if (len === 0 || (len === 1 && body[lineStart] === 0x0d)) blankLines.push(line);
			line++;
			lineStart = i + 1;
		}
		onProgress?.({ stage: 'read', done: end, total: body.length, rows: line - 1 });
		if (end < body.length) await yieldToBrowser();
	}
	const lines = lineStart < body.length ? line : line - 1;
	const head = new TextDecoder().decode(body.subarray(0, HEAD));
	return { encoding, bytes: body, head, lines, blankLines };
}

/** Plain ASCII is UTF-8 as it is: checked four bytes at a time, far cheaper than decoding. */
function isAscii(bytes: Uint8Array): boolean {
	const aligned = bytes.byteOffset % 4 === 0;
	const words = aligned ? new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length >> 2) : new Uint32Array(0);
	for (let i = 0; i < words.length; i++) if (words[i]! & 0x80808080) return false;
	for (let i = words.length * 4; i < bytes.length; i++) if (bytes[i]! & 0x80) return false;
	return true;
}

async function isUtf8(bytes: Uint8Array): Promise<boolean> {
	if (isAscii(bytes)) return true;
	const decoder = new TextDecoder('utf-8', { fatal: true });
	try {
		for (let start = 0; start < bytes.length; start += SLICE) {
			decoder.decode(bytes.subarray(start, start + SLICE), { stream: start + SLICE < bytes.length });
			await yieldToBrowser();
		}
		return true;
	} catch {
		return false;
	}
}

async function transcode(bytes: Uint8Array, from: string): Promise<Uint8Array> {
	const decoder = new TextDecoder(from);
	const encoder = new TextEncoder();
	const parts: Uint8Array[] = [];
	for (let start = 0; start < bytes.length; start += SLICE) {
		parts.push(encoder.encode(decoder.decode(bytes.subarray(start, start + SLICE), { stream: start + SLICE < bytes.length })));
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

/** NUL bytes, or many control characters other than tab, CR and LF, do not occur in CSV or JSON. */
export function looksBinary(probe: Uint8Array): boolean {
	let control = 0;
	for (const b of probe) {
		if (b === 0) return true;
		if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
	}
	return control > probe.length * 0.01;
}
