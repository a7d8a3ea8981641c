/**
 * Charts into council reports, as a report writer does it: the embed snippet pasted into a page on
 * another origin, the PNG, SVG and CSV downloads, the build's static SVG files, and the printed
 * report read back from the PDF.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Server } from 'node:http';
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import type { Page } from 'playwright-core';
import { readDataDir } from '$lib/data/repository.server';
import { FollowUp } from '$lib/followup/followup';
import { strings } from '$lib/i18n/strings';
import { formatValue } from '$lib/i18n/format';
import { assessAsOf } from '$lib/followup/attainment';
import { figureFile } from '$lib/charts/kinds';
import type { Figure as FigureSpec } from '$lib/followup/views/figure';
import { targetFigure } from '$lib/followup/views/charts';
import { measureDetail } from '$lib/followup/views/entities';
import { effectView } from '$lib/effect/view';
import { overviewPage, targetPage } from '$lib/followup/views/pages';
import { axeViolations, useSiteAndBrowser } from './harness';

const data = readDataDir('data').dataset!;
const f = new FollowUp(data, new Date());
const real = (indicator: string, municipality: string, gender = 'T') =>
	data.observations
		.filter((o) => o.indicator === indicator && o.municipality === municipality && o.gender === gender)
		.sort((a, b) => a.period - b.period);

const env = useSiteAndBrowser();

async function download(page: Page, button: string): Promise<Buffer> {
	const [d] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: button }).first().click()
	]);
	return readFileSync((await d.path())!);
}
const pngSize = (b: Buffer) => ({ width: b.readUInt32BE(16), height: b.readUInt32BE(20) });
/** Pixels per metre from the pHYs chunk, as dots per inch. */
function pngDpi(b: Buffer): number | null {
	const at = b.indexOf('pHYs');
	return at < 0 ? null : Math.round(b.readUInt32BE(at + 4) * 0.0254);
}

describe('share and download', () => {
	it('PNG at 2× and at A4 300 dpi, a self-contained SVG, and a CSV of exactly the values shown', async () => {
		const page = await env.browser.newPage();
		await page.goto(env.site.url('/nyckeltal/N02797/'), { waitUntil: 'networkidle' });
		await page.locator('details.chart-actions summary').first().click();

		const png = await download(page, 'PNG (skärm och Word)');
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		expect(pngSize(png).width).toBe(720 * 2);
		expect(pngDpi(png)).toBe(192);
		const a4 = await download(page, 'PNG för tryck (A4-bredd, 300 dpi)');
		expect(pngSize(a4).width).toBe(2480);
		expect(pngDpi(a4)).toBe(300);

		const svg = (await download(page, 'SVG (skalbar')).toString('utf8');
		const indicator = f.indicator('N02797')!;
		expect(svg.startsWith('<?xml')).toBe(true);
		// The total needs no word in the title; a chart of women or men says so (see the embed test).
		expect(svg).toContain(`<title>${indicator.title.replaceAll('&', '&amp;')}</title>`);
		expect(svg).not.toMatch(/var\(--|class="|<style|href="http/); // styles inlined, nothing fetched
		// The SVG parses as XML, and carries the latest value as text.
		const parsed = await page.evaluate(
			(text) => new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('parsererror') === null,
			svg
		);
		expect(parsed).toBe(true);
		expect(svg).toContain(
			`<title>Trollhättan 2022: ${formatValue(real('N02797', '1488').at(-1)!.value!, '%', 'sv')}</title>`
		);

		const csv = (await download(page, 'CSV med diagrammets värden')).toString('utf8');
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		const rows = csv
			.slice(1)
			.trim()
			.split('\r\n')
			.map((l) => l.split(';'));
		expect(rows[0]).toEqual(['nyckeltal', 'titel', 'serie', 'år', 'värde', 'status', 'källa', 'hämtad']);
		const own = rows.filter((r) => r[2] === 'Trollhättan');
		// Round trip: the CSV's numbers are the published values.
		expect(own.map((r) => [Number(r[3]), Number(r[4]!.replace(',', '.'))])).toEqual(
			real('N02797', '1488').map((o) => [o.period, o.value])
		);
		expect(own[0]![6]).toBe('Kolada (RKA), N02797');
		expect(own[0]![7]).toBe(indicator.definition_retrieved);
		await page.close();
	}, 120_000);

	it('every prerendered chart also exists as a static .svg file', async () => {
		for (const path of ['/diagram/nyckeltal/N02797.svg', '/diagram/en/nyckeltal/N02797.svg', '/diagram/mal/t01.svg']) {
			const r = await fetch(env.site.url(path));
			expect(r.status, path).toBe(200);
			expect(r.headers.get('content-type')).toContain('image/svg+xml');
			expect(await r.text()).toContain('<svg');
		}
		expect(await (await fetch(env.site.url('/diagram/en/nyckeltal/N02797.svg'))).text()).toContain(
			f.indicator('N02797')!.title_en
		);
	});
	it('every chart file keeps all its text inside its drawing, at the default width and a narrow one', async () => {
		// The static files of the build, and every kind drawn here at 720 and 400 px (the status chart has
		// no static file). Measured in Chromium with Liberation Sans, the font Arial falls back to on
		// Linux and in LibreOffice.
		const files: { name: string; svg: string }[] = [];
		const walk = (dir: string): string[] =>
			readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
				e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.svg') ? [join(dir, e.name)] : []
			);
		for (const path of walk('build/diagram')) files.push({ name: path, svg: readFileSync(path, 'utf8') });
		for (const lang of ['sv', 'en'] as const) {
			const figures: FigureSpec[] = [
				overviewPage(f, lang).statusChart,
				...f.targets.map((a) => targetFigure(targetPage(f, a.target.id, lang)!.target.chart, 'riket', lang)),
				...data.measures.flatMap((m) => measureDetail(f, m.id, lang)?.figures ?? []),
				...f.targets.flatMap((a) => {
					const e = effectView(f, a.target.id, lang)?.estimate;
					return e ? [e.chart, e.gapChart] : [];
				})
			];
			for (const fig of figures)
				for (const width of [720, 400]) files.push({ name: `${fig.id} ${lang} ${width}`, svg: figureFile(fig, width) });
		}
		expect(files.length).toBeGreaterThan(100);
		const page = await env.browser.newPage();
		await page.goto(env.site.url('/'), { waitUntil: 'networkidle' });
		const outside = await page.evaluate((files) => {
			const out: string[] = [];
			const box = document.createElement('div');
			document.body.append(box);
			for (const { name, svg } of files) {
				box.innerHTML = svg.replace(/^<\?xml[^>]*>/, '');
				const root = box.querySelector('svg')!;
				const width = Number(root.getAttribute('width'));
				const height = Number(root.getAttribute('height'));
				for (const t of root.querySelectorAll('text')) {
					const b = t.getBBox();
					const ctm = (t as SVGGraphicsElement).getCTM()!;
					const rootCtm = root.getCTM() ?? new DOMMatrix();
					const m = rootCtm.inverse().multiply(ctm);
					const left = m.a * b.x + m.e;
					const right = m.a * (b.x + b.width) + m.e;
					const bottom = m.d * (b.y + b.height) + m.f;
					if (left < -0.5 || right > width + 0.5 || bottom > height + 0.5)
						out.push(
							`${name}: "${t.textContent}" spans ${Math.round(left)}–${Math.round(right)} of ${width}, to ${Math.round(bottom)} of ${height}`
						);
				}
			}
			return out;
		}, files);
		expect(outside).toEqual([]);
		await page.close();
	}, 120_000);
});

describe('embed', () => {
	let host: Server;
	let hostOrigin = '';
	let snippet = '';
	beforeAll(async () => {
		host = createServer((_req, res) => {
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			res.end(
				`<!doctype html><html lang="sv"><head><title>Kommunens webbplats</title></head><body><h1>Nämndens sida</h1>${snippet}<p id="after">Efter diagrammet</p></body></html>`
			);
		});
		await new Promise<void>((r) => host.listen(0, '127.0.0.1', r));
		const a = host.address();
		hostOrigin = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
	});
	afterAll(() => {
		host.closeAllConnections(); // the browser keeps connections alive
		return new Promise<void>((r) => host.close(() => r()));
	});

	it('the snippet from the share menu, pasted into a page on another origin: renders, reports its height, asks nothing of anyone else', async () => {
		const page = await env.browser.newPage();
		await page.goto(env.site.url('/nyckeltal/N02797/?kon=K'), { waitUntil: 'networkidle' });
		await page.locator('details.chart-actions summary').first().click();
		snippet = await page.locator('details.chart-actions textarea').first().inputValue();
		expect(snippet).toMatch(
			/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/uppfoljning\/embed\/nyckeltal\/N02797\/\?kon=K" title="Följupp: [^"]+" loading="lazy" style="width:100%;border:0" height="760"/
		);
		await page.close();

		const before = env.browser.requests.length;
		const hostPage = await env.browser.newPage();
		await hostPage.goto(hostOrigin + '/', { waitUntil: 'networkidle' });
		const frame = hostPage.frameLocator('iframe[data-foljupp]');
		await expect(frame.locator('h2').first().textContent()).resolves.toContain(
			`${f.indicator('N02797')!.title} – kvinnor`
		);
		await expect(frame.locator('svg[role="img"]').count()).resolves.toBe(1);
		await expect(frame.locator('details.data-table').count()).resolves.toBe(1);
		await expect(frame.locator('a', { hasText: 'Se hela uppföljningen' }).getAttribute('href')).resolves.toBe(
			'/uppfoljning/nyckeltal/N02797/?kon=K'
		);
		// The host's few lines of script set the frame's height from the frame's own message.
		await hostPage.waitForFunction(() => (document.querySelector('iframe') as HTMLIFrameElement).style.height !== '');
		const { set, content } = await hostPage.evaluate(() => {
			const el = document.querySelector('iframe') as HTMLIFrameElement;
			return { set: parseInt(el.style.height), content: el.contentDocument?.documentElement.scrollHeight ?? -1 };
		});
		expect(set).toBeGreaterThan(300);
		expect(content === -1 || Math.abs(set - content) <= 2).toBe(true);

		const asked = env.browser.requests.slice(before);
		expect(
			asked.filter(
				(u) =>
					!u.startsWith(hostOrigin + '/') &&
					!u.startsWith(env.site.origin + '/') &&
					!u.startsWith('data:') &&
					!u.startsWith('blob:')
			)
		).toEqual([]);
		expect(await env.browser.context.cookies()).toEqual([]);
		const stored = await hostPage.frames()[1]!.evaluate(async () => ({
			local: localStorage.length,
			session: sessionStorage.length,
			idb: (await indexedDB.databases()).length
		}));
		expect(stored).toEqual({ local: 0, session: 0, idb: 0 });
		await hostPage.close();
	}, 120_000);

	it("without its script (a CMS strips it) the snippet's height holds every embed whole in a 480 px column", async () => {
		const height = Number(/height="(\d+)"/.exec(snippet)![1]);
		const pages = (dir: string): string[] =>
			readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
				e.isDirectory() ? pages(join(dir, e.name)) : e.name === 'index.html' ? [`${dir.slice('build'.length)}/`] : []
			);
		const embeds = pages('build/embed');
		expect(embeds.length).toBeGreaterThan(20);
		const page = await env.browser.newPage();
		await page.setViewportSize({ width: 480, height });
		const over: string[] = [];
		for (const path of embeds) {
			await page.goto(env.site.url(path), { waitUntil: 'load' });
			const content = await page.evaluate(() => document.documentElement.scrollHeight);
			if (content > height) over.push(`${path}: ${content} px`);
		}
		expect(over).toEqual([]);
		await page.close();
	}, 120_000);

	it('a malformed parameter or an unknown chart gives a polite message inside the frame', async () => {
		const page = await env.browser.newPage();
		await page.goto(env.site.url('/embed/nyckeltal/N02797/?kon=X&fran=abc&till=1800'), { waitUntil: 'networkidle' });
		await expect(page.locator('.embed-notice').textContent()).resolves.toContain('kon=X, fran=abc, till=1800');
		await expect(page.locator('svg[role="img"]').count()).resolves.toBe(1);
		const r = await page.goto(env.site.url('/embed/nyckeltal/X99999/'), { waitUntil: 'networkidle' });
		expect(r!.status()).toBe(404);
		await expect(page.locator('main').textContent()).resolves.toMatch(/finns inte/);
		await expect(page.locator('main a').count()).resolves.toBeGreaterThan(0);
		await page.close();
	}, 60_000);

	it('a frozen embed shows values up to its year, in English and dark when asked', async () => {
		const page = await env.browser.newPage();
		await page.goto(env.site.url('/embed/en/mal/t02/?till=2020&tema=mork&jamfor=group'), { waitUntil: 'networkidle' });
		await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('dark');
		await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
		const periods = await page
			.locator('g.series[data-series="1488"] [data-period]')
			.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-period'))));
		expect(Math.max(...periods)).toBe(2020);
		await expect(page.locator('main').textContent()).resolves.toContain(`${strings.en.embed_frozen} 2020`);
		// The status is the one the target had at the end of 2020, not today's.
		const t02 = f.targets.find((a) => a.target.id === 't02')!;
		const then = assessAsOf(t02.target, t02.points, {
			direction: t02.indicator.direction,
			today: new Date('2020-12-31T00:00:00Z'),
			partlyMetShare: data.config.partly_met_share,
			maxObservationAgeYears: data.config.max_observation_age_years
		}).status;
		await expect(page.locator('main [data-status]').first().getAttribute('data-status')).resolves.toBe(then);
		expect(await axeViolations(page, 'embed dark en')).toEqual([]);
		await page.close();
	}, 60_000);
});

describe('printable report', () => {
	it("prints to a PDF that holds every target's status, with the period on its cover", async () => {
		const page = await env.browser.newPage();
		await page.goto(env.site.url('/rapport/asn/?period=delar-2025'), { waitUntil: 'networkidle' });
		await expect(page.locator('h1').textContent()).resolves.toBe('Delårsrapport augusti 2025');
		const pdf = await page.pdf({ format: 'A4', printBackground: true });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		// The report's targets are those of the committee; each row says its status in words.
		// The summary table is the report's first; the auditors' recommendations have a table of their own.
		const rows = await page
			.locator('table.report-table')
			.first()
			.locator('tbody tr')
			.evaluateAll((trs) =>
				trs.map((tr) => [
					tr.getAttribute('data-target'),
					tr.querySelector('[data-status]')?.getAttribute('data-status')
				])
			);
		// A report for August 2025 assesses each target as it stood on 2025-08-31.
		const asOf = (a: (typeof f.targets)[number]) =>
			assessAsOf(a.target, a.points, {
				direction: a.indicator.direction,
				today: new Date('2025-08-31T00:00:00Z'),
				partlyMetShare: data.config.partly_met_share,
				maxObservationAgeYears: data.config.max_observation_age_years
			}).status;
		const expected = f.targets
			.filter(
				(a) => a.target.organisation === 'asn' || (a.target.measure && f.measure(a.target.measure)?.lead === 'asn')
			)
			.map((a) => [a.target.id, asOf(a)]);
		expect(rows).toEqual(expected);
		// The PDF's text (pdftotext, when installed, as CI does) holds each status in words.
		const { spawnSync } = await import('node:child_process');
		const { writeFileSync, mkdtempSync } = await import('node:fs');
		const { join } = await import('node:path');
		const { tmpdir } = await import('node:os');
		const file = join(mkdtempSync(join(tmpdir(), 'report-')), 'r.pdf');
		writeFileSync(file, pdf);
		const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
		if (text.status === 0) {
			for (const [, status] of expected)
				expect(text.stdout).toContain(strings.sv[`status_${status}` as keyof typeof strings.sv]);
			expect(text.stdout).toContain('Delårsrapport augusti 2025');
			expect(text.stdout).toMatch(/1 ?\/ ?\d+/); // page numbers
			// Laid out as a report writer expects: the summary table starts on the first page, no page but
			// the last is left half empty, and no word (axis labels included) prints under 7.5 pt.
			const first = spawnSync('pdftotext', ['-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' }).stdout;
			expect(first).toContain('Delårsrapport augusti 2025');
			expect(first).toContain(`${expected[0]![0]}:`);
			const bbox = spawnSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' }).stdout;
			const pages = bbox.split('<page ').slice(1);
			const words = (p: string) =>
				[...p.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g)]
					.filter((m) => !/^(\d+|\/)$/.test(m[3]!)) // the page number
					.map((m) => ({ top: Number(m[1]), bottom: Number(m[2]), text: m[3]! }));
			const height = Number(/height="([\d.]+)"/.exec(bbox)![1]);
			const fill = pages.slice(0, -1).map((p) => Math.max(...words(p).map((w) => w.bottom)) / height);
			expect(
				fill.filter((f) => f < 0.5),
				`how full each page is: ${fill.map((f) => f.toFixed(2))}`
			).toEqual([]);
			const small = pages.flatMap(words).filter((w) => w.bottom - w.top < 9);
			expect(small.map((w) => w.text)).toEqual([]);
		}
		expect(await axeViolations(page, 'report')).toEqual([]);
		await page.close();
	}, 120_000);

	it('downloads as a Word file with the same statuses, real chart pictures and alt text', async () => {
		const { unzipSync, strFromU8 } = await import('fflate');
		const page = await env.browser.newPage();
		await page.goto(env.site.url('/rapport/asn/?period=delar-2025'), { waitUntil: 'networkidle' });
		const statuses = await page
			.locator('table.report-table tbody [data-status]')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-status')!));
		const [d] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Ladda ner som Word (.docx)' }).click()
		]);
		expect(d.suggestedFilename()).toBe('delarsrapport-augusti-2025-arbetsmarknads-och-socialnamnden.docx');
		const files = unzipSync(new Uint8Array(readFileSync((await d.path())!)));
		const xml = strFromU8(files['word/document.xml']!);
		const text = xml.replace(/<[^>]+>/g, '');
		expect(text).toContain('Delårsrapport augusti 2025');
		for (const st of statuses) expect(text).toContain(strings.sv[`status_${st}` as keyof typeof strings.sv]);
		// Each chart is an SVG with a PNG drawn at twice its size for print, and described in words.
		// A chart per target, and one per measure's own figure with values by then.
		const own = await page.locator('svg[data-chart^="own-"]').count();
		expect(own).toBeGreaterThan(0);
		const pngs = Object.entries(files).filter(([n]) => n.startsWith('word/media/') && n.endsWith('.png'));
		expect(pngs.length).toBe(statuses.length + own);
		for (const [, b] of pngs) expect(pngSize(Buffer.from(b)).width).toBe(1440);
		expect(xml.match(/descr="[^"]{40,}"/g)?.length).toBe(statuses.length + own);
		await page.close();
	}, 60_000);
});
