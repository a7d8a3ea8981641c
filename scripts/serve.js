#!/usr/bin/env node
/**
 * A small static file server for the built site, as any static host would serve it:
 *   node scripts/serve.js [dir=build] [--port 4173] [--base /uppfoljning] [--open]
 * Sends .wasm as application/wasm (DuckDB-WASM hangs otherwise), redirects a folder without its
 * trailing slash, answers unknown paths with 404.html. Listens on 127.0.0.1 only.
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
	'.png': 'image/png',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain; charset=utf-8',
	'.parquet': 'application/octet-stream',
	'.arrow': 'application/vnd.apache.arrow.stream'
};

function send(res, file, status = 200) {
	res.writeHead(status, {
		'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
		'content-length': statSync(file).size,
		'cache-control': file.includes('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache'
	});
	createReadStream(file).pipe(res);
}

const server = createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	let path = decodeURIComponent(url.pathname);
	if (base && path === base) {
		res.writeHead(301, { location: `${base}/${url.search}` }).end();
		return;
	}
	if (base && !path.startsWith(base + '/')) return notFound(res);
	path = path.slice(base.length);
	const file = normalize(join(root, path));
	if (!file.startsWith(root)) return notFound(res);
	if (existsSync(file) && statSync(file).isDirectory()) {
		if (!path.endsWith('/')) {
			res.writeHead(301, { location: `${base}${path}/${url.search}` }).end();
			return;
		}
		const index = join(file, 'index.html');
		return existsSync(index) ? send(res, index) : notFound(res);
	}
	if (existsSync(file)) return send(res, file);
	if (existsSync(file + '.html')) return send(res, file + '.html');
	notFound(res);
});

function notFound(res) {
	const page = join(root, '404.html');
	if (existsSync(page)) return send(res, page, 404);
	res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
}

server.listen(port, '127.0.0.1', () => {
	const actual = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
	const address = `http://127.0.0.1:${actual}${base}/`;
	console.log(`Följupp: ${address}  (Ctrl+C stops)`);
	if (args.includes('--open')) {
		const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'start' : 'xdg-open';
		spawn(opener, [address], { stdio: 'ignore', detached: true }).on('error', () => {}).unref();
	}
});
