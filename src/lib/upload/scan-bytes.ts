/**
 * The bytes of one record as the quick judgement (./scan.ts) reads them: fields with or without
 * quotes, four-digit numbers, Kolada's marks, and a number's shape — flags, not objects, since each
 * runs once for every cell of a million-row file.
 */
export const NL = 0x0a;
export const CR = 0x0d;
export const QUOTE = 0x22;
export const COMMA = 0x2c;
export const POINT = 0x2e;
export const MINUS = 0x2d;
export const ZERO = 0x30;
export const isDigit = (b: number) => b >= ZERO && b <= 0x39;
export const isAlnum = (b: number) => isDigit(b) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);

/**
 * Fields of a line with quotes: each field either wholly in quotes (its inside; a delimiter may be
 * in it) or without any. Returns how many fields, or -1 for a line DuckDB could read otherwise than
 * this (a quote inside a field, an escaped quote).
 */
export function splitQuoted(
	bytes: Uint8Array,
	start: number,
	end: number,
	delimiter: number,
	width: number,
	fa: Int32Array,
	fz: Int32Array
): number {
	let fields = 0;
	let i = start;
	for (;;) {
		let a = i;
		let z: number;
		if (i < end && bytes[i] === QUOTE) {
			const close = bytes.indexOf(QUOTE, i + 1);
			if (close === -1 || close >= end) return -1;
			a = i + 1;
			z = close;
			i = close + 1;
			if (i < end && bytes[i] !== delimiter) return -1;
		} else {
			while (i < end && bytes[i] !== delimiter) {
				if (bytes[i] === QUOTE) return -1;
				i++;
			}
			z = i;
		}
		if (fields < width) {
			fa[fields] = a;
			fz[fields] = z;
		}
		fields++;
		if (i >= end) return fields;
		i++; // past the delimiter
	}
}

export function grow(a: Int32Array): Int32Array {
	const b = new Int32Array(a.length * 2);
	b.set(a);
	return b;
}

export function sameBytes(bytes: Uint8Array, a: number, b: number, n: number): boolean {
	for (let i = 0; i < n; i++) if (bytes[a + i] !== bytes[b + i]) return false;
	return true;
}

export function isIdTail(bytes: Uint8Array, a: number, z: number): boolean {
	for (let i = a; i < z; i++) {
		const b = bytes[i]!;
		if (!(isAlnum(b) || b === 0x5f || b === POINT || b === MINUS)) return false;
	}
	return true;
}

export function ascii(bytes: Uint8Array, a: number, z: number): string {
	return String.fromCharCode(...bytes.subarray(a, z));
}

/** Four ASCII digits as a number, or -1. */
export function fourDigits(bytes: Uint8Array, a: number): number {
	let n = 0;
	for (let i = a; i < a + 4; i++) {
		const b = bytes[i]!;
		if (!isDigit(b)) return -1;
		n = n * 10 + b - ZERO;
	}
	return n;
}

/** `..`, `-` or `.`: Kolada's marks. */
export function isMark(bytes: Uint8Array, a: number, z: number): boolean {
	if (z - a === 1) return bytes[a] === MINUS || bytes[a] === POINT;
	return z - a === 2 && bytes[a] === POINT && bytes[a + 1] === POINT;
}

export const EMPTY = 0;
export const MARK = 1;
export const NUMBER = 2;

/** What a value cell holds: nothing (empty, or R's NA), one of Kolada's marks, or something to read as a number. */
export function cellMark(bytes: Uint8Array, a: number, z: number): number {
	if (z === a || (z - a === 2 && bytes[a] === 0x4e && bytes[a + 1] === 0x41)) return EMPTY;
	return isMark(bytes, a, z) ? MARK : NUMBER;
}

export const NEGATIVE = 1;
export const COMMA_MARK = 2;
export const POINT_MARK = 4;
export const LARGE = 8;

/**
 * `-?\d{1,15}([.,]\d+)?([eE][-+]?\d{1,2})?` — every such number is finite — as flags: negative,
 * which decimal mark, and LARGE when it may exceed 100 (three or more digits before the mark, or an
 * exponent); -1 when the cell is no such number. Flags, not an object: this runs a million times.
 */
export function numberShape(bytes: Uint8Array, a: number, z: number): number {
	let i = a;
	let flags = 0;
	if (bytes[i] === MINUS) {
		flags |= NEGATIVE;
		i++;
	}
	const digitsFrom = i;
	while (i < z && isDigit(bytes[i]!)) i++;
	const digits = i - digitsFrom;
	if (digits < 1 || digits > 15) return -1;
	if (digits >= 3) flags |= LARGE;
	if (i < z && (bytes[i] === COMMA || bytes[i] === POINT)) {
		flags |= bytes[i] === COMMA ? COMMA_MARK : POINT_MARK;
		const fraction = ++i;
		while (i < z && isDigit(bytes[i]!)) i++;
		if (i === fraction) return -1;
	}
	if (i < z && (bytes[i] === 0x65 || bytes[i] === 0x45)) {
		flags |= LARGE;
		i++;
		if (i < z && (bytes[i] === 0x2b || bytes[i] === MINUS)) i++;
		const from = i;
		while (i < z && isDigit(bytes[i]!)) i++;
		if (i - from < 1 || i - from > 2) return -1;
	}
	return i === z ? flags : -1;
}
