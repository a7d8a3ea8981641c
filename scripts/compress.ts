/**
 * Writes a brotli (.br) and a gzip (.gz) copy next to every text file and the DuckDB .wasm in the
 * built site, so a static host can send them compressed without compressing on each request
 * (nginx gzip_static/brotli_static, Apache MultiViews or RewriteRule, Caddy precompressed; see the
 * README's performance section). The wasm is 34 MB raw and about 6 MB as brotli.
 *   tsx scripts/compress.ts [dir=build]
 */
import { readdirSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

const COMPRESSIBLE = new Set([
	'.html',
	'.js',
	'.mjs',
	'.css',
	'.json',
	'.csv',
	'.svg',
	'.txt',
	'.wasm',
	'.xml',
	'.ics',
	'.rdf',
	'.map'
]);
/** Brotli's best quality takes about a minute on the wasm; quality 9 takes 3 s for a file 14 % larger. */
const BEST_UP_TO = 2 * 1024 * 1024;
const MIN_SIZE = 1024;

function* files(dir: string): Generator<string> {
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		const p = join(dir, e.name);
		if (e.isDirectory()) yield* files(p);
		else if (COMPRESSIBLE.has(extname(e.name))) yield p;
	}
}

const dir = process.env.BUILD_DIR ?? process.argv[2] ?? 'build';
const started = Date.now();
let raw = 0;
let br = 0;
let count = 0;
// zlib's async calls run on libuv's thread pool: all cores, not one.
async function compress(file: string) {
	const size = statSync(file).size;
	if (size < MIN_SIZE) return;
	const bytes = await readFile(file);
	const [b, g] = await Promise.all([
		brotli(bytes, {
			params: {
				[constants.BROTLI_PARAM_QUALITY]: size <= BEST_UP_TO ? 11 : 9,
				[constants.BROTLI_PARAM_SIZE_HINT]: size
			}
		}),
		gz(bytes, { level: 9 })
	]);
	await Promise.all([writeFile(`${file}.br`, b), writeFile(`${file}.gz`, g)]);
	raw += size;
	br += b.length;
	count++;
}
const queue = [...files(dir)];
await Promise.all(
	Array.from({ length: 4 }, async () => {
		for (let f = queue.shift(); f; f = queue.shift()) await compress(f);
	})
);
const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
console.log(
	`compress: ${count} files, ${mb(raw)} MB → ${mb(br)} MB brotli (+ gzip), ${((Date.now() - started) / 1000).toFixed(1)} s`
);
