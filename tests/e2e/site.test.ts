import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASE, foreign, launch, useSiteAndBrowser } from './harness';

// The value to find on the page, read from the file the site is built from.
function kolada(indicator: string, municipality: string, period: number, gender: string): number {
	const line = readFileSync('data/observations.csv', 'utf8')
		.split('\n')
		.find((l) => l.startsWith(`${indicator},${municipality},${period},${gender},`));
	if (!line) throw new Error('value not in data/observations.csv');
	return Number(line.split(',')[4]);
}
const sv = (v: number) => `${v.toFixed(2).replace('.', ',')}\u00a0%`;

const env = useSiteAndBrowser();

describe('start page (city-wide overview), built under a sub-path', () => {
	it('shows a chart per area with the real Kolada value, no console errors, no foreign request, no DuckDB', async () => {
		const page = await env.browser.newPage();
		const before = env.browser.requests.length;
		await page.goto(env.site.url('/'), { waitUntil: 'networkidle' });

		expect(await page.locator('h1').innerText()).toContain('Trollhättan');
		for (const area of ['unga', 'integration', 'langtidsarbetsloshet']) {
			expect(await page.locator(`#area-${area}`).count()).toBe(1);
			expect(await page.locator(`svg[data-chart^="${area}-"]`).count()).toBeGreaterThan(0);
		}
		// N02797, Trollhättan, 2022, total: the table under the chart and the point in the SVG.
		const v = kolada('N02797', '1488', 2022, 'T');
		const cell = page.locator('table[data-table="unga-N02797"] td[data-series="1488"][data-period="2022"]');
		expect(await cell.textContent()).toBe(sv(v));
		expect(sv(v)).toBe('5,97\u00a0%');
		const point = page.locator('svg[data-chart="unga-N02797"] g[data-series="1488"] path[data-period="2022"]');
		expect(Number(await point.getAttribute('data-value'))).toBe(v);
		expect(await page.locator('.source').first().innerText()).toContain('Kolada (RKA), N02797');
		expect(await page.locator('.example-banner').innerText()).toContain('exempel');

		const requests = env.browser.requests.slice(before);
		expect(foreign(requests, env.site.origin)).toEqual([]);
		expect(requests.filter((u) => /duckdb|\.wasm/.test(u))).toEqual([]);
		expect(env.browser.consoleErrors).toEqual([]);
		await page.close();
	});

	it('has a Content-Security-Policy that allows only the site itself', async () => {
		const page = await env.browser.newPage();
		await page.goto(env.site.url('/'));
		const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(csp).toContain("default-src 'self'");
		expect(csp).toContain("connect-src 'self'");
		expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
		expect(csp).not.toMatch(/https?:/);
		await page.close();
	});

	it('shows its charts without JavaScript (prerendered)', async () => {
		const noJs = await launch({ javaScriptEnabled: false });
		try {
			const page = await noJs.newPage();
			await page.goto(env.site.url('/'));
			expect(await page.locator('svg[data-chart] g[data-series="1488"] path').count()).toBeGreaterThan(50);
			await page
				.locator('table[data-table="unga-N02797"]')
				.count()
				.then((n) => expect(n).toBe(1));
		} finally {
			await noJs.close();
		}
	});

	it('switches to English and keeps the sub-path', async () => {
		const page = await env.browser.newPage();
		await page.goto(env.site.url('/'));
		await page.getByRole('link', { name: 'Switch to English' }).click();
		await page.waitForURL(`${env.site.origin}${BASE}/en/`);
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		expect(await page.locator('h1').innerText()).toContain('City-wide follow-up');
		expect(
			await page.locator('table[data-table="unga-N02797"] td[data-series="1488"][data-period="2022"]').textContent()
		).toBe('5.97%');
		await page.close();
	});
});

describe('a comparison the prerendered page cannot answer', () => {
	it("reads the other kommun from the key figure's Parquet file by range requests, without DuckDB", async () => {
		const page = await env.browser.newPage();
		const before = env.browser.requests.length;
		await page.goto(env.site.url('/nyckeltal/N02797/?jamfor=1490'));
		const cell = page.locator('td[data-series="1490"][data-period="2022"]');
		await cell.waitFor({ state: 'attached', timeout: 60_000 });
		expect(await cell.textContent()).toBe(sv(kolada('N02797', '1490', 2022, 'T')));
		// Women's values come from the same file.
		await page.locator('#gender').selectOption('K');
		await expect
			.poll(() => page.locator('td[data-series="1490"][data-period="2022"]').textContent())
			.toBe(sv(kolada('N02797', '1490', 2022, 'K')));

		const requests = env.browser.requests.slice(before);
		expect(requests.some((u) => u.startsWith(`${env.site.origin}${BASE}/data/parquet/N02797.parquet`))).toBe(true);
		expect(requests.filter((u) => /duckdb|\.wasm/.test(u))).toEqual([]);
		expect(foreign(requests, env.site.origin)).toEqual([]);
		expect(env.browser.consoleErrors).toEqual([]);
		await page.close();
	});
});

describe('what the build ships', () => {
	it('one DuckDB bundle (eh), with brotli and gzip copies a static host can send', async () => {
		const { readdirSync, statSync } = await import('node:fs');
		const { gunzipSync, brotliDecompressSync } = await import('node:zlib');
		const dir = 'build/_app/immutable/assets';
		const wasm = readdirSync(dir).filter((f) => f.endsWith('.wasm'));
		expect(wasm).toHaveLength(1);
		expect(wasm[0]).toMatch(/^duckdb-eh\./);
		const raw = readFileSync(`${dir}/${wasm[0]}`);
		const br = readFileSync(`${dir}/${wasm[0]}.br`);
		expect(br.length).toBeLessThan(raw.length / 4);
		expect(brotliDecompressSync(br).equals(raw)).toBe(true);
		expect(gunzipSync(readFileSync(`${dir}/${wasm[0]}.gz`)).equals(raw)).toBe(true);
		expect(statSync('build/index.html.br').size).toBeGreaterThan(0);
	});

	it('the compressed copy is what the browser gets, and Range is answered for Parquet', async () => {
		const page = await env.browser.newPage();
		const response = await page.goto(env.site.url('/'));
		expect(['br', 'gzip']).toContain((await response!.allHeaders())['content-encoding']);
		const ranged = await fetch(env.site.url('/data/parquet/N02797.parquet'), { headers: { range: 'bytes=-8' } });
		expect(ranged.status).toBe(206);
		expect(
			Buffer.from(await ranged.arrayBuffer())
				.subarray(4)
				.toString()
		).toBe('PAR1');
		await page.close();
	});
});

describe('periods in words', () => {
	it('no page or chart file writes a period as the decimal the charts count time in (2025.5)', async () => {
		const { readdirSync, statSync } = await import('node:fs');
		const { join } = await import('node:path');
		const walk = (d: string): string[] =>
			readdirSync(d).flatMap((n) => {
				const f = join(d, n);
				return statSync(f).isDirectory() ? walk(f) : /\.(html|svg)$/.test(n) ? [f] : [];
			});
		// What a reader sees: text, and the words of title, aria-label and alt; not the page's script data.
		const seen = (html: string) =>
			html
				.replace(/<script[^]*?<\/script>/g, ' ')
				.replace(/<[^>]*?(?:title|aria-label|alt)="([^"]*)"[^>]*>/g, ' $1 ')
				.replace(/<[^>]+>/g, ' ');
		const decimal = /(?<![\d.,\u00a0 ])(19|20)\d\d[.,]\d+(?!\d)(?!\s?%)/g;
		const files = walk('build');
		expect(files.length).toBeGreaterThan(200);
		const found = files.flatMap((f) =>
			[...seen(readFileSync(f, 'utf8')).matchAll(decimal)].map((m) => `${f}: ${m[0]}`)
		);
		expect(found).toEqual([]);
	});
});

describe('unknown addresses', () => {
	it('show a helpful not-found page with a link home', async () => {
		const before = env.browser.consoleErrors.length;
		const page = await env.browser.newPage();
		const res = await page.goto(env.site.url('/nyckeltal/N00000/'));
		expect(res?.status()).toBe(404);
		await page.getByRole('heading', { name: 'Sidan finns inte' }).waitFor();
		expect(await page.getByRole('link', { name: 'Till översikten' }).getAttribute('href')).toBe(`${BASE}/`);
		// In the site's frame, with a title, and no error of the page's own (Chromium logs the 404 status itself).
		await expect(page.title()).resolves.toBe('Sidan finns inte – Följupp');
		await expect(page.getByRole('navigation', { name: 'Huvudmeny' }).count()).resolves.toBe(1);
		await page.close();
		const errors = env.browser.consoleErrors.slice(before).filter((e) => !/status of 404/.test(e));
		expect(errors).toEqual([]);
	});

	it('an English address gets the English not-found page, also without JavaScript', async () => {
		const off = await launch({ javaScriptEnabled: false });
		const page = await off.newPage();
		const res = await page.goto(env.site.url('/en/nyckeltal/N00000/'));
		expect(res?.status()).toBe(404);
		await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
		await expect(page.title()).resolves.toBe('Page not found – Följupp');
		await off.close();
	});
});

describe('reflow at 320 px (WCAG 1.4.10)', () => {
	// A chart's data table (years across) may scroll in its own region: two-dimensional data is exempt.
	it('the overview needs no sideways scrolling, and every status count is shown with its status word', async () => {
		const narrow = await launch({ width: 320 });
		const page = await narrow.newPage();
		await page.goto(env.site.url('/'), { waitUntil: 'load' });
		const widths = await page.evaluate(() => ({
			page: document.documentElement.scrollWidth,
			tables: [...document.querySelectorAll('.status-table')].map(
				(t) => t.closest('.table-scroll')!.scrollWidth - t.closest('.table-scroll')!.clientWidth
			)
		}));
		expect(widths.page).toBeLessThanOrEqual(320);
		expect(widths.tables).toEqual([0, 0]);
		const row = page.locator('.status-table tr[data-row="unga"]');
		await expect(row.locator('td[data-status="wrong_direction"]').innerText()).resolves.toMatch(/Fel riktning: \d+/);
		await expect(row.locator('td[data-total]').innerText()).resolves.toMatch(/Totalt: \d+/);
		await narrow.close();
	});
});

describe('where staff already work: the årshjul in a calendar, the data on the portal', () => {
	it('the årshjul and committee pages link a feed each calendar reads, served as text/calendar; the catalogue as RDF/XML', async () => {
		const ICAL = (await import('ical.js')).default;
		const page = await env.browser.newPage();
		for (const path of ['/arshjul/asn/', '/organisation/asn/', '/en/arshjul/asn/']) {
			await page.goto(env.site.url(path));
			const links = page.locator('.calendar-link a[data-feed]');
			expect(await links.count(), path).toBe(2);
			for (const href of await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
				const response = await fetch(href);
				expect(response.status, href).toBe(200);
				expect(response.headers.get('content-type')).toContain('text/calendar');
				const text = await response.text();
				const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
				expect(events.length, href).toBeGreaterThan(0);
				expect(text).toContain(path.startsWith('/en') ? 'SUMMARY;LANGUAGE=en' : 'SUMMARY;LANGUAGE=sv');
			}
		}
		await page.close();
		const rdf = await fetch(env.site.url('/data/katalog.rdf'));
		expect(rdf.headers.get('content-type')).toContain('application/rdf+xml');
		expect(await rdf.text()).toContain('<dcat:Catalog');
	});
});
