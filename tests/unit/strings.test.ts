/** Every UI word is in a dictionary, once, in both languages; no page chooses a language inline. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FEATURES, strings } from '$lib/i18n/strings';
import { WORKSPACE_FEATURES } from '$lib/i18n/workspace';

const sources = (dir: string): string[] =>
	readdirSync(dir).flatMap((n) => {
		const full = join(dir, n);
		return statSync(full).isDirectory() ? sources(full) : /\.(ts|svelte)$/.test(n) ? [full] : [];
	});

describe('the dictionaries', () => {
	it('no key is defined by two features', () => {
		const owner = new Map<string, string>();
		const twice: string[] = [];
		for (const [feature, dict] of Object.entries({ ...FEATURES, ...WORKSPACE_FEATURES })) {
			for (const key of Object.keys(dict.sv)) {
				if (owner.has(key)) twice.push(`${key}: ${owner.get(key)} and ${feature}`);
				owner.set(key, feature);
			}
		}
		expect(twice).toEqual([]);
	});

	it('English has every Swedish key, of the same kind (a word or a sentence taking values)', () => {
		for (const dict of [strings, ...Object.values(WORKSPACE_FEATURES)]) {
			for (const [key, sv] of Object.entries(dict.sv))
				expect(typeof (dict.en as Record<string, unknown>)[key], key).toBe(typeof sv);
			expect(Object.keys(dict.en).sort()).toEqual(Object.keys(dict.sv).sort());
		}
	});

	it('no code outside the dictionaries picks a language with lang === …', () => {
		const inline = sources('src')
			// The language's own modules: the dictionaries, and the one that builds language-prefixed addresses.
			.filter((f) => !f.startsWith(join('src', 'lib', 'i18n')) && f !== join('src', 'lib', 'url', 'paths.ts'))
			.flatMap((f) =>
				readFileSync(f, 'utf8')
					.split('\n')
					.map((l, i) => [f, i + 1, l] as const)
			)
			.filter(([, , l]) => /lang === '(sv|en)' \?|\bsv \? /.test(l))
			.map(([f, n, l]) => `${f}:${n}: ${l.trim()}`);
		expect(inline).toEqual([]);
	});
});
