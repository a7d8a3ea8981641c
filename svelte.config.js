import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// BASE_PATH puts the whole site under a sub-path, e.g. BASE_PATH=/uppfoljning npm run build;
// BUILD_DIR writes it elsewhere than build/ (FOLJUPP_DATA reads the data from elsewhere than data/).
const base = process.env.BASE_PATH ?? '';
const out = process.env.BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: out, assets: out, fallback: '404.html', strict: true }),
		paths: { base, relative: false },
		// The stylesheet (about 3 KB compressed) goes into each page's HTML: on a slow mobile network a
		// separate request could queue behind the script preloads and hold the first paint one round trip.
		inlineStyleThreshold: 32 * 1024,
		prerender: {
			entries: ['*'],
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// A measure's own figures are optional: a site without any has no embed or chart file of one.
			handleUnseenRoutes: ({ routes, message }) => {
				if (!routes.every((r) => r.includes('/egna/'))) throw new Error(message);
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
