/**
 * "Make it yours", as the README tells it, for a second municipality (Tyresö, 0138) in a temporary
 * copy: set up, add one committee, one measure and one target, check, build; then the pages show
 * Tyresö's real values, its region and its own Liknande kommuner, and "Trollhättan" is in no page's
 * text except where every municipality is listed (the comparison picker, the municipality file).
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataDir } from '$lib/data/repository.server';
import { formatValue } from '$lib/i18n/format';
import { launch, serveBuild, type Browser, type Site } from './harness';

const root = mkdtempSync(join(tmpdir(), 'foljupp-tyreso-'));
const dataDir = join(root, 'data');
const buildDir = join(root, 'build');
const env = {
	...process.env,
	FOLJUPP_DATA: dataDir,
	BUILD_DIR: buildDir,
	BASE_PATH: '/uppfoljning',
	FOLJUPP_TODAY: '2026-11-29'
};
const npm = (...args: string[]) =>
	execFileSync('npm', ['run', ...args], { env, encoding: 'utf8', stdio: 'pipe', timeout: 600_000 });

let site: Site;
let browser: Browser;

beforeAll(() => {
	cpSync('data', dataDir, { recursive: true });
	npm('setup', '--', '--kommun', '0138', '--kontakt', 'synpunkter@example.se');
	// What the README's step 2 asks: a committee, a measure and a target (the baseline left for Följupp to fill in).
	appendFileSync(join(dataDir, 'organisations.csv'), 'sn,Socialnämnden,Social Welfare Committee,committee\n');
	appendFileSync(
		join(dataDir, 'measures.csv'),
		'm1,Vägen till arbete,,Stöd till arbete för personer med långvarigt bistånd.,,sn,af,langtidsarbetsloshet,,ordinary,2024-01-01,,ongoing,I delårsrapport och årsbokslut.,,half,2024-01-01,,no\n'
	);
	appendFileSync(join(dataDir, 'targets.csv'), 't1,m1,sn,N03926,0138,T,2019,,1.5,2026,Socialnämnden,2024-02-01,no\n');
	npm('check-data');
	npm('build');
}, 900_000);

afterAll(async () => {
	await browser?.close();
	await site?.close();
});

describe('another municipality, from clone to a built site', () => {
	const data = () => readDataDir(dataDir).dataset!;

	it('builds from the README steps, with no demo screenshot and no example banner', () => {
		expect(existsSync(join(buildDir, 'index.html'))).toBe(true);
		expect(existsSync(join(buildDir, 'screenshot.png'))).toBe(false);
		const html = readFileSync(join(buildDir, 'index.html'), 'utf8');
		expect(html).toContain('Kommunövergripande uppföljning: Tyresö');
		expect(html).not.toContain('class="example-banner"');
		expect(html).not.toMatch(/märkta Exempel/);
	});

	it('"Trollhättan" is in no page\'s text but where every municipality is listed', () => {
		const files = (dir: string): string[] =>
			readdirSync(dir).flatMap((n) => {
				const full = join(dir, n);
				// __data.json is a page's data for the app (like its hydration script): the picker's list of every kommun.
				return statSync(full).isDirectory()
					? files(full)
					: /\.(html|svg|csv|json)$/.test(n) && n !== '__data.json'
						? [full]
						: [];
			});
		const found: string[] = [];
		for (const f of files(buildDir)) {
			if (f.endsWith(join('data', 'municipalities.csv'))) continue;
			const text = readFileSync(f, 'utf8')
				.replace(/<script[^]*?<\/script>/g, '') // the hydration data holds the picker's list of every kommun
				.replace(/<option[^]*?<\/option>/g, ''); // the comparison picker lists every kommun
			if (/Trollhättan/.test(text)) found.push(f.slice(buildDir.length));
		}
		expect(found).toEqual([]);
	});

	describe('in the browser', () => {
		beforeAll(async () => {
			site = await serveBuild(buildDir);
			browser = await launch();
		});

		it("the key figure shows Tyresö's real values, its region and its own Liknande kommuner", async () => {
			const d = data();
			const page = await browser.newPage();
			await page.goto(site.url('/nyckeltal/N03926/'), { waitUntil: 'load' });
			const latest = d.observations
				.filter((o) => o.indicator === 'N03926' && o.municipality === '0138' && o.gender === 'T' && o.value !== null)
				.sort((a, b) => b.period - a.period)[0]!;
			await expect(page.locator(`td[data-series="0138"][data-period="${latest.period}"]`).textContent()).resolves.toBe(
				formatValue(latest.value, '%', 'sv', 2)
			);
			const legend = await page.locator('.legend').first().textContent();
			expect(legend).toContain('Tyresö');
			expect(legend).toContain('Region Stockholm');
			await expect(page.locator('main').textContent()).resolves.toMatch(
				/Liknande kommuner arbetsmarknad, Tyresö, 2024/
			);
			await page.close();
		});

		it("the new measure and its target, with the baseline filled from Tyresö's published value", async () => {
			const page = await browser.newPage();
			await page.goto(site.url('/insats/m1/'), { waitUntil: 'load' });
			await expect(page.locator('h1').textContent()).resolves.toBe('Vägen till arbete');
			const baseline = data().targets.find((t) => t.id === 't1')!.baseline_value;
			const published = data().observations.find(
				(o) => o.indicator === 'N03926' && o.municipality === '0138' && o.gender === 'T' && o.period === 2019
			)!.value;
			expect(baseline).toBe(published);
			await page.goto(site.url('/mal/t1/'), { waitUntil: 'load' });
			await expect(page.locator('main').textContent()).resolves.toContain(
				`${formatValue(published, '%', 'sv')} (2019)`
			);
			// On an English page, the measure's Swedish title is marked as Swedish.
			await page.goto(site.url('/en/insats/m1/'), { waitUntil: 'load' });
			await expect(page.locator('h1').getAttribute('lang')).resolves.toBe('sv');
			await page.close();
		});

		it('drafts an official exported and published read as published when they come back, not as unpublished changes', async () => {
			// The browser still holds the drafts the files were exported from: the rows exactly as written to
			// data/, the target's baseline left empty (the site publishes it filled in from Kolada's value).
			const rows = (file: string) => {
				const [head, ...lines] = readFileSync(join(dataDir, file), 'utf8').trim().split('\n');
				const columns = head!.split(',');
				return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [columns[i]!, v])));
			};
			const measure = rows('measures.csv').find((r) => r.id === 'm1')!;
			const target = rows('targets.csv').find((r) => r.id === 't1')!;
			expect(target.baseline_value).toBe('');
			const page = await browser.newPage();
			await page.goto(site.url('/folj-upp/insatser-och-mal/'), { waitUntil: 'load' });
			const key = 'foljupp:/uppfoljning:0138:drafts';
			await page.evaluate(
				([k, m, t]) =>
					localStorage.setItem(
						k,
						JSON.stringify({
							version: 1,
							drafts: {
								'measures.csv': { m1: { row: m, changed: '2026-11-28T10:00:00Z' } },
								'targets.csv': { t1: { row: t, changed: '2026-11-28T10:00:00Z' } }
							}
						})
					),
				[key, measure, target] as const
			);
			await page.reload({ waitUntil: 'load' });
			const measures = page.locator('table[data-list="measures"] tbody tr');
			await expect.poll(() => measures.first().textContent()).toContain('Publicerad');
			await expect(page.locator('table[data-list="targets"] tbody tr').first().textContent()).resolves.toContain(
				'Publicerad'
			);
			await expect(page.locator('main').textContent()).resolves.not.toMatch(/Ändrad i utkast|Släng alla/);
			await expect(page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}').drafts, key)).resolves.toEqual({});
			await page.close();
		});
	});
});
