/** The first chart on a phone over slow 4G, and the reference page measured the same way in the same run. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { firstChart, median, type FirstChart, PROBES, chartPaint } from './browser';
import { kb, ms, times as x } from './format';
import { CACHE, INDICATOR, PEER, RUNS, json, rows, runs, OUT, serve } from './context';

// ---------------------------------------------------------------- first chart

export async function firstChartFigures(browser: Browser, origin: string) {
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

export async function peerFigures(browser: Browser, origin: string) {
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
