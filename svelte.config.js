import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// BASE_PATH puts the whole site under a sub-path, e.g. BASE_PATH=/uppfoljning npm run build;
// BUILD_DIR writes it elsewhere than build/ (FOLJUPP_DATA reads the data from elsewhere than data/).
const base = process.env.BASE_PATH ?? '';
const out = process.env.BUILD_DIR ?? 'build';

// A page per measure, target or measure's own figure exists only when the data has one: a newly set-up
// municipality has none, and its site must still build. Any other route the crawl never reached is a
// broken link and fails the build.
const dataDir = process.env.FOLJUPP_DATA ?? 'data';
const hasRows = (file) => {
	const path = join(dataDir, file);
	return (
		existsSync(path) &&
		readFileSync(path, 'utf8')
			.split(/\r?\n/)
			.slice(1)
			.some((line) => line.trim() !== '')
	);
};
const perEntity = [
	[/\/egna\//, 'measure_figures.csv'],
	[/\/insats\/\[id\]/, 'measures.csv'],
	[/\/mal\/\[id\]/, 'targets.csv'],
	[/\/granskningar\/\[id\]/, 'audits.csv'],
	[/\/granskningar\/uppfoljning\/\[year\]/, 'audits.csv'],
	// A target's synthetic comparison files exist only where an estimate can be made: there may be none.
	[/\/effekt\//, null]
];
const unseenBecauseEmpty = (route) => {
	const kind = perEntity.find(([pattern]) => pattern.test(route));
	return kind !== undefined && (kind[1] === null || !hasRows(kind[1]));
};

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	kit: {
		// No single-page fallback: every page is prerendered, the not-found page too ([[lang=lang]]/404.html).
		adapter: adapter({ pages: out, assets: out, strict: true }),
		paths: { base, relative: false },
		// The stylesheet (about 3 KB compressed) goes into each page's HTML: on a slow mobile network a
		// separate request could queue behind the script preloads and hold the first paint one round trip.
		inlineStyleThreshold: 32 * 1024,
		prerender: {
			entries: ['*'],
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			handleUnseenRoutes: ({ routes, message }) => {
				if (!routes.every(unseenBecauseEmpty)) throw new Error(message);
			}
		},
		// Prerendered pages get the policy as a <meta> tag with hashes of SvelteKit's inline scripts.
		// Scripts, workers, wasm and connections only from the site itself: even a bug cannot send
		// data elsewhere. DuckDB-WASM needs 'wasm-unsafe-eval' and may start blob: workers.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval'],
				'worker-src': ['self', 'blob:'],
				'connect-src': ['self'],
				'img-src': ['self', 'data:', 'blob:'],
				'style-src': ['self', 'unsafe-inline'],
				'font-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};
