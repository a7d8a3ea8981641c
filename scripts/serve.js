#!/usr/bin/env node
/**
 * A small static file server for the built site, as any static host would serve it:
 *   node scripts/serve.js [dir=build] [--port 4173] [--base /uppfoljning] [--open]
 * Sends .wasm as application/wasm (DuckDB-WASM hangs otherwise), sends the .br or .gz copy that
 * scripts/compress.ts wrote when the browser accepts it (as nginx's brotli_static/gzip_static do),
 * answers Range requests on uncompressed files (Parquet is read by range), redirects a folder
 * without its trailing slash, answers unknown paths with 404.html. Listens on 127.0.0.1 only.
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { spawn } from 'node:child_process';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : fallback;
};
const root = resolve(args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'build');
const port = Number(opt('--port', process.env.PORT ?? '4173'));
const base = (opt('--base', process.env.BASE_PATH ?? '') || '').replace(/\/$/, '');

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.ics': 'text/calendar; charset=utf-8',
	'.rdf': 'application/rdf+xml; charset=utf-8',
	'.png': 'image/png',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain; charset=utf-8',
	'.parquet': 'application/octet-stream',
	'.arrow': 'application/vnd.apache.arrow.stream'
};

function send(req, res, file, status = 200) {
	const headers = {
		'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
		'cache-control': file.includes('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache',
		'accept-ranges': 'bytes',
		vary: 'accept-encoding'
	};
	const accepts = String(req.headers['accept-encoding'] ?? '');
	const range = /^bytes=(\d*)-(\d*)$/.exec(String(req.headers.range ?? ''));
	if (!range) {
		for (const [enc, ext] of [
			['br', '.br'],
			['gzip', '.gz']
		]) {
			if (new RegExp(`\\b${enc}\\b`).test(accepts) && existsSync(file + ext)) {
				res.writeHead(status, { ...headers, 'content-encoding': enc, 'content-length': statSync(file + ext).size });
				return createReadStream(file + ext).pipe(res);
			}
		}
	}
	const size = statSync(file).size;
	if (range && status === 200) {
		const start = range[1] === '' ? Math.max(0, size - Number(range[2])) : Number(range[1]);
		const end = range[1] !== '' && range[2] !== '' ? Math.min(Number(range[2]), size - 1) : size - 1;
		if (start > end || start >= size) {
			res.writeHead(416, { 'content-range': `bytes */${size}` }).end();
			return;
		}
		res.writeHead(206, {
			...headers,
			'content-range': `bytes ${start}-${end}/${size}`,
			'content-length': end - start + 1
		});
		return createReadStream(file, { start, end }).pipe(res);
	}
	res.writeHead(status, { ...headers, 'content-length': size });
	if (req.method === 'HEAD') return res.end();
	createReadStream(file).pipe(res);
}

const server = createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	let path = decodeURIComponent(url.pathname);
	if (base && path === base) {
		res.writeHead(301, { location: `${base}/${url.search}` }).end();
		return;
	}
	if (base && !path.startsWith(base + '/')) return notFound(req, res);
	path = path.slice(base.length);
	const file = normalize(join(root, path));
	if (!file.startsWith(root)) return notFound(req, res);
	if (existsSync(file) && statSync(file).isDirectory()) {
		if (!path.endsWith('/')) {
			res.writeHead(301, { location: `${base}${path}/${url.search}` }).end();
			return;
		}
		const index = join(file, 'index.html');
		return existsSync(index) ? send(req, res, index) : notFound(req, res);
	}
	if (existsSync(file)) return send(req, res, file);
	if (existsSync(file + '.html')) return send(req, res, file + '.html');
	notFound(req, res);
});

function notFound(req, res) {
	const english = new RegExp(`^${base}/en(/|$)`).test(decodeURIComponent(new URL(req.url, 'http://x').pathname));
	const page = [english && join(root, 'en', '404.html'), join(root, '404.html')].find((p) => p && existsSync(p));
	if (page) return send(req, res, page, 404);
	res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
}

server.listen(port, '127.0.0.1', () => {
	const actual = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
	const address = `http://127.0.0.1:${actual}${base}/`;
	console.log(`Följupp: ${address}  (Ctrl+C stops)`);
	if (args.includes('--open')) {
		const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'start' : 'xdg-open';
		spawn(opener, [address], { stdio: 'ignore', detached: true })
			.on('error', () => {})
			.unref();
	}
});
