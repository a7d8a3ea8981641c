/**
 * A measure's own figures, as an official brings them in: the half-year numbers of a measure saved
 * from Swedish Excel, uploaded on the upload page (a broken sheet is named by line and column and
 * changes nothing), seen in the workspace as the measure page will show them (a small count only as
 * "färre än 5"), a target set on one of them with its baseline read from the values, and exported;
 * `npm run check-data` writes the exported file to data/ keeping the number the site never published.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, foreign, launch, serveBuild, type Browser, type Site } from './harness';

const TODAY = '2026-11-29';
const root = mkdtempSync(join(tmpdir(), 'foljupp-own-'));
const rows = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
/** As Excel's "CSV (semikolonavgränsad)" writes it: Windows-1252, semicolons, CRLF, decimal comma. */
const excel = (text: string) =>
	Uint8Array.from(
		[...text.replace(/\n/g, '\r\n')].map((ch) => (ch === 'å' ? 0xe5 : ch === 'ä' ? 0xe4 : ch.charCodeAt(0)))
	);

let site: Site;
let b: Browser;
let page: Page;
beforeAll(async () => {
	site = await serveBuild();
	b = await launch();
	page = await b.newPage();
	await page.clock.setFixedTime(new Date(`${TODAY}T12:00:00`));
	await page.goto(site.url('/ladda-upp/'));
	await page.waitForSelector('html[data-hydrated]');
});
afterAll(async () => {
	await b?.close();
	await site?.close();
});

describe("an official brings in a measure's own half-year numbers", () => {
	it('a broken sheet is named by line and column, and nothing is kept', async () => {
		const broken = join(root, 'fel.csv');
		writeFileSync(
			broken,
			excel('figure;period;value;denominator\nm01-arbete;2026 halvår 3;61,5;39\nm01-avslutade;2026 halvår 2;40,5;\n')
		);
		await page.setInputFiles('#upload-file', broken);
		const result = page.locator('.upload-result');
		await expect.poll(() => result.innerText()).toContain('fel.csv lästes inte in');
		const text = await result.innerText();
		expect(text).toContain('fel.csv, rad 2, kolumn period');
		expect(text).toContain('fel.csv, rad 3, kolumn value');
		expect(text).toContain('Inget ändrades');
		expect(
			await page.evaluate(() =>
				Object.keys(localStorage)
					.filter((k) => k.includes('drafts'))
					.map((k) => localStorage.getItem(k))
					.join('')
			)
		).not.toContain('m01');
		expect(await axeViolations(page, 'upload, own figures refused')).toEqual([]);
	});

	it('the sheet from Excel is read in as drafts, and shown as the measure page will show it', async () => {
		const sheet = join(root, 'jobbspar-halvar.csv');
		writeFileSync(
			sheet,
			excel(
				'figure;period;value;denominator\nm01-avslutade;2026 halvår 2;44;\nm01-arbete;2026 halvår 2;61,5;44\nm02-avbrott;HT2026;2;\n'
			)
		);
		await page.setInputFiles('#upload-file', sheet);
		const result = page.locator('.upload-result');
		await expect.poll(() => result.innerText()).toContain('jobbspar-halvar.csv är inläst som utkast');
		expect(await result.innerText()).toContain('measure_values.csv: 3 nya rader');
		expect(await axeViolations(page, 'upload, own figures read')).toEqual([]);

		await page.getByRole('link', { name: /Se värdena som på insatsens sida/ }).click();
		await page.waitForSelector('[data-figure="m01-avslutade"] .chart-title');
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('ws-own-heading');
		const avslutade = page.locator('[data-figure="m01-avslutade"]');
		expect(await avslutade.innerText()).toContain(
			'Deltagare som avslutat jobbspåret: 44 deltagare under andra halvåret 2026'
		);
		// The small count is the official's own draft in the table, but never a mark or a word of the chart.
		const avbrott = page.locator('[data-figure="m02-avbrott"] figure, [data-figure="m02-avbrott"] .chart').first();
		const chartText = await avbrott.innerText();
		expect(chartText).toContain('färre än 5');
		expect(chartText).not.toMatch(/\b2 unga\b/);
		expect(await axeViolations(page, 'workspace, own figures')).toEqual([]);
	});

	it('a target on an own figure: the figure picked by its title, the baseline read from its values', async () => {
		await page.getByRole('button', { name: 'Nytt effektmål' }).click();
		const form = page.locator('section.ws-item[data-key^="t"]').last();
		await form.getByLabel('Ansvarig nämnd').selectOption('asn');
		await form.getByLabel('Nyckeltal').selectOption('m01-avslutade');
		// Where and for whom follow from the measure: no municipality or gender to choose.
		expect(await form.getByLabel('Kommun', { exact: true }).count()).toBe(0);
		expect(await form.getByLabel('Insats som målet följer upp').inputValue()).toBe('m01');
		await form.getByLabel('Utgångsperiod').selectOption('2024H1');
		await expect.poll(() => form.locator('.ws-baseline').innerText()).toContain('Utgångsvärde: 31');
		await form.getByLabel('Målvärde').fill('50');
		await form.getByLabel('Målperiod').fill('2026H2');
		await form.getByLabel('Beslutad av').fill('Arbetsmarknads- och socialnämnden');
		await form.getByLabel('Sammanträdesdatum').fill('2026-11-20');
		await expect.poll(() => form.locator('.field-error').count()).toBe(0);
		// No such half-year: said at the field, with the forms to write.
		await form.getByLabel('Målperiod').fill('2026H3');
		await expect.poll(() => form.locator('.field-error').innerText()).toContain('2025 halvår 1');
		await form.getByLabel('Målperiod').fill('2026H2');
		await expect.poll(() => form.locator('.field-error').count()).toBe(0);
		expect(await axeViolations(page, 'workspace, target on an own figure')).toEqual([]);
	});

	it('exported and written to data/ by check-data: the new rows in, the number never published kept', async () => {
		const save = async (button: string, name: string) => {
			const [d] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('button', { name: button }).click()
			]);
			expect(d.suggestedFilename()).toBe(name);
			const to = join(root, name);
			await d.saveAs(to);
			return to;
		};
		const values = await save('Exportera measure_values.csv', 'measure_values.csv');
		const targets = await save('Exportera targets.csv', 'targets.csv');
		const exported = rows(readFileSync(values, 'utf8'));
		// The site never had the small count of HT2024: the export holds it as withheld, not as a number.
		expect(exported.find((r) => r.figure === 'm02-avbrott' && r.period === 'HT2024')).toMatchObject({
			value: '',
			status: 'small'
		});
		expect(exported.find((r) => r.figure === 'm01-arbete' && r.period === '2026H2')).toMatchObject({
			value: '61.5',
			denominator: '44'
		});
		const target = rows(readFileSync(targets, 'utf8')).at(-1)!;
		expect(target).toMatchObject({
			indicator: 'm01-avslutade',
			baseline_period: '2024H1',
			baseline_value: '31',
			target_value: '50',
			target_period: '2026H2',
			gender: 'T'
		});

		const data = join(root, 'data');
		cpSync('data', data, { recursive: true });
		const env = { ...process.env, FOLJUPP_DATA: data, FOLJUPP_TODAY: TODAY };
		for (const f of [values, targets])
			execFileSync(process.execPath, ['--import', 'tsx', 'scripts/check-data.ts', f], {
				env,
				encoding: 'utf8',
				stdio: 'pipe'
			});
		const written = rows(readFileSync(join(data, 'measure_values.csv'), 'utf8'));
		expect(written.find((r) => r.figure === 'm02-avbrott' && r.period === 'HT2024')?.value).toBe('3');
		expect(written.find((r) => r.figure === 'm01-avslutade' && r.period === '2026H2')?.value).toBe('44');
		expect(rows(readFileSync(join(data, 'targets.csv'), 'utf8')).some((r) => r.indicator === 'm01-avslutade')).toBe(
			true
		);
		expect(foreign(b.requests, site.origin)).toEqual([]);
	}, 60_000);
});
