/** Keyboard alone, and reflow at 320 px: what axe cannot check by itself. */
import { describe, expect, it } from 'vitest';
import { launch, useSiteAndBrowser } from './harness';
import { readDataDir } from '$lib/data/repository.server';
import { fileSlug } from '$lib/data/text';

const env = useSiteAndBrowser();

describe('keyboard', () => {
	it('skip link first, then a target reached and its table opened with the keyboard alone', async () => {
		const page = await env.browser.newPage();
		await page.goto(env.site.url('/'), { waitUntil: 'networkidle' });
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hoppa till innehållet');
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => location.hash)).toBe('#main');

		// Tab on until the first target link has focus, then follow it.
		let onTarget = false;
		for (let i = 0; i < 200 && !onTarget; i++) {
			await page.keyboard.press('Tab');
			onTarget = await page.evaluate(() =>
				/\/mal\/t\d+\/$/.test((document.activeElement as HTMLAnchorElement | null)?.href ?? '')
			);
		}
		expect(onTarget).toBe(true);
		const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
		expect(outline).not.toBe('none');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/mal\/t\d+\/$/);

		// Find the table toggle by tabbing and open it with Enter.
		let onSummary = false;
		for (let i = 0; i < 60 && !onSummary; i++) {
			await page.keyboard.press('Tab');
			onSummary = await page.evaluate(() => document.activeElement?.tagName === 'SUMMARY');
		}
		expect(onSummary).toBe(true);
		await page.keyboard.press('Enter');
		// The first toggle reached is the target chart's (the page's first chart).
		const table = page.locator('details.data-table').first();
		expect(await table.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
		expect(await table.locator('table tbody tr').count()).toBeGreaterThan(3);
		await page.close();
	});
});

describe('keyboard: upload a file and download a chart', () => {
	it('the file input opens from the keyboard, and focus moves to the result', async () => {
		const page = await env.browser.newPage();
		await page.goto(env.site.url('/ladda-upp/'), { waitUntil: 'networkidle' });
		// The input is enabled once the page runs: before that, Tab passes it by.
		await page.locator('#upload-file:not([disabled])').waitFor();
		let onInput = false;
		for (let i = 0; i < 60 && !onInput; i++) {
			await page.keyboard.press('Tab');
			onInput = await page.evaluate(() => document.activeElement?.id === 'upload-file');
		}
		expect(onInput).toBe(true);
		const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
		await chooser.setFiles('tests/fixtures/upload/broken.csv');
		await page.locator('.upload-result h2').waitFor();
		await page.waitForFunction(() => document.activeElement?.tagName === 'H2');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Filen har fel');
		await page.close();
	});

	it("a chart's share menu opens with Enter and a PNG downloads with the keyboard alone", async () => {
		const page = await env.browser.newPage();
		await page.goto(env.site.url('/nyckeltal/N02797/'), { waitUntil: 'networkidle' });
		let onMenu = false;
		for (let i = 0; i < 120 && !onMenu; i++) {
			await page.keyboard.press('Tab');
			onMenu = await page.evaluate(
				() => document.activeElement?.tagName === 'SUMMARY' && document.activeElement.textContent === 'Dela / ladda ner'
			);
		}
		expect(onMenu).toBe(true);
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('PNG (skärm och Word)');
		const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
		// Named by what it shows, in the page's language.
		const title = readDataDir('data').dataset!.indicators.find((i) => i.id === 'N02797')!.title;
		expect(download.suggestedFilename()).toBe(`nyckeltal-n02797-${fileSlug(title)}.png`);
		await page.close();
	});
});

describe('reflow at 320 px', () => {
	it('no page scrolls sideways; wide tables scroll inside their own focusable region', async () => {
		const narrow = await launch({ width: 320 });
		try {
			const page = await narrow.newPage();
			for (const path of [
				'/',
				'/omrade/unga/',
				'/organisation/',
				'/organisation/asn/',
				'/insats/m02/',
				'/mal/t02/',
				'/nyckeltal/N02797/',
				'/uppfoljningsluckor/',
				'/ladda-upp/',
				'/rapport/asn/',
				'/embed/nyckeltal/N02797/',
				'/embed/mal/t02/',
				'/en/'
			]) {
				await page.goto(env.site.url(path));
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth
				);
				expect(overflow, path).toBeLessThanOrEqual(0);
			}
		} finally {
			await narrow.close();
		}
	});
});
