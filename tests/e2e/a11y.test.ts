/**
 * WCAG 2.1 AA, checked by axe-core on every prerendered page of the built site, in Swedish and
 * English, in light and dark colour schemes. Any violation fails the suite.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, serveBuild, type Browser, type Site } from './harness';

/** Every page the build wrote: each folder with an index.html, as a path under the base. */
function pages(dir = 'build', prefix = '/'): string[] {
	const out: string[] = [];
	for (const name of readdirSync(dir)) {
		const full = join(dir, name);
		if (name === 'index.html') out.push(prefix);
		else if (statSync(full).isDirectory() && name !== '_app' && name !== 'data') out.push(...pages(full, `${prefix}${name}/`));
	}
	return out.sort();
}

const all = pages();
let site: Site;

beforeAll(async () => {
	site = await serveBuild();
});
afterAll(async () => {
	await site?.close();
});

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
		for (const kind of ['omrade', 'organisation', 'insats', 'mal', 'nyckeltal', 'uppfoljningsluckor', 'sa-bedoms-status', 'tillganglighet'])
			expect(all.some((p) => p.startsWith(`/${kind}/`)) && all.some((p) => p.startsWith(`/en/${kind}/`)), kind).toBe(true);
	});

	it('reports a violation when there is one (the check itself works)', async () => {
		const page = await browser.newPage();
		// After hydration, so that the page's own script cannot replace what is injected.
		await page.goto(site.url('/'), { waitUntil: 'networkidle' });
		await page.evaluate(() => {
			const p = document.createElement('p');
			p.textContent = 'low contrast';
			p.style.color = '#bbbbbb';
			p.style.background = '#ffffff';
			document.querySelector('main')!.append(p, document.createElement('img'));
		});
		const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
		expect(result.violations.map((v) => v.id)).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
		await page.close();
	});

	it('finds no WCAG 2.1 A/AA violation on any page', async () => {
		const page = await browser.newPage();
		const failures: string[] = [];
		for (const path of all) {
			await page.goto(site.url(path), { waitUntil: 'networkidle' });
			// The data tables are part of the page: check them open too.
			await page.$$eval('details.data-table', (ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
			const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
			for (const v of result.violations)
				failures.push(`${path}: ${v.id} (${v.impact}) – ${v.help}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
		}
		expect(failures).toEqual([]);
		await page.close();
	}, 600_000);
});
