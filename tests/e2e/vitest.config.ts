import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Browser tests: run against the built site in build/ (npm run test:e2e builds it first).
export default defineConfig({
	resolve: { alias: { $lib: fileURLToPath(new URL('../../src/lib', import.meta.url)) } },
	test: {
		include: ['tests/e2e/**/*.test.ts'],
		testTimeout: 90_000,
		hookTimeout: 90_000,
		fileParallelism: false,
		root: fileURLToPath(new URL('../..', import.meta.url))
	}
});
