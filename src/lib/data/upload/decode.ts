/**
 * Bytes of an uploaded file → text, with the encoding detected rather than asked: a BOM decides;
 * otherwise text that is valid UTF-8 is UTF-8, and anything else is Windows-1252, which is what
 * Swedish Excel's "CSV (semikolonavgränsad)" writes. A binary file (an image renamed .csv) is
 * refused here, before anything tries to read it as rows.
 */
import { looksBinary } from './prepare';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type Decoded = { ok: true; text: string; encoding: Encoding } | { ok: false; reason: 'empty' | 'binary' };

/** How much of the file's start is inspected for binary content. */
const PROBE = 64 * 1024;

export function decode(bytes: Uint8Array): Decoded {
	if (bytes.length === 0) return { ok: false, reason: 'empty' };
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
		return { ok: true, encoding: 'utf-8-bom', text: new TextDecoder('utf-8').decode(bytes.subarray(3)) };
	if (bytes[0] === 0xff && bytes[1] === 0xfe)
		return { ok: true, encoding: 'utf-16le', text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
	if (bytes[0] === 0xfe && bytes[1] === 0xff)
		return { ok: true, encoding: 'utf-16be', text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
	if (looksBinary(bytes.subarray(0, PROBE))) return { ok: false, reason: 'binary' };
	try {
		return { ok: true, encoding: 'utf-8', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
	} catch {
		return { ok: true, encoding: 'windows-1252', text: new TextDecoder('windows-1252').decode(bytes) };
	}
}
