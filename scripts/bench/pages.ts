/** What each page fetches, and how long DuckDB takes to be ready. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { markTime, median, pageBytes } from './browser';
import { kb, ms } from './format';
import { INDICATOR, RUNS, json, rows, runs } from './context';

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

export async function pageFigures(browser: Browser, origin: string) {
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

export async function duckdbFigures(browser: Browser, origin: string) {
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
