/**
 * Reading an Excel workbook (the workspace's and check-data's way in): time and memory for workbooks
 * of the demo's follow-ups repeated to 1 000, 4 000 and 16 000 rows, which should grow in line with
 * the rows; and how soon a workbook over the bound (MAX_WORKBOOK_MB unpacked) is refused.
 */
import { readFileSync } from 'node:fs';
import { unzipSync, zipSync } from 'fflate';
import { EDITABLE_FILES, parseRaw } from '../../src/lib/workspace/rows';
import { MAX_WORKBOOK_MB, readWorkbook, unpackedSize, writeWorkbook } from '../../src/lib/workspace/workbook';
import { median } from './browser';
import { mb, ms, times, type Row } from './format';

const SIZES = [1_000, 4_000, 16_000];

async function workbookOf(rows: number): Promise<Uint8Array> {
	const files = Object.fromEntries(
		EDITABLE_FILES.map((f) => [f, parseRaw(readFileSync(`data/${f}`, 'utf8'))])
	) as Record<(typeof EDITABLE_FILES)[number], ReturnType<typeof parseRaw>>;
	const demo = files['followups.csv'];
	const many = Array.from({ length: rows }, (_, i) => ({
		...demo.rows[i % demo.rows.length]!,
		period: `${2000 + (i % 40)}H1`
	}));
	const empty = {
		organisations: [],
		areas: [],
		focusAreas: [],
		measures: [],
		targets: [],
		indicators: [],
		figures: [],
		municipalities: [],
		audits: [],
		recommendations: [],
		actions: []
	};
	return writeWorkbook({ ...files, 'followups.csv': { columns: demo.columns, rows: many } }, empty, {
		help: { title: 'Följupp', intro: '', columns: {} },
		listError: ''
	});
}

export async function workbookFigures(runs: number, log: (s: string) => void): Promise<{ rows: Row[]; json: unknown }> {
	const per: { rows: number; bytes: number; unpacked: number; ms: number; heapMb: number }[] = [];
	for (const n of SIZES) {
		const bytes = await workbookOf(n);
		log(`workbook of ${n} rows (${runs} runs)`);
		const taken: number[] = [];
		let heap = 0;
		for (let i = 0; i < runs; i++) {
			globalThis.gc?.();
			const before = process.memoryUsage().heapUsed;
			const t0 = performance.now();
			const read = await readWorkbook('bench.xlsx', bytes);
			taken.push(performance.now() - t0);
			heap = Math.max(heap, process.memoryUsage().heapUsed - before);
			if (!read.ok) throw new Error(`the bench workbook was refused: ${read.problems[0]?.kind}`);
		}
		per.push({ rows: n, bytes: bytes.length, unpacked: unpackedSize(bytes), ms: median(taken), heapMb: heap / 1e6 });
	}
	const perRow = per.map((p) => p.ms / p.rows);
	const growth = perRow.at(-1)! / perRow[0]!;

	// Over the bound: the smallest workbook with 1,5× the bound of padding that packs into kilobytes.
	const entries = unzipSync(await workbookOf(SIZES[0]!));
	entries['xl/media/padding.bin'] = new Uint8Array(MAX_WORKBOOK_MB * 1.5e6).fill(65);
	const big = zipSync(entries);
	const refusals: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		const read = await readWorkbook('big.xlsx', big);
		refusals.push(performance.now() - t0);
		if (read.ok) throw new Error('a workbook over the bound was read');
	}
	const first = per[0]!;
	const last = per.at(-1)!;
	return {
		rows: [
			{
				figure: `Workbook read, ${last.rows.toLocaleString('sv-SE')} follow-up rows (${mb(last.unpacked)} unpacked)`,
				value: ms(last.ms),
				reference: `${first.rows.toLocaleString('sv-SE')} rows: ${ms(first.ms)}; time per row ${times(perRow.at(-1)!, perRow[0]!)}`,
				goal: 'per row within 2× (linear)',
				met: growth < 2
			},
			{
				figure: `Workbook over ${MAX_WORKBOOK_MB} MB unpacked refused`,
				value: ms(median(refusals)),
				reference: `${mb(big.length)} packed, ${mb(unpackedSize(big))} unpacked`,
				goal: 'within seconds',
				met: median(refusals) < 2000
			}
		],
		json: { sizes: per, refusedMs: refusals }
	};
}
