/**
 * npm run bench [-- --runs 3 --sizes 10000,100000,1000000 --no-build --only peer,first,pages,duckdb,upload,effect,workbook,parquet --peer dir]
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
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, SLOW_4G, launch } from './bench/browser';
import { parquetFigures } from './bench/parquet';
import type { Row } from './bench/format';
import { ONLY, OUT, RUNS, args, json, log, rows, serve } from './bench/context';
import { firstChartFigures, peerFigures } from './bench/first-chart';
import { duckdbFigures, pageFigures } from './bench/pages';
import { uploadFigures } from './bench/uploads';
import { effectFigures } from './bench/effect';
import { workbookFigures } from './bench/workbook';

function build() {
	log('building the site (npm run build)');
	const r = spawnSync('npm', ['run', 'build'], {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, BASE_PATH: '' }
	});
	if (r.status !== 0) throw new Error('npm run build failed');
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
	if (ONLY.has('effect')) {
		const e = effectFigures(RUNS, log);
		rows.push(...e.rows);
		json.effect = e.json;
	}
	if (ONLY.has('workbook')) {
		const w = await workbookFigures(RUNS, log);
		rows.push(...w.rows);
		json.workbook = w.json;
	}
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
