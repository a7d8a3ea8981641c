// ESLint: typescript-eslint's and eslint-plugin-svelte's recommended rules; Prettier owns the layout.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'bench-results/',
			'static/',
			'tests/fixtures/',
			'scripts/bench/peer/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig } }
	},
	{
		rules: {
			// Every address is made by $lib/url's href(), which adds the base path and the language.
			'svelte/no-navigation-without-resolve': 'off',
			// `{' '}` and `{': '}` keep a space that Svelte would otherwise trim at the edge of a block.
			'svelte/no-useless-mustaches': 'off',
			// The maps, sets, dates and query strings it flags are local or private caches, never read reactively.
			'svelte/prefer-svelte-reactivity': 'off',
			// An unused name is a mistake, except one that says so with a leading underscore.
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }
			]
		}
	}
);
