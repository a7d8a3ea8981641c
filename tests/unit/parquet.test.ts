import { describe, expect, it } from 'vitest';
import { kpiParquet, readByKpi, ROW_GROUP } from '../../scripts/data-parquet';
import { rangeFile, readKeyFigure, partitionName } from '$lib/data/parquet';

const byKpi = await readByKpi('data/observations.csv');
const source = byKpi.get('N02797')!.map((r) => ({ ...r }));
const bytes = new Uint8Array(kpiParquet(byKpi.get('N02797')!));

/** A static host in memory: answers Range as nginx does, or ignores it as some hosts do. */
function host(file: Uint8Array, honourRange = true): typeof fetch {
	return (async (_url: string | URL | Request, init?: RequestInit) => {
		const range = new Headers(init?.headers).get('range');
		const m = range && honourRange ? /^bytes=(\d*)-(\d*)$/.exec(range) : null;
		if (!m) return new Response(file.slice(), { status: 200 });
		const start = m[1] === '' ? Math.max(0, file.length - Number(m[2])) : Number(m[1]);
		const end = m[1] !== '' && m[2] !== '' ? Math.min(Number(m[2]), file.length - 1) : file.length - 1;
		return new Response(file.slice(start, end + 1), {
			status: 206,
			headers: { 'content-range': `bytes ${start}-${end}/${file.length}` }
		});
	}) as typeof fetch;
}

const key = (r: { municipality: string; gender: string; period: number }) =>
	`${r.municipality}|${r.gender}|${r.period}`;

describe('key figures as Parquet, read by range requests', () => {
	it('gives back exactly the published values of the municipalities asked for', async () => {
		const want = ['1488', '0000', '2584'];
		const stats = { requests: 0, bytes: 0 };
		const rows = await readKeyFigure(await rangeFile('N02797.parquet', stats, undefined, host(bytes)), want);
		const expected = source.filter((r) => want.includes(r.municipality));
		expect(rows.length).toBe(expected.length);
		const got = new Map(rows.map((r) => [key(r), r.value]));
		for (const r of expected) expect(got.get(key(r))).toBe(r.value);
	});

	it('reads the footer and only the row groups that can hold them, not the file', async () => {
		expect(source.length).toBeGreaterThan(4 * ROW_GROUP);
		const stats = { requests: 0, bytes: 0 };
		await readKeyFigure(await rangeFile('N02797.parquet', stats, undefined, host(bytes)), ['1488']);
		expect(stats.bytes).toBeLessThan(bytes.length / 2);
		expect(stats.requests).toBeLessThanOrEqual(3);
	});

	it('still works from a host that ignores Range, by reading the whole file once', async () => {
		const stats = { requests: 0, bytes: 0 };
		const rows = await readKeyFigure(await rangeFile('N02797.parquet', stats, undefined, host(bytes, false)), ['1488']);
		expect(rows.length).toBe(source.filter((r) => r.municipality === '1488').length);
		expect(stats).toEqual({ requests: 1, bytes: bytes.length });
	});

	it('finds nothing for a municipality the file has not got, and names files safely', async () => {
		expect(await readKeyFigure(await rangeFile('x', undefined, undefined, host(bytes)), ['9999'])).toEqual([]);
		expect(partitionName('N02797')).toBe('N02797.parquet');
		expect(partitionName('../x y')).toBe('___x_y.parquet');
	});
});
