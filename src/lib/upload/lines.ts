/**
 * Where every line and every record of a CSV file starts, so that a problem is placed on the line an
 * editor shows: a quoted value may hold line breaks (a record then spans lines), and blank lines are
 * no records. DuckDB numbers the rows it keeps 0, 1, 2 … and tells the byte where a rejected row
 * starts; both become lines here. One pass with indexOf, so a million rows take a few tens of ms.
 */
import { yieldToBrowser } from '../data/slices';

const NL = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;

/** A growable list of offsets. */
class Offsets {
	data = new Int32Array(1024);
	length = 0;
	push(v: number) {
		if (this.length === this.data.length) {
			const next = new Int32Array(this.data.length * 2);
			next.set(this.data);
			this.data = next;
		}
		this.data[this.length++] = v;
	}
}

/** The last index whose value is ≤ v (values ascending); -1 when none is. */
function floorIndex(values: Int32Array, length: number, v: number): number {
	let lo = 0;
	let hi = length - 1;
	let found = -1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (values[mid]! <= v) {
			found = mid;
			lo = mid + 1;
		} else hi = mid - 1;
	}
	return found;
}

export class RecordLines {
	private constructor(
		/** Byte offset where each line starts. */
		private readonly lineStarts: Int32Array,
		readonly lineCount: number,
		/** Byte offset where each data record (the header not counted) starts. */
		private readonly recordStarts: Int32Array,
		readonly recordCount: number
	) {}

	static async scan(bytes: Uint8Array): Promise<RecordLines> {
		const lines = new Offsets();
		const records = new Offsets();
		let inQuote = false;
		let nextQuote = bytes.indexOf(QUOTE);
		let header = true;
		let sliceEnd = 4 * 1024 * 1024;
		for (let start = 0; start < bytes.length;) {
			let end = bytes.indexOf(NL, start);
			if (end === -1) end = bytes.length;
			lines.push(start);
			const blank = end === start || (end === start + 1 && bytes[start] === CR);
			if (!inQuote && !blank) {
				if (header) header = false;
				else records.push(start);
			}
			// Quotes in this line toggle whether the next line continues a quoted value ("" is two toggles).
			while (nextQuote !== -1 && nextQuote < end) {
				inQuote = !inQuote;
				nextQuote = bytes.indexOf(QUOTE, nextQuote + 1);
			}
			start = end + 1;
			if (start >= sliceEnd) {
				sliceEnd += 4 * 1024 * 1024;
				await yieldToBrowser();
			}
		}
		return new RecordLines(lines.data, lines.length, records.data, records.length);
	}

	/** The 1-based line of a byte. */
	lineOfByte(position: number): number {
		return floorIndex(this.lineStarts, this.lineCount, position) + 1;
	}

	/** The 1-based line where the data record with this index starts. */
	lineOfRecord(record: number): number {
		return record >= 0 && record < this.recordCount ? this.lineOfByte(this.recordStarts[record]!) : this.lineCount + 1;
	}

	/** The index of the data record that holds a byte. */
	recordAtByte(position: number): number {
		return floorIndex(this.recordStarts, this.recordCount, position);
	}
}

/**
 * DuckDB's row numbers (the rows it kept) → the file's lines, given the records it rejected: a row's
 * record is its number plus the rejected records before it.
 */
export class RowLines {
	private readonly rejected: number[];
	constructor(
		private readonly records: RecordLines,
		rejectedRecords: number[]
	) {
		this.rejected = [...new Set(rejectedRecords)].filter((r) => r >= 0).sort((a, b) => a - b);
	}
	recordOf(row: number): number {
		// rejected[i] - i is how many kept rows come before the i-th rejected record: the row's record
		// is its number plus the rejected records that have at most that many kept rows before them.
		let lo = 0;
		let hi = this.rejected.length - 1;
		let count = 0;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			if (this.rejected[mid]! - mid <= row) {
				count = mid + 1;
				lo = mid + 1;
			} else hi = mid - 1;
		}
		return row + count;
	}
	lineOf(row: number): number {
		return this.records.lineOfRecord(this.recordOf(row));
	}
}
