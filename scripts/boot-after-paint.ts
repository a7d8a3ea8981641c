/**
 * tsx scripts/boot-after-paint.ts [dir=build]   (run by `npm run build`, after vite build)
 *
 * Every page arrives with its charts in its HTML, so the app is not needed for the first paint — but
 * SvelteKit's boot script imports it at once, and on a busy machine evaluating those modules holds
 * the first frame back (measured: 1,3–1,5× the JavaScript-off time). This rewrites each page's boot
 * script so that the app's modules are asked for, and their preloads added, only once the browser
 * reports its first contentful paint: loading them earlier competes with that paint for the CPU, and
 * nothing of them is needed for it. The
 * page's Content-Security-Policy names the boot script by its hash: the hash is written anew.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.BUILD_DIR ?? process.argv[2] ?? 'build';

function* pages(d: string): Generator<string> {
	for (const e of readdirSync(d, { withFileTypes: true })) {
		const p = join(d, e.name);
		if (e.isDirectory()) yield* pages(p);
		else if (e.name.endsWith('.html')) yield p;
	}
}

/**
 * Resolves once the first contentful paint is reported (the browser's own record of it), or at once in
 * a hidden tab, which paints nothing; where paint timing is not supported, a frame and a task later.
 * At most a second in any case.
 */
const AFTER_PAINT = [
	`const go = () => setTimeout(r, 0); setTimeout(r, 1000);`,
	`const paint = typeof PerformanceObserver !== 'undefined' && (PerformanceObserver.supportedEntryTypes || []).includes('paint');`,
	`if (document.visibilityState === 'hidden') go();`,
	`else if (!paint) requestAnimationFrame(go);`,
	`else new PerformanceObserver((list, o) => { if (list.getEntriesByName('first-contentful-paint').length) { o.disconnect(); go(); } }).observe({ type: 'paint', buffered: true });`
].join(' ');

const hash = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
const PRELOAD = /<link href="([^"]+)" rel="modulepreload">\n?/g;
const BOOT = /<script>([\s\S]*?)<\/script>/;

let changed = 0;
for (const file of pages(dir)) {
	const html = readFileSync(file, 'utf8');
	const boot = BOOT.exec(html);
	if (!boot || !boot[1]!.includes('Promise.all([') || boot[1]!.includes('__foljuppAfterPaint')) continue;
	const old = boot[1]!;
	const preloads = [...html.matchAll(PRELOAD)].map((m) => m[1]!);
	const start = old.indexOf('Promise.all([');
	const end = old.lastIndexOf('});');
	if (end < start) throw new Error(`${file}: the boot script is not as expected`);
	const script =
		old.slice(0, start) +
		`const __foljuppAfterPaint = new Promise((r) => { ${AFTER_PAINT} });\n` +
		`__foljuppAfterPaint.then(() => {\n` +
		`for (const href of ${JSON.stringify(preloads)}) { const l = document.createElement('link'); l.rel = 'modulepreload'; l.href = href; document.head.append(l); }\n` +
		`return ` +
		old.slice(start, end + 3) +
		`\n});` +
		old.slice(end + 3);
	let next = html.replace(PRELOAD, '').replace(boot[0], `<script>${script}</script>`);
	const csp = hash(old);
	if (next.includes(csp)) next = next.replace(csp, hash(script));
	else if (next.includes('content-security-policy'))
		throw new Error(`${file}: the policy does not name the boot script`);
	writeFileSync(file, next);
	changed++;
}
console.log(`boot-after-paint: ${changed} pages start their app after the first paint`);
