/**
 * Small numbers are never published. A site built with a threshold of 10 000 and a measure's own
 * figure whose counts (8613, 7787), whose share's denominator (6151, share 71,93 %) and whose share's rest
 * (93,17 % of 21 013 leaves 1 435) lie under it:
 * none of these numbers is anywhere in the built site — page HTML, page data, chart files, published
 * data, scripts — nor in the CSV and SVG a reader downloads, nor in the report's Word file. The pages
 * say "färre än 10000" where they stood, and a value over the threshold is shown as usual.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, serveBuild, type Browser, type Site } from './harness';

const root = mkdtempSync(join(tmpdir(), 'foljupp-small-'));
const data = join(root, 'data');
const buildDir = join(root, 'build');
/** Each as it could be written anywhere: standalone digits, a decimal comma or point. */
const SUPPRESSED = [
	/(?<![\d.,])8[\s\u00a0]?613(?![\d])/,
	/(?<![\d.,])7[\s\u00a0]?787(?![\d])/,
	/(?<![\d.,])6[\s\u00a0]?151(?![\d])/,
	/(?<![\d])71[.,]93(?![\d])/,
	// 93.17 % of 21 013: 19 578 people, and 1 435 behind the rest, under the threshold: the share gives them away.
	/(?<![\d.,])21[\s\u00a0]?013(?![\d])/,
	/(?<![\d])93[.,]17(?![\d])/,
	// A part under the threshold, and the other part that would give it away (30 000 less 22 649).
	/(?<![\d.,])7[\s\u00a0]?351(?![\d])/,
	/(?<![\d.,])22[\s\u00a0]?649(?![\d])/
];

let site: Site;
let browser: Browser;

beforeAll(async () => {
	cpSync('data', data, { recursive: true });
	const config = JSON.parse(readFileSync(join(data, 'config.json'), 'utf8'));
	writeFileSync(join(data, 'config.json'), JSON.stringify({ ...config, small_numbers: 10000 }, null, '\t') + '\n');
	// The demo's target on its own share would have a suppressed baseline now: check-data refuses that, so it goes.
	const targets = readFileSync(join(data, 'targets.csv'), 'utf8')
		.split('\n')
		.filter((l) => !l.startsWith('t13,'));
	writeFileSync(join(data, 'targets.csv'), targets.join('\n'));
	appendFileSync(
		join(data, 'measure_figures.csv'),
		'test-stora,m01,Testdeltagare,Test participants,count,deltagare,participants,higher,,,,yes,\ntest-andel,m01,"Testandel, andel (%)","Test share, share (%)",share,,,higher,,,,yes,\n' +
			// A total and its two parts: the small part could be worked out as the total less the other.
			'test-alla,m01,Testsumma,Test total,count,,,higher,,,,yes,\ntest-del-a,m01,Testdel A,Test part A,count,,,higher,,,,yes,test-alla\ntest-del-b,m01,Testdel B,Test part B,count,,,higher,,,,yes,test-alla\n'
	);
	appendFileSync(
		join(data, 'measure_values.csv'),
		'test-stora,2025H1,8613,\ntest-stora,2025 halvår 2,7787,\ntest-stora,2026H1,12480,\ntest-andel,2025H2,71.93,6151\ntest-andel,2026H1,64.2,40000\ntest-andel,2026H2,93.17,21013\n' +
			'test-alla,2025H1,30000,\ntest-del-a,2025H1,7351,\ntest-del-b,2025H1,22649,\n'
	);
	const env = {
		...process.env,
		FOLJUPP_DATA: data,
		BUILD_DIR: buildDir,
		BASE_PATH: '/uppfoljning',
		FOLJUPP_TODAY: '2026-11-29'
	};
	execFileSync('npx', ['tsx', 'scripts/check-data.ts'], { env, stdio: 'pipe', timeout: 300_000 });
	execFileSync('npx', ['vite', 'build'], { env, stdio: 'pipe', timeout: 600_000 });
	site = await serveBuild(buildDir);
	browser = await launch();
}, 900_000);

afterAll(async () => {
	await browser?.close();
	await site?.close();
});

const found = (text: string) => SUPPRESSED.filter((re) => re.test(text)).map(String);

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((n) => {
		const full = join(dir, n);
		return statSync(full).isDirectory() ? files(full) : /\.(html|json|js|csv|svg|txt|xml)$/.test(n) ? [full] : [];
	});
}

async function download(page: Page, within: Locator, button: string): Promise<string> {
	const [d] = await Promise.all([
		page.waitForEvent('download'),
		within.getByRole('button', { name: button }).first().click()
	]);
	return readFileSync((await d.path())!, 'utf8');
}

describe('small numbers are never published', () => {
	it('no file of the built site holds a suppressed number', () => {
		const all = files(buildDir);
		expect(all.length).toBeGreaterThan(100);
		const leaks = all.flatMap((f) => found(readFileSync(f, 'utf8')).map((re) => `${f.slice(buildDir.length)}: ${re}`));
		expect(leaks).toEqual([]);
		// The published values say which were held back; the value over the threshold is there.
		const published = readFileSync(join(buildDir, 'data', 'measure_values.csv'), 'utf8');
		expect(published).toContain('test-stora,2025H1,,,small');
		expect(published).toContain('test-stora,2026H1,12480');
		expect(published).toContain('test-andel,2025H2,,,small');
		expect(published).toContain('test-andel,2026H2,,,small');
		expect(published).toContain('test-andel,2026H1,64.2,40000');
		expect(published).toContain('test-del-a,2025H1,,,small');
		expect(published).toContain('test-del-b,2025H1,,,secondary');
		expect(published).toContain('test-alla,2025H1,30000');
	});

	it('no withheld count can be worked out from what is published, by the arithmetic an attacker would use', () => {
		// Everything the site publishes about the measure's own figures, as numbers: each value and
		// denominator, and from each share with its denominator the people behind it and behind the rest.
		const rows = readFileSync(join(buildDir, 'data', 'measure_values.csv'), 'utf8')
			.trim()
			.split('\n')
			.slice(1)
			.map((l) => l.split(','));
		const figureLines = readFileSync(join(buildDir, 'data', 'measure_figures.csv'), 'utf8')
			.trim()
			.split('\n')
			.slice(1);
		const kinds = new Map(figureLines.map((l) => [l.split(',')[0]!, /,(count|share|mean),/.exec(l)?.[1]]));
		// The published relation: a part names its total in the last column.
		const partOf = new Map(
			figureLines.map((l) => [l.split(',')[0]!, l.split(',').at(-1)!] as const).filter(([, t]) => t !== '')
		);
		const numbers = new Set<number>();
		const people: { row: string; behind: number; rest: number }[] = [];
		for (const [figure, period, value, denominator] of rows) {
			const v = value ? Number(value) : null;
			const d = denominator ? Number(denominator) : null;
			if (v !== null) numbers.add(v);
			if (d !== null) numbers.add(d);
			if (kinds.get(figure!) === 'share' && v !== null && d !== null) {
				const behind = Math.round((v / 100) * d);
				people.push({ row: `${figure} ${period}`, behind, rest: d - behind });
				numbers.add(behind).add(d - behind);
			}
		}
		// A total less its shown parts: the one part not shown, and the sum of those not shown.
		const value = new Map(rows.map(([f, p, v]) => [`${f}|${p}`, v ? Number(v) : null]));
		let equations = 0;
		for (const total of new Set(partOf.values()))
			for (const [, period] of rows.filter(([f]) => f === total)) {
				const t = value.get(`${total}|${period}`);
				const parts = [...partOf].filter(([, of]) => of === total).map(([p]) => value.get(`${p}|${period}`) ?? null);
				if (t === null || t === undefined) continue;
				equations++;
				numbers.add(t - parts.reduce<number>((a, v) => a + (v ?? 0), 0));
			}
		expect(equations).toBeGreaterThan(0);
		// No share published with its denominator stands for fewer people than the threshold, on either side.
		expect(people.filter((p) => p.behind < 10000 || p.rest < 10000)).toEqual([]);
		// Nor do sums and differences of any two published numbers give a withheld count back.
		const withheld = [8613, 7787, 6151, Math.round(0.7193 * 6151), 6151 - Math.round(0.7193 * 6151), 19578, 1435, 7351];
		const list = [...numbers];
		const reached = new Set(list);
		for (const a of list) for (const b of list) reached.add(a + b).add(Math.abs(a - b));
		expect(withheld.filter((n) => reached.has(n))).toEqual([]);
		expect(numbers.has(12480)).toBe(true); // what may be shown is
	});

	it('the measure page says "färre än 10000" where they stood, in the chart, its table, its CSV and SVG', async () => {
		const page = await browser.newPage();
		await page.goto(site.url('/insats/m01/'));
		await page.waitForSelector('html[data-hydrated]');
		const chart = page.locator('figure[data-kind="periods"]').filter({ hasText: 'Testdeltagare' });
		expect(await chart.locator('[data-small="true"]').count()).toBe(2);
		expect(await chart.locator('[data-small="true"] title').first().textContent()).toBe(
			'första halvåret 2025: färre än 10000'
		);
		expect(await chart.innerText()).toContain('Färre än 10000');
		await chart.locator('details.data-table summary').click();
		expect(await chart.locator('table').innerText()).toContain('färre än 10000');
		expect(await chart.locator('table').innerText()).toMatch(/12\s480 deltagare/);
		await chart.locator('details.chart-actions summary').click();
		const csv = await download(page, chart, 'CSV med diagrammets värden');
		const svg = await download(page, chart, 'SVG (skalbar');
		expect(found(csv)).toEqual([]);
		expect(found(svg)).toEqual([]);
		expect(csv).toContain('färre än 10000');
		expect(found(await page.content())).toEqual([]);
		await page.close();
	});

	it("the report's Word file holds none either", async () => {
		const { unzipSync, strFromU8 } = await import('fflate');
		const page = await browser.newPage();
		await page.goto(site.url('/rapport/asn/'), { waitUntil: 'networkidle' });
		await page.waitForSelector('html[data-hydrated]');
		expect(found(await page.content())).toEqual([]);
		const [d] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Ladda ner som Word (.docx)' }).click()
		]);
		const zip = unzipSync(new Uint8Array(readFileSync((await d.path())!)));
		const text = Object.entries(zip)
			.filter(([n]) => /\.(xml|svg)$/.test(n))
			.map(([, b]) => strFromU8(b))
			.join('\n');
		expect(text).toContain('Testdeltagare');
		expect(found(text)).toEqual([]);
		await page.close();
	}, 60_000);
});
