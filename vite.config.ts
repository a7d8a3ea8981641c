import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
		// Some tests run the command-line scripts as a user would, in a process of their own.
		testTimeout: 60_000,
		// Two files at a time even on a machine of two cores (Vitest would keep one core for itself): the
		// files wait on DuckDB, scripts and their processes as much as on the processor (211 s → 170 s here).
		maxWorkers: 2
	}
});
