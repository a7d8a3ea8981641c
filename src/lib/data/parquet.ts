/**
 * Reads what a view needs from the key figures' Parquet files (scripts/data-parquet.ts writes one
 * per key figure, sorted by municipality, in row groups with min/max statistics) by HTTP range
 * requests: the file's tail with the footer first, then only the row groups whose municipality
 * range can hold the ones asked for. Any static host or object store that answers Range serves
 * them; nothing else is needed (hyparquet is plain JavaScript, no wasm, no extension download).
 */
import { parquetMetadataAsync, parquetReadObjects, type AsyncBuffer } from 'hyparquet';
import type { Gender, MissingStatus } from '../model/model';

export interface ParquetRow {
	municipality: string;
	gender: Gender;
	period: number;
	value: number | null;
	status: MissingStatus | null;
}

/** How many bytes a view's reads took, for the benchmark and for anyone curious. */
export interface ReadStats {
	requests: number;
	bytes: number;
}

/** Bytes read from a file's end in the first request: the footer of a key figure's file is a few KB. */
const TAIL = 8 * 1024;

/**
 * A file read by ranges, starting with one request for its last `tail` bytes: that answers the
 * file's size (Content-Range) and usually holds the whole footer, so no HEAD request is needed.
 */
export async function rangeFile(url: string, stats: ReadStats = { requests: 0, bytes: 0 }, tail = TAIL, fetcher: typeof fetch = fetch): Promise<AsyncBuffer> {
	const get = async (range: string) => {
		const r = await fetcher(url, { headers: { range } });
		if (r.status === 404) throw new ParquetMissing(url);
		if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
		const bytes = await r.arrayBuffer();
		stats.requests++;
		stats.bytes += bytes.byteLength;
		return { r, bytes };
	};
	const first = await get(`bytes=-${tail}`);
	// A server that ignores Range sends the whole file with 200: then every read is from memory.
	const total = first.r.status === 206 ? Number(/\/(\d+)$/.exec(first.r.headers.get('content-range') ?? '')?.[1]) : first.bytes.byteLength;
	if (!Number.isFinite(total)) throw new Error(`${url}: no file size in Content-Range`);
	const tailStart = total - first.bytes.byteLength;
	return {
		byteLength: total,
		async slice(start: number, end = total) {
			if (start >= tailStart) return first.bytes.slice(start - tailStart, end - tailStart);
			return (await get(`bytes=${start}-${end - 1}`)).bytes;
		}
	};
}

/** The file name of a key figure's partition (scripts/data-parquet.ts writes the same). */
export const partitionName = (kpi: string) => `${kpi.replace(/[^A-Za-z0-9_-]/g, '_')}.parquet`;

export class ParquetMissing extends Error {
	constructor(readonly url: string) {
		super(`${url}: not found`);
	}
}

/** One key figure's values for some municipalities, every gender and year. */
export async function readKeyFigure(file: AsyncBuffer, municipalities: readonly string[], tail = TAIL): Promise<ParquetRow[]> {
	// The footer from the tail already read, not hyparquet's default 512 KB guess.
	const metadata = await parquetMetadataAsync(file, { initialFetchSize: Math.min(tail, file.byteLength) });
	const rows = (await parquetReadObjects({
		file,
		metadata,
		columns: ['municipality', 'gender', 'period', 'value', 'status'],
		filter: { municipality: { $in: [...municipalities] } }
	})) as { municipality: string; gender: string; period: number; value: number | null; status: string | null }[];
	return rows.map((r) => ({
		municipality: r.municipality,
		gender: r.gender as Gender,
		period: Number(r.period),
		value: r.value === null || Number.isNaN(r.value) ? null : r.value,
		status: (r.status || null) as MissingStatus | null
	}));
}
