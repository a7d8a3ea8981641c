/** What every part of the benchmark shares: its options, its results so far, and small helpers. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Row } from './format';

export const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args[i + 1]! : fallback;
};
export const RUNS = Number(opt('runs', '3'));
export const SIZES = opt('sizes', '10000,100000,1000000').split(',').map(Number);
export const ONLY = new Set(opt('only', 'peer,first,pages,duckdb,upload,effect,workbook,parquet').split(','));
/** The reference page: a built Observable Framework page of the same chart, shipped in the repository. */
export const PEER = resolve(opt('peer', 'scripts/bench/peer/observable'));
export const CACHE = resolve('node_modules/.cache/foljupp-bench');
export const OUT = resolve('bench-results');
export const INDICATOR = 'N02797';

/** The table printed at the end, and the JSON written beside it. */
export const rows: Row[] = [];
export const json: Record<string, unknown> = {};
export const log = (s: string) => process.stderr.write(`bench: ${s}\n`);

export function uploadFile(n: number): string {
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

export async function runs<T>(label: string, n: number, once: (i: number) => Promise<T>): Promise<T[]> {
	const out: T[] = [];
	for (let i = 0; i < n; i++) {
		log(`${label} (${i + 1}/${n})`);
		out.push(await once(i));
	}
	return out;
}

/** A static server for a built site (scripts/serve.js, with its brotli and gzip files), on a free port. */
export async function serve(dir = 'build'): Promise<{ origin: string; stop: () => void }> {
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
