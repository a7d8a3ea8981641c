import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
const [url, out, ...steps] = process.argv.slice(2);
const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'shot-')), {
	executablePath: '/usr/bin/chromium',
	headless: true,
	viewport: { width: 1100, height: 900 },
	args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking']
});
const page = await ctx.newPage();
page.on('console', (m) => m.type() === 'error' && console.log('console:', m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(url!);
await page.waitForSelector('html[data-hydrated]');
await page.waitForTimeout(800);
for (const s of steps) {
	const [kind, sel, val] = s.split('::');
	if (kind === 'fill') await page.locator(sel!).first().fill(val!);
	if (kind === 'click') await page.locator(sel!).first().click();
	if (kind === 'select') await page.locator(sel!).first().selectOption(val!);
	if (kind === 'wait') await page.waitForTimeout(Number(sel));
	if (kind === 'print') console.log(await page.locator(sel!).first().innerText());
}
await page.waitForTimeout(500);
await page.screenshot({ path: out!, fullPage: true });
await ctx.close();
