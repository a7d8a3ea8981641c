/**
 * npm run bench [-- --runs 3 --sizes 10000,100000,1000000 --no-build --only peer,first,pages,duckdb,upload,parquet --peer dir]
 *
 * The reference for the first chart is scripts/bench/peer/observable (a built Observable Framework page
 * of the same chart, shipped here), served beside build/ by the same server with the same compression.
 * Builds the site, serves build/ on 127.0.0.1 as a static host would (brotli/gzip files written by
 * scripts/compress.ts), drives Debian's Chromium and prints, for every figure, the median over the
 * runs beside its reference measured in the same run. Writes the same as JSON to
 * bench-results/latest.json (and a dated copy). Not part of `npm test`: timings are not assertions.
 * Upload files are made from the real Kolada values by scripts/large-upload.ts and cached in
 * node_modules/.cache/foljupp-bench/.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
	CHROMIUM,
	LONG_TASKS,
	SLOW_4G,
	TIME_SWITCH,
	firstChart,
	launch,
	longestTask,
	markTime,
	median,
	peakRss,
	quantile,
	rendererPids,
	type FirstChart,
	PROBES,
	chartPaint,
	pageBytes
} from './bench/browser';
import { parquetFigures } from './bench/parquet';
import { kb, mb, ms, times as x, type Row } from './bench/format';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args[i + 1]! : fallback;
};
const RUNS = Number(opt('runs', '3'));
const SIZES = opt('sizes', '10000,100000,1000000').split(',').map(Number);
const ONLY = new Set(opt('only', 'peer,first,pages,duckdb,upload,parquet').split(','));
/** The reference page: a built Observable Framework page of the same chart, shipped in the repository. */
const PEER = resolve(opt('peer', 'scripts/bench/peer/observable'));
const CACHE = resolve('node_modules/.cache/foljupp-bench');
const OUT = resolve('bench-results');
const INDICATOR = 'N02797';

const rows: Row[] = [];
const json: Record<string, unknown> = {};
const log = (s: string) => process.stderr.write(`bench: ${s}\n`);

function build() {
	log('building the site (npm run build)');
	const r = spawnSync('npm', ['run', 'build'], {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, BASE_PATH: '' }
	});
	if (r.status !== 0) throw new Error('npm run build failed');
}

async function serve(dir = 'build'): Promise<{ origin: string; stop: () => void }> {
	const child = spawn(process.execPath, ['scripts/serve.js', dir, '--port', '0'], {
		stdio: ['ignore', 'pipe', 'inherit']
	});
	const origin = await new Promise<string>((res, rej) => {
		child.stdout!.on('data', (d: Buffer) => {
			const m = /http:\/\/127\.0\.0\.1:\d+/.exec(d.toString());
			if (m) res(m[0]);
		});
		child.on('exit', (code) => rej(new Error(`server exited (${code})`)));
	});
	return { origin, stop: () => child.kill() };
}

function uploadFile(n: number): string {
	mkdirSync(CACHE, { recursive: true });
	// Made from ../shared's real values where they are, else from data/ (scripts/large-upload.ts).
	const from =
		process.env.FOLJUPP_SHARED_OBSERVATIONS ??
		(existsSync('../shared/data/observations.csv') ? 'shared' : 'repository');
	const file = join(CACHE, `kolada-${n}-${from.replace(/\W+/g, '_')}.csv`);
	if (!existsSync(file)) {
		log(`writing ${n.toLocaleString('sv-SE')} Kolada-shaped rows from the real values`);
		const r = spawnSync('npx', ['tsx', 'scripts/large-upload.ts', String(n), file], { stdio: 'inherit' });
		if (r.status !== 0) throw new Error('large-upload failed');
	}
	return file;
}

async function runs<T>(label: string, n: number, once: (i: number) => Promise<T>): Promise<T[]> {
	const out: T[] = [];
	for (let i = 0; i < n; i++) {
		log(`${label} (${i + 1}/${n})`);
		out.push(await once(i));
	}
	return out;
}

// ---------------------------------------------------------------- first chart

async function firstChartFigures(browser: Browser, origin: string) {
	for (const [name, path] of [
		['/', '/'],
		['key figure page', `/nyckeltal/${INDICATOR}/`],
		['area page', '/omrade/unga/'],
		['measure page', '/insats/m01/'],
		['target page (own figure)', '/mal/t13/']
	] as const) {
		// The phone on Slow 4G for the two pages most people open first.
		for (const slow of path === '/' || path.startsWith('/nyckeltal/') ? [false, true] : [false]) {
			const profile = slow ? ' (Slow 4G, 4× CPU, phone)' : '';
			const shot = slow && path === '/' ? join(OUT, 'slow-4g-first-load.png') : undefined;
			// Page loads on localhost vary by tens of ms: a few more runs than elsewhere.
			const pairs = await runs(`first chart ${name}${profile}`, Math.max(RUNS, 5), async (i) => ({
				js: await firstChart(browser, origin + path, { js: true, slow, screenshot: i === 0 ? shot : undefined }),
				floor: await firstChart(browser, origin + path, { js: false, slow })
			}));
			const med = (f: (r: FirstChart) => number, k: 'js' | 'floor') => median(pairs.map((p) => f(p[k])));
			const t = med((r) => r.ms, 'js');
			const floor = med((r) => r.ms, 'floor');
			const bytes = med((r) => r.bytes, 'js');
			const duckdb = Math.max(...pairs.map((p) => p.js.duckdbBefore));
			rows.push({
				figure: `First chart, ${name}${profile}`,
				value: ms(t),
				reference: `JS off: ${ms(floor)} (${x(t, floor)})`,
				goal: '≤ 1,2× floor',
				met: t <= 1.2 * floor
			});
			rows.push({
				figure: `  bytes before it${profile}`,
				value: kb(bytes),
				reference: `${median(pairs.map((p) => p.js.requests))} requests, ${pairs[0]!.js.encodings.join('/')}; DuckDB requests: ${duckdb}; chart at y = ${pairs[0]!.js.chartTop} px`,
				goal: '≤ 130 KB, no DuckDB',
				met: bytes <= 130 * 1024 && duckdb === 0
			});
			json[`firstChart ${path}${slow ? ' slow4g' : ''}`] = {
				medianMs: t,
				floorMs: floor,
				ratio: t / floor,
				bytes,
				duckdbRequestsBefore: duckdb,
				chartTop: pairs[0]!.js.chartTop,
				runs: pairs
			};
		}
	}
}

// ---------------------------------------------------------------- the reference, same run

/** A copy of the reference with brotli and gzip files, as build/ has them. */
function peerSite(): string {
	const dir = join(CACHE, 'peer-observable');
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(CACHE, { recursive: true });
	cpSync(PEER, dir, { recursive: true });
	const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/compress.ts', dir], {
		stdio: ['ignore', 'ignore', 'inherit']
	});
	if (r.status !== 0) throw new Error('compressing the reference failed');
	return dir;
}

async function peerFigures(browser: Browser, origin: string) {
	if (!existsSync(join(PEER, 'index.html'))) {
		rows.push({
			figure: 'First chart against Observable Framework',
			value: '—',
			reference: `no reference at ${PEER}`,
			goal: '≤ 0,3× time, ≤ 0,15× bytes',
			met: false
		});
		return;
	}
	const peer = await serve(peerSite());
	try {
		// Alternated, so that both see the same machine at the same moment.
		const pairs = await runs(
			'first chart: Följupp key-figure page and the Observable Framework page',
			Math.max(RUNS, 7),
			async () => ({
				foljupp: await chartPaint(browser, `${origin}/nyckeltal/${INDICATOR}/`, PROBES.foljupp),
				peer: await chartPaint(browser, `${peer.origin}/`, PROBES.observable)
			})
		);
		const t = median(pairs.map((p) => p.foljupp.ms));
		const tp = median(pairs.map((p) => p.peer.ms));
		const b = median(pairs.map((p) => p.foljupp.bytes));
		const bp = median(pairs.map((p) => p.peer.bytes));
		rows.push({
			figure: 'First chart, key-figure page vs Observable Framework',
			value: ms(t),
			reference: `Observable: ${ms(tp)} (${(t / tp).toFixed(2).replace('.', ',')}×)`,
			goal: '≤ 0,3×',
			met: t <= 0.3 * tp
		});
		rows.push({
			figure: '  bytes before it',
			value: `${kb(b)}, ${median(pairs.map((p) => p.foljupp.requests))} requests`,
			reference: `Observable: ${kb(bp)}, ${median(pairs.map((p) => p.peer.requests))} requests (${(b / bp).toFixed(2).replace('.', ',')}×)`,
			goal: '≤ 0,15×',
			met: b <= 0.15 * bp
		});
		json.peer = {
			foljuppMs: t,
			observableMs: tp,
			ratio: t / tp,
			foljuppBytes: b,
			observableBytes: bp,
			bytesRatio: b / bp,
			runs: pairs
		};
	} finally {
		peer.stop();
	}
}

// ---------------------------------------------------------------- what each page fetches

/** Whether a script of the build is the Excel library's (its chunk names are hashes). */
const workbookChunks = new Map<string, boolean>();
function isWorkbookChunk(url: string): boolean {
	const path = new URL(url).pathname;
	if (!path.endsWith('.js')) return false;
	if (!workbookChunks.has(path)) {
		const file = join('build', path);
		workbookChunks.set(path, existsSync(file) && readFileSync(file, 'utf8').includes('ExcelJS'));
	}
	return workbookChunks.get(path)!;
}

async function pageFigures(browser: Browser, origin: string) {
	const pages: [string, string, { duckdb: boolean; workbook: boolean }][] = [
		['overview', '/', { duckdb: false, workbook: false }],
		['key figure', `/nyckeltal/${INDICATOR}/`, { duckdb: false, workbook: false }],
		['measure with own figures', '/insats/m01/', { duckdb: false, workbook: false }],
		['report', '/rapport/asn/', { duckdb: false, workbook: false }],
		['follow up (workspace)', '/folj-upp/?namnd=asn&period=delar-2026', { duckdb: false, workbook: false }],
		['measures and targets (workspace)', '/folj-upp/insatser-och-mal/', { duckdb: false, workbook: false }],
		['upload', '/ladda-upp/', { duckdb: true, workbook: false }]
	];
	for (const [name, path, expected] of pages) {
		const samples = await runs(`bytes of ${name}`, 1, () => pageBytes(browser, origin + path, isWorkbookChunk));
		const r = samples[0]!;
		const loads =
			[r.duckdb ? 'DuckDB' : '', r.workbook ? 'Excel library' : ''].filter(Boolean).join(', ') ||
			'neither DuckDB nor the Excel library';
		rows.push({
			figure: `Page ${name} (${path}), everything fetched`,
			value: kb(r.bytes),
			reference: `${r.requests} requests; ${loads}`,
			goal: `${expected.duckdb ? 'DuckDB' : 'no DuckDB'}, Excel only on click`,
			met: r.duckdb === expected.duckdb && r.workbook === expected.workbook
		});
		json[`page ${path}`] = r;
	}
}

// ---------------------------------------------------------------- DuckDB ready

async function duckdbFigures(browser: Browser, origin: string) {
	const samples = await runs('DuckDB ready on the upload page', RUNS, async () => {
		const context = await browser.newContext();
		try {
			const page = await context.newPage();
			const start = Date.now();
			await page.goto(`${origin}/ladda-upp/`);
			const ready = await markTime(page, 'duckdb-ready');
			return { ready, wall: Date.now() - start };
		} finally {
			await context.close();
		}
	});
	const t = median(samples.map((s) => s.ready));
	rows.push({
		figure: 'DuckDB ready (worker, wasm, tables) after opening /ladda-upp/',
		value: ms(t),
		reference: 'started at idle after first paint',
		goal: '—',
		met: null
	});
	json.duckdbReady = { medianMs: t, runs: samples };
}

// ---------------------------------------------------------------- uploads

interface UploadRun {
	duckdbReady: number;
	preview: number;
	applied: number;
	longestTask: number;
	peakMemory: number;
	bareReadCsv: number;
	papaparseArrow: number;
	rows: number;
	switches?: Record<string, number[]>;
	/** The same switches on the published site, before any upload: what the upload is compared with. */
	switchesWithout?: Record<string, number[]>;
}

async function uploadOnce(origin: string, file: string, interactions: boolean): Promise<UploadRun> {
	// A browser of its own, so the peak memory read from /proc is this tab's alone.
	const browser = await launch();
	try {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		await context.addInitScript(LONG_TASKS + TIME_SWITCH);
		// The same switches on the published site first, in a tab of their own that is closed
		// before the upload's tab opens, so the peak memory below is the upload's alone.
		let switchesWithout: Record<string, number[]> | undefined;
		if (interactions) {
			const plain = await browser.newContext({ viewport: { width: 1280, height: 900 } });
			await plain.addInitScript(LONG_TASKS + TIME_SWITCH);
			switchesWithout = await switchViews(await plain.newPage(), origin, false);
			await plain.close();
		}
		const page = await context.newPage();
		await page.goto(`${origin}/ladda-upp/`);
		const duckdbReady = await markTime(page, 'duckdb-ready');
		await page.setInputFiles('#upload-file', file);
		const picked = await markTime(page, 'upload-picked');
		const report = await markTime(page, 'upload-report');
		const apply = page.getByRole('button', { name: 'Lägg in data' });
		if ((await apply.count()) === 0)
			throw new Error(`${file} was not accepted: ${(await page.locator('main').innerText()).slice(0, 400)}`);
		await apply.click();
		const start = await markTime(page, 'upload-apply');
		const applied = await markTime(page, 'upload-applied');
		const longest = await longestTask(page, picked, applied);
		const peakMemory = Math.max(0, ...[...rendererPids()].map(peakRss));
		const switches = interactions ? await switchViews(page, origin, true) : undefined;

		await page.goto(`${origin}/bench/`);
		await page.waitForSelector('[data-bench="ready"]');
		await page.setInputFiles('#bench-file', file);
		type Bench = {
			foljuppBench: {
				bareReadCsv(): Promise<{ ms: number; rows: number }>;
				papaparseThenArrow(): Promise<{ ms: number; rows: number }>;
			};
		};
		const bare = await page.evaluate(() => (window as unknown as Bench).foljuppBench.bareReadCsv());
		const papa = await page.evaluate(() => (window as unknown as Bench).foljuppBench.papaparseThenArrow());
		return {
			duckdbReady,
			preview: report - picked,
			applied: applied - start,
			longestTask: longest,
			peakMemory,
			bareReadCsv: bare.ms,
			papaparseArrow: papa.ms,
			rows: bare.rows,
			switches,
			switchesWithout
		};
	} finally {
		await browser.close();
	}
}

/**
 * The engine's own floor for a tab's memory, each in a browser of its own: DuckDB-WASM started and
 * idle, and DuckDB-WASM reading the same file whole with its bare read_csv (nothing of Följupp's).
 */
async function memoryFloors(origin: string, file: string): Promise<{ empty: number; bareRead: number }> {
	type Bench = { foljuppBench: { emptyDuckDB(): Promise<void>; bareReadCsv(): Promise<unknown> } };
	const peakOf = async (act: (page: Page) => Promise<unknown>) => {
		const browser = await launch();
		try {
			const page = await browser.newPage();
			await page.goto(`${origin}/bench/`);
			await page.waitForSelector('[data-bench="ready"]');
			await act(page);
			return Math.max(0, ...[...rendererPids()].map(peakRss));
		} finally {
			await browser.close();
		}
	};
	const empty = await peakOf((page) => page.evaluate(() => (window as unknown as Bench).foljuppBench.emptyDuckDB()));
	const bareRead = await peakOf(async (page) => {
		await page.setInputFiles('#bench-file', file);
		await page.evaluate(() => (window as unknown as Bench).foljuppBench.bareReadCsv());
	});
	return { empty, bareRead };
}

/** Switch gender, comparison kommun and key figure on a key-figure page, with the upload applied or with none. */
async function switchViews(page: Page, origin: string, uploaded: boolean): Promise<Record<string, number[]>> {
	await page.goto(`${origin}/nyckeltal/${INDICATOR}/`);
	if (uploaded) await page.waitForSelector('.upload-banner[data-upload-status="active"]', { timeout: 300_000 });
	else await page.waitForSelector('html[data-hydrated]');
	type W = { __timeSwitch(act: () => void, changed: () => boolean): Promise<number> };
	// 30 of each: with fewer, p95 is little more than the slowest one or two.
	const N = 30;
	const out: Record<string, number[]> = { gender: [], municipality: [], indicator: [] };
	for (let i = 0; i < N; i++) {
		out.gender!.push(
			await page.evaluate(
				(g) => {
					const title = () => document.querySelector('figure.chart .chart-title')?.textContent;
					const before = title();
					return (window as unknown as W).__timeSwitch(
						() => {
							const s = document.querySelector<HTMLSelectElement>('#gender')!;
							s.value = g;
							s.dispatchEvent(new Event('change', { bubbles: true }));
						},
						() => title() !== before
					);
				},
				['K', 'M', 'T'][i % 3]!
			)
		);
	}
	const kommuner = ['1490', '1480', '0180', '1280', '1485'];
	const compare = (code: string) =>
		page.evaluate((c) => {
			return (window as unknown as W).__timeSwitch(
				() => {
					const s = document.querySelector<HTMLSelectElement>('#compare')!;
					s.value = c;
					s.dispatchEvent(new Event('change', { bubbles: true }));
				},
				() => document.querySelector(`figure.chart svg g[data-series="${c}"]`) !== null
			);
		}, code);
	// The first comparison is reported on its own: without an upload it fetches the Parquet file's footer.
	out.firstComparison = [await compare(kommuner[0]!)];
	for (let i = 1; i <= N; i++) out.municipality!.push(await compare(kommuner[i % kommuner.length]!));
	const ids = readFileSync('data/indicators.csv', 'utf8')
		.split('\n')
		.slice(1)
		.map((l) => l.split(',')[0]!)
		.filter(Boolean);
	for (let i = 0; i < N; i++) {
		const id = ids[(i + 1) % ids.length]!;
		out.indicator!.push(
			await page.evaluate((target) => {
				const h1 = () => document.querySelector('main h1')?.textContent;
				const before = h1();
				return (window as unknown as W).__timeSwitch(
					() => {
						const a = document.createElement('a');
						a.href = target;
						document.body.append(a);
						a.click();
						a.remove();
					},
					() => h1() !== before && document.querySelector('figure.chart svg[data-chart]') !== null
				);
			}, `${origin}/nyckeltal/${id}/`)
		);
	}
	return out;
}

/** The same file with one row to fix (Tyresö's code without its leading zero, 138): every check runs. */
function fileToFix(n: number): string {
	const file = uploadFile(n);
	const out = file.replace(/\.csv$/, '-to-fix.csv');
	if (!existsSync(out)) {
		const text = readFileSync(file, 'utf8');
		const at = text.indexOf('\n', Math.floor(text.length / 2)) + 1;
		const line = text.slice(at, text.indexOf('\n', at));
		const cells = line.split(',');
		cells[1] = '138';
		writeFileSync(out, text.slice(0, at) + cells.join(',') + text.slice(at + line.length));
	}
	return out;
}

/** Picked → the report naming the problem, with every check (a file that is not clean). */
async function fullCheckOnce(origin: string, file: string): Promise<number> {
	const browser = await launch();
	try {
		const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
		await page.goto(`${origin}/ladda-upp/`);
		await markTime(page, 'duckdb-ready');
		await page.setInputFiles('#upload-file', file);
		const picked = await markTime(page, 'upload-picked');
		const report = await markTime(page, 'upload-report');
		if ((await page.locator('.problems-title').count()) === 0)
			throw new Error(`${file}: expected a problem to be named`);
		return report - picked;
	} finally {
		await browser.close();
	}
}

async function uploadFigures(origin: string) {
	for (const n of SIZES) {
		const file = uploadFile(n);
		const results = await runs(`upload of ${n.toLocaleString('sv-SE')} rows`, RUNS, (i) =>
			uploadOnce(origin, file, n === Math.max(...SIZES) && i === 0)
		);
		const m = (k: keyof UploadRun) => median(results.map((r) => r[k] as number));
		const size = `${n.toLocaleString('sv-SE')} rows`;
		const [preview, bare, papa] = [m('preview'), m('bareReadCsv'), m('papaparseArrow')];
		rows.push({
			figure: `Upload ${size}: picked → preview`,
			value: ms(preview),
			reference: `bare read_csv ${ms(bare)} (${x(preview, bare)}); papaparse+Arrow ${ms(papa)} (${x(papa, preview)} slower)`,
			goal: n >= 1_000_000 ? '≤ 1,5× read_csv' : '—',
			met: n >= 1_000_000 ? preview <= 1.5 * bare : null
		});
		if (n >= 1_000_000) {
			const full = median(
				await runs(`upload of ${size}, one row to fix`, RUNS, () => fullCheckOnce(origin, fileToFix(n)))
			);
			rows.push({
				figure: `  one row to fix: picked → every problem named`,
				value: ms(full),
				reference: `bare read_csv ${ms(bare)} (${x(full, bare)})`,
				goal: '≤ 3× read_csv',
				met: full <= 3 * bare
			});
			json[`full checks ${n}`] = { medianMs: full };
		}
		rows.push({
			figure: `  → applied, pages updated`,
			value: ms(m('applied')),
			reference: 'after "Lägg in data"',
			goal: '—',
			met: null
		});
		const longest = Math.max(...results.map((r) => r.longestTask));
		rows.push({
			figure: `  longest main-thread task`,
			value: longest ? ms(longest) : 'none over 50 ms',
			reference: 'picked → applied',
			goal: '≤ 200 ms',
			met: longest <= 200
		});
		const peak = Math.max(...results.map((r) => r.peakMemory));
		const floors = await memoryFloors(origin, uploadFile(n));
		rows.push({
			figure: `  peak memory of the tab`,
			value: mb(peak),
			reference: `renderer VmHWM; DuckDB-WASM idle ${mb(floors.empty)}, its bare read_csv of the file ${mb(floors.bareRead)}`,
			goal: n >= 1_000_000 ? '≤ 400 MB' : '—',
			met: n >= 1_000_000 ? peak <= 400 * 1024 * 1024 : null
		});
		json[`upload ${n}`] = {
			medianPreviewMs: preview,
			medianBareReadCsvMs: bare,
			medianPapaparseArrowMs: papa,
			medianAppliedMs: m('applied'),
			longestTaskMs: longest,
			peakMemoryBytes: peak,
			memoryFloors: floors,
			runs: results
		};
		const sw = results.find((r) => r.switches)?.switches;
		const without = results.find((r) => r.switchesWithout)?.switchesWithout;
		if (sw) {
			for (const kind of ['gender', 'municipality', 'indicator'] as const) {
				const p50 = quantile(sw[kind]!, 0.5);
				const p95 = quantile(sw[kind]!, 0.95);
				const ref = without
					? `no upload: p50 ${ms(quantile(without[kind]!, 0.5))}, p95 ${ms(quantile(without[kind]!, 0.95))}; `
					: '';
				rows.push({
					figure: `Switch ${kind} with ${size} applied`,
					value: `p50 ${ms(p50)}, p95 ${ms(p95)}`,
					reference: `${ref}${sw[kind]!.length} switches`,
					goal: 'p95 ≤ 50 ms',
					met: p95 <= 50
				});
			}
			rows.push({
				figure: `  first comparison (from the pages' own data)`,
				value: ms(sw.firstComparison![0]!),
				reference: without
					? `no upload (the Parquet file by range requests): ${ms(without.firstComparison![0]!)}`
					: 'once',
				goal: '—',
				met: null
			});
			json.switches = sw;
			if (without) json.switchesWithoutUpload = without;
		}
	}
}

// ---------------------------------------------------------------- main

function printTable() {
	const head: Row = {
		figure: 'Figure (median)',
		value: 'Följupp',
		reference: 'Reference, same run',
		goal: 'Goal',
		met: null
	};
	const all = [head, ...rows];
	const w = (k: keyof Row) => Math.max(...all.map((r) => String(r[k]).length));
	const line = (r: Row, mark: string) =>
		`${r.figure.padEnd(w('figure'))}  ${r.value.padEnd(w('value'))}  ${r.reference.padEnd(w('reference'))}  ${r.goal.padEnd(w('goal'))}  ${mark}`;
	console.log(line(head, 'met'));
	for (const r of rows) console.log(line(r, r.met === null ? '' : r.met ? 'yes' : 'NO'));
}

const started = Date.now();
mkdirSync(OUT, { recursive: true });
if (!args.includes('--no-build')) build();
const server = await serve();
const version = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).stdout.trim();
try {
	const browser = await launch();
	try {
		if (ONLY.has('peer')) await peerFigures(browser, server.origin);
		if (ONLY.has('first')) await firstChartFigures(browser, server.origin);
		if (ONLY.has('pages')) await pageFigures(browser, server.origin);
		if (ONLY.has('duckdb')) await duckdbFigures(browser, server.origin);
	} finally {
		await browser.close();
	}
	if (ONLY.has('upload')) await uploadFigures(server.origin);
	if (ONLY.has('parquet')) {
		const p = await parquetFigures(server.origin, RUNS, log);
		rows.push(...p.rows);
		json.parquet = p.json;
	}
} finally {
	server.stop();
}
printTable();
const result = {
	date: new Date().toISOString(),
	machine: {
		cpus: cpus().length,
		cpu: cpus()[0]?.model,
		memoryBytes: totalmem(),
		node: process.version,
		chromium: version
	},
	runs: RUNS,
	slow4g: SLOW_4G,
	seconds: Math.round((Date.now() - started) / 1000),
	table: rows,
	figures: json
};
writeFileSync(join(OUT, 'latest.json'), JSON.stringify(result, null, 1));
writeFileSync(join(OUT, `bench-${result.date.slice(0, 19).replace(/:/g, '')}.json`), JSON.stringify(result, null, 1));
log(`done in ${result.seconds} s; JSON in bench-results/latest.json`);
