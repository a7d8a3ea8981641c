import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
const [url, out, w = '1280', h = '900', scheme = 'light'] = process.argv.slice(2);
const ctx = await chromium.launchPersistentContext(mkdtempSync('/tmp/chr-'), {
	executablePath: '/usr/bin/chromium',
	headless: true,
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-quic',
		'--no-first-run',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync'
	],
	viewport: { width: +w, height: +h },
	colorScheme: scheme
});
const page = await ctx.newPage();
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('request', (r) => {
	if (!r.url().startsWith('http://127.0.0.1')) console.log('EXTERNAL', r.url());
});
await page.goto(url, { waitUntil: 'networkidle' });
if (process.env.WAIT_FOR) await page.waitForSelector(process.env.WAIT_FOR, { timeout: 30000 });
await page.screenshot({ path: out, fullPage: !process.env.VIEWPORT });
await ctx.close();
