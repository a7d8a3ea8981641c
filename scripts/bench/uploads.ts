/** Uploads of 10 000 to a million rows: time to a report, to applied, memory, and views switched with an upload shown. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import {
	LONG_TASKS,
	TIME_SWITCH,
	launch,
	longestTask,
	markTime,
	median,
	peakRss,
	quantile,
	rendererPids
} from './browser';
import { mb, ms, times as x } from './format';
import { INDICATOR, RUNS, SIZES, json, rows, runs, uploadFile } from './context';

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

export async function uploadFigures(origin: string) {
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
