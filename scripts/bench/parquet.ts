/**
 * National scale: one key-figure view (N02797, Trollhättan and Riket, every year and gender) read
 * from Parquet by range requests, for the full real file (421 547 values, 74 key figures) and for a
 * synthetic national set of about 35 M rows (the real files repeated under 82 more ids each, as
 * if Kolada had 83 times as many key figures), against fetching the whole CSV into DuckDB-WASM.
 * The whole 35 M-row CSV is not loaded (about 1,7 GB: more than a tab can hold); its size is
 * the real file's times 83.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { launch, median, recordNetwork } from './browser';
import { kb, mb, ms, type Row } from './format';

/** The real values beside the repository where Följupp is developed, else the repository's own. */
const SHARED =
	process.env.FOLJUPP_SHARED_OBSERVATIONS ??
	(existsSync('../shared/data/observations.csv') ? '../shared/data/observations.csv' : 'data/observations.csv');
const DIR = 'build/bench-national';
const COPIES = 82;
const VIEW = ['1488', '0000'];

function write(log: (s: string) => void) {
	mkdirSync(DIR, { recursive: true });
	const sets: Record<string, { rows: number; bytes: number; keyFigures: number; seconds: number }> = {};
	for (const [name, copies] of [
		['real', 0],
		['national', COPIES]
	] as const) {
		log(`npm run data:parquet for the ${name} set`);
		const r = spawnSync(
			'npx',
			['tsx', 'scripts/data-parquet.ts', '--source', SHARED, '--out', join(DIR, name), '--copies', String(copies)],
			{ encoding: 'utf8' }
		);
		if (r.status !== 0) throw new Error(`data:parquet failed: ${r.stderr}`);
		sets[name] = JSON.parse(r.stdout.trim().split('\n').at(-1)!);
	}
	// The whole CSV as a static host would serve it, compressed.
	const csv = join(DIR, 'observations.csv');
	// In Kolada's column names, whichever file it came from (the repository's has the same columns in the same order).
	const source = readFileSync(SHARED, 'utf8');
	writeFileSync(csv, source.replace(/^indicator,municipality,/, 'kpi_id,municipality_code,'));
	const raw = readFileSync(csv);
	const gz = gzipSync(raw, { level: 9 });
	writeFileSync(`${csv}.gz`, gz);
	writeFileSync(`${csv}.br`, brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }));
	return { sets, csvBytes: statSync(csv).size, csvGzip: gz.length };
}

type Bench = {
	foljuppBench: {
		parquetView(url: string, m: string[]): Promise<{ ms: number; rows: number; requests: number; bytes: number }>;
		wholeCsvView(url: string, kpi: string, m: string[]): Promise<{ ms: number; rows: number }>;
	};
};

export async function parquetFigures(origin: string, runs: number, log: (s: string) => void) {
	const written = write(log);
	const browser = await launch();
	const samples: {
		real: number[];
		national: number[];
		csv: number[];
		realBytes: number[];
		nationalBytes: number[];
		csvBytes: number[];
		rows: number[];
	} = {
		real: [],
		national: [],
		csv: [],
		realBytes: [],
		nationalBytes: [],
		csvBytes: [],
		rows: []
	};
	try {
		for (let i = 0; i < runs; i++) {
			log(`national scale: one key-figure view (${i + 1}/${runs})`);
			// Each read in a fresh context: a cold cache, as a visitor's first view.
			const measure = async <T>(
				act: (page: import('playwright-core').Page) => Promise<T>
			): Promise<{ result: T; bytes: number }> => {
				const context = await browser.newContext();
				try {
					const page = await context.newPage();
					await page.goto(`${origin}/bench/`);
					await page.waitForSelector('[data-bench="ready"]');
					const net = await recordNetwork(context, page);
					const result = await act(page);
					await page.waitForTimeout(100);
					return { result, bytes: net.requests().reduce((s, r) => s + r.bytes, 0) };
				} finally {
					await context.close();
				}
			};
			const id = `N02797-s${String(1 + ((i * 37) % COPIES)).padStart(3, '0')}`;
			const real = await measure((p) =>
				p.evaluate(
					([u, m]) => (window as unknown as Bench).foljuppBench.parquetView(u as string, m as string[]),
					[`${origin}/bench-national/real/N02797.parquet`, VIEW]
				)
			);
			const national = await measure((p) =>
				p.evaluate(
					([u, m]) => (window as unknown as Bench).foljuppBench.parquetView(u as string, m as string[]),
					[`${origin}/bench-national/national/${id}.parquet`, VIEW]
				)
			);
			const csv = await measure((p) =>
				p.evaluate(
					([u, m]) => (window as unknown as Bench).foljuppBench.wholeCsvView(u as string, 'N02797', m as string[]),
					[`${origin}/bench-national/observations.csv`, VIEW]
				)
			);
			if (real.result.rows !== csv.result.rows || national.result.rows !== csv.result.rows)
				throw new Error(
					`Parquet and CSV disagree: ${real.result.rows}, ${national.result.rows} and ${csv.result.rows} rows`
				);
			samples.real.push(real.result.ms);
			samples.national.push(national.result.ms);
			samples.csv.push(csv.result.ms);
			samples.realBytes.push(real.bytes);
			samples.nationalBytes.push(national.bytes);
			samples.csvBytes.push(csv.bytes);
			samples.rows.push(csv.result.rows);
		}
	} finally {
		await browser.close();
	}
	const n = written.sets.national!;
	const rows: Row[] = [
		{
			figure: `Key-figure view from Parquet, real set (${written.sets.real!.rows.toLocaleString('sv-SE')} rows)`,
			value: `${ms(median(samples.real))}, ${kb(median(samples.realBytes))}`,
			reference: `whole CSV into DuckDB: ${ms(median(samples.csv))}, ${mb(median(samples.csvBytes))} (${mb(written.csvBytes)} raw)`,
			goal: 'few bytes',
			met: median(samples.realBytes) < median(samples.csvBytes) / 10
		},
		{
			figure: `Key-figure view from Parquet, national set (${n.rows.toLocaleString('sv-SE')} rows, ${n.keyFigures.toLocaleString('sv-SE')} files)`,
			value: `${ms(median(samples.national))}, ${kb(median(samples.nationalBytes))}`,
			reference: `whole CSV: ${mb(written.csvGzip * (COPIES + 1))} gzip, ${mb(written.csvBytes * (COPIES + 1))} raw (not loadable)`,
			goal: 'same as real set',
			met: median(samples.nationalBytes) <= 1.1 * median(samples.realBytes)
		},
		{
			figure: `  data:parquet writing time and size`,
			value: `real ${written.sets.real!.seconds.toLocaleString('sv-SE')} s, ${mb(written.sets.real!.bytes)}`,
			reference: `national ${n.seconds.toLocaleString('sv-SE')} s, ${mb(n.bytes)}`,
			goal: '—',
			met: null
		}
	];
	return { rows, json: { written, samples, view: { kpi: 'N02797', municipalities: VIEW, rows: samples.rows[0] } } };
}
