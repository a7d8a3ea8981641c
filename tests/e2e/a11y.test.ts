/**
 * WCAG 2.1 AA, checked by axe-core on every prerendered Swedish page of the built site in the light
 * colour scheme (an embed, whose chart its own page has, one of each kind), and on every kind of
 * English page (the first of each route: an English page is the Swedish page's template with the
 * other dictionary, so another key figure's page adds nothing axe could find); and on every kind of
 * Swedish page in the dark scheme, where only colours differ (an English page has its Swedish page's
 * colours). Any violation fails the suite. Two tabs share the pages, which keeps the run short as
 * pages are added; the data tables are opened on the first page of each kind.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, serveBuild, type Browser, type Site } from './harness';

/** Every page the build wrote: each folder with an index.html, as a path under the base (not the bench's own page, which no reader meets). */
function pages(dir = 'build', prefix = '/'): string[] {
	const out: string[] = [];
	for (const name of readdirSync(dir)) {
		const full = join(dir, name);
		if (name === 'index.html') out.push(prefix);
		else if (statSync(full).isDirectory() && !['_app', 'data', 'bench'].includes(name))
			out.push(...pages(full, `${prefix}${name}/`));
	}
	return out.sort();
}

/** An unknown address gets the not-found page (404.html, en/404.html), which starts no app. */
const NOT_FOUND = ['/finns-inte/', '/en/finns-inte/'];

/** The first page of each route (its path with the last id left out), in each language. */
function kinds(all: string[]): string[] {
	const seen = new Map<string, string>();
	for (const p of all) {
		const parts = p.split('/').filter(Boolean);
		const route =
			parts.length > 1 &&
			!['sa-bedoms-status', 'tillganglighet', 'uppfoljningsluckor', 'ladda-upp', 'organisation'].includes(parts.at(-1)!)
				? parts.slice(0, -1).join('/')
				: parts.join('/');
		if (!seen.has(route)) seen.set(route, p);
	}
	return [...seen.values()];
}

const all = pages();
const withTables = new Set(kinds(all));
let site: Site;

beforeAll(async () => {
	site = await serveBuild();
});
afterAll(async () => {
	await site?.close();
});

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function check(browser: Browser, paths: string[], lanes = 2): Promise<string[]> {
	const queue = [...paths];
	const failures: string[] = [];
	await Promise.all(
		Array.from({ length: lanes }, async () => {
			const page = await browser.newPage();
			for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
				await page.goto(site.url(path), { waitUntil: 'load' });
				// After hydration, so that what is checked is what a reader meets.
				if (!NOT_FOUND.includes(path)) await page.waitForSelector('html[data-hydrated]', { timeout: 30_000 });
				// The data tables are part of the page: check them open too, on the first page of each kind (the
				// same table markup with other numbers: thousands of cells add minutes and nothing axe could find).
				if (withTables.has(path))
					await page.$$eval('details.data-table', (ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
				const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
				for (const v of result.violations)
					failures.push(
						`${path}: ${v.id} (${v.impact}) – ${v.help}: ${v.nodes
							.slice(0, 3)
							.map((n) => n.target.join(' '))
							.join(' | ')}`
					);
			}
			await page.close();
		})
	);
	return failures;
}

describe.each(['light', 'dark'] as const)('axe, %s colour scheme', (scheme) => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launch({ colorScheme: scheme });
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('covers Swedish and English pages of every kind', () => {
		expect(all).toContain('/');
		expect(all).toContain('/en/');
		for (const kind of [
			'omrade',
			'organisation',
			'insats',
			'mal',
			'nyckeltal',
			'uppfoljningsluckor',
			'sa-bedoms-status',
			'tillganglighet',
			'rapport',
			'ladda-upp'
		])
			expect(all.some((p) => p.startsWith(`/${kind}/`)) && all.some((p) => p.startsWith(`/en/${kind}/`)), kind).toBe(
				true
			);
		const sample = kinds(all);
		expect(sample).toContain('/en/nyckeltal/N00700/');
		expect(sample.length).toBeLessThan(all.length / 3);
	});

	it('reports a violation when there is one (the check itself works)', async () => {
		const page = await browser.newPage();
		await page.goto(site.url('/'), { waitUntil: 'load' });
		await page.waitForSelector('html[data-hydrated]');
		await page.evaluate(() => {
			const p = document.createElement('p');
			p.textContent = 'low contrast';
			p.style.color = '#bbbbbb';
			p.style.background = '#ffffff';
			document.querySelector('main')!.append(p, document.createElement('img'));
		});
		const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
		expect(result.violations.map((v) => v.id)).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
		await page.close();
	});

	it(
		scheme === 'light'
			? 'finds no WCAG 2.1 A/AA violation on any Swedish page, nor on any kind of English page'
			: 'finds none on any kind of Swedish page',
		async () => {
			const english = (p: string) => /^\/(embed\/)?en(\/|$)/.test(p);
			// An embed is its page's chart (checked there, on every page) in the embed's frame: one of each kind.
			const byKind = (p: string) => english(p) || p.startsWith('/embed/');
			const light = [...all.filter((p) => !byKind(p)), ...kinds(all.filter(byKind))];
			// Dark differs from light in colours only, and an English page's colours are its Swedish page's.
			const dark = kinds(all.filter((p) => !english(p)));
			expect(await check(browser, [...(scheme === 'light' ? light : dark), ...NOT_FOUND])).toEqual([]);
		},
		// Every page of the site, two at a time: a few hundred pages take several minutes on two cores.
		900_000
	);
});
