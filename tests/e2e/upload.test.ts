/**
 * The official's upload, as a user does it: real files through the real file input in Chromium.
 * A broken file is named problem by problem and changes nothing; a Swedish Excel file is previewed,
 * applied, changes a target's status on every page, survives a reload, exports, and is undone.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readDataDir } from '$lib/data/repository.server';
import { FollowUp } from '$lib/followup/followup';
import { mergeObservations } from '$lib/data/merge';
import type { Observation } from '$lib/model/model';
import { axeViolations, foreign, useSiteAndBrowser } from './harness';

const data = readDataDir('data').dataset!;
const today = new Date();
const published = new FollowUp(data, today);
const statusOf = (f: FollowUp, id: string) => f.targets.find((a) => a.target.id === id)!.attainment.status;

// The Excel fixture repeats Trollhättan's published N03926 values and adds 2024 (made up for this test).
const added: Observation = {
	indicator: 'N03926',
	municipality: '1488',
	period: 2024,
	gender: 'T',
	value: 4.2,
	status: null
};
const withUpload = new FollowUp({ ...data, observations: mergeObservations(data.observations, [added]) }, today);

const FIXTURES = 'tests/fixtures/upload';
const env = useSiteAndBrowser();

async function openUpload(path = '/ladda-upp/'): Promise<Page> {
	const page = await env.browser.newPage();
	page.on('dialog', (d) => {
		throw new Error(`A dialog opened: ${d.message()}`); // script in a file must never run
	});
	await page.goto(env.site.url(path), { waitUntil: 'networkidle' });
	return page;
}

async function pick(page: Page, file: string) {
	await page.setInputFiles('#upload-file', `${FIXTURES}/${file}`);
	await page.locator('.upload-result h2').waitFor({ timeout: 60_000 });
}

async function downloadText(page: Page, button: string): Promise<string> {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: button }).click()
	]);
	return readFileSync((await download.path())!, 'utf8');
}

describe('upload', () => {
	it('the demo target changes with the fixture (so the test below can fail)', () => {
		expect(statusOf(withUpload, 't01')).not.toBe(statusOf(published, 't01'));
	});

	it('a broken file: every problem named by line and column, as text, downloadable; nothing changes', async () => {
		const page = await openUpload();
		await pick(page, 'broken.csv');
		await expect(page.locator('.upload-result h2').textContent()).resolves.toContain(
			'Filen har fel och har inte lagts in'
		);
		const rows = await page
			.locator('table.problems tbody tr')
			.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())));
		expect(rows.map((r) => [r[0], r[1]])).toEqual([
			['2', 'värde'],
			['3', 'år'],
			['4', 'kön'],
			['5', 'kommun'],
			['6', 'värde'],
			['7', '–']
		]);
		expect(rows[0]![2]).toBe('”abc” är inte ett tal.');
		expect(rows[3]![2]).toContain('menade du 0138?');
		expect(rows[4]![3]).toBe('<script>alert(1)</script>'); // shown as text, not run
		expect(rows[5]![2]).toContain('Raden har 4 fält men rubrikraden har 5');
		// The official is offered the fix for the short code.
		await expect(page.getByRole('button', { name: /138 → 0138/ }).count()).resolves.toBe(1);

		const csv = await downloadText(page, 'Ladda ner problemen (CSV)');
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(csv).toContain('"Rad";"Kolumn";"Text i filen";"Problem"');
		expect(csv).toContain('"2";"värde";"abc";"”abc” är inte ett tal."');

		expect(await axeViolations(page, 'problems')).toEqual([]);
		await page.goto(env.site.url('/'), { waitUntil: 'networkidle' });
		await expect(page.locator('.upload-banner').count()).resolves.toBe(0);
		await page.close();
	}, 120_000);

	it('a file from Swedish Excel: preview, apply, every page recomputed, kept across a reload, exported, undone', async () => {
		const page = await openUpload();
		await pick(page, 'excel-N03926-1488.csv');
		await expect(page.locator('.upload-result h2').textContent()).resolves.toContain('Förhandsgranskning');
		const count = (k: string) => page.locator(`[data-count="${k}"] strong`).textContent();
		await expect(count('new')).resolves.toBe('1');
		await expect(count('changed')).resolves.toBe('0');
		await expect(count('unchanged')).resolves.toBe('39');
		await expect(page.locator('dl.facts').first().textContent()).resolves.toContain('WINDOWS-1252');
		// The before/after chart shows the new year in its table.
		await expect(page.locator('#upload-preview-title').count()).resolves.toBe(1);
		expect(await axeViolations(page, 'preview')).toEqual([]);

		await page.getByRole('button', { name: 'Lägg in data' }).click();
		await page.getByText('Data är inlagda').waitFor();
		await expect(page.locator('.upload-banner').getAttribute('data-upload-status')).resolves.toBe('active');
		// DuckDB's worker ended after applying (its memory back to the tab); the same file picked
		// again starts a new one, which holds what was applied: nothing new any more.
		await page.setInputFiles('#upload-file', `${FIXTURES}/excel-N03926-1488.csv`);
		await page.locator('.upload-result h2', { hasText: 'Förhandsgranskning' }).waitFor({ timeout: 60_000 });
		await expect(count('new')).resolves.toBe('0');
		await expect(count('unchanged')).resolves.toBe('40');

		const expected = statusOf(withUpload, 't01');
		const targetStatus = async (path: string) => {
			await page.goto(env.site.url(path), { waitUntil: 'networkidle' });
			await page.locator('.upload-banner[data-upload-status="active"]').waitFor();
			return page.locator('[data-target="t01"] [data-status]').first().getAttribute('data-status');
		};
		// Every page that shows the target has recomputed it: overview, area, committee, measure.
		await expect(targetStatus('/')).resolves.toBe(expected);
		await expect(targetStatus(`/omrade/${withUpload.indicator('N03926')!.area}/`)).resolves.toBe(expected);
		await expect(targetStatus('/organisation/asn/')).resolves.toBe(expected);
		await expect(targetStatus('/insats/m01/')).resolves.toBe(expected);
		// The target page tells the new latest value in words (as a reader reads it: white space collapsed).
		await page.goto(env.site.url('/mal/t01/'), { waitUntil: 'networkidle' });
		await page.locator('.upload-banner[data-upload-status="active"]').waitFor();
		await expect(page.locator('main').innerText()).resolves.toMatch(/senaste värde 4,2\s%\s\(2024\)/);
		expect(await axeViolations(page, 'target with upload')).toEqual([]);

		// A reload keeps it.
		await page.reload({ waitUntil: 'networkidle' });
		await page.locator('.upload-banner[data-upload-status="active"]').waitFor();
		await expect(page.locator('main').innerText()).resolves.toMatch(/senaste värde 4,2\s%\s\(2024\)/);

		// With an upload shown, a comparison comes from the data the pages were built with (the upload
		// included, every municipality of the key figures shown): DuckDB is not started for it.
		const wasmBefore = env.browser.requests.filter((u) => u.endsWith('.wasm')).length;
		await page.goto(env.site.url('/nyckeltal/N03926/?jamfor=1490'), { waitUntil: 'networkidle' });
		const other = data.observations.find(
			(o) => o.indicator === 'N03926' && o.municipality === '1490' && o.period === 2022 && o.gender === 'T'
		)!;
		await page.locator('td[data-series="1490"][data-period="2022"]').waitFor({ state: 'attached', timeout: 60_000 });
		await expect(page.locator('td[data-series="1490"][data-period="2022"]').textContent()).resolves.toBe(
			`${other.value!.toFixed(2).replace('.', ',')}\u00a0%`
		);
		expect(env.browser.requests.filter((u) => u.endsWith('.wasm')).length).toBe(wasmBefore);

		// Export in the repository's format: the published rows plus the new one.
		await page.goto(env.site.url('/ladda-upp/'), { waitUntil: 'networkidle' });
		const exported = await downloadText(page, 'observations.csv (för att publicera)');
		const lines = exported.trim().split('\n');
		expect(lines[0]).toBe('indicator,municipality,period,gender,value,status');
		expect(lines.length).toBe(data.observations.length + 2);
		expect(lines).toContain('N03926,1488,2024,T,4.2,');

		// One click back to the published data, everywhere.
		await page.goto(env.site.url('/mal/t01/'), { waitUntil: 'networkidle' });
		await page.locator('.upload-banner[data-upload-status="active"]').waitFor();
		await page.getByRole('button', { name: 'Visa publicerade data' }).click();
		await page.locator('.upload-banner').waitFor({ state: 'detached' });
		await expect(page.locator('main').textContent()).resolves.not.toMatch(/4,2\s%\s\(2024\)/);
		await page.reload({ waitUntil: 'networkidle' });
		await expect(page.locator('.upload-banner').count()).resolves.toBe(0);
		await page.goto(env.site.url('/'), { waitUntil: 'networkidle' });
		await expect(page.locator('li[data-target="t01"] [data-status]').first().getAttribute('data-status')).resolves.toBe(
			statusOf(published, 't01')
		);
		await page.close();
	}, 180_000);

	it("a response saved from Kolada's API is read as it is, in English too", async () => {
		const page = await openUpload('/en/ladda-upp/');
		await pick(page, 'kolada-v3-N02797.json');
		await expect(page.locator('.upload-result h2').textContent()).resolves.toContain('Preview');
		await expect(page.locator('dl.facts').first().textContent()).resolves.toContain('Kolada API response (JSON)');
		await expect(page.locator('[data-count="unchanged"] strong').textContent()).resolves.toBe('18');
		await page.getByRole('button', { name: 'Cancel' }).click();
		await page.close();
	}, 120_000);

	it('hostile files: an id like a JavaScript property is just an id; invisible characters and ambiguous numbers are named', async () => {
		const page = await openUpload();
		await page.setInputFiles('#upload-file', {
			name: 'egna.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from('nyckeltal;kommun;år;kön;värde\nconstructor;1488;2030;T;5\ntoString;1488;2030;T;6\n')
		});
		await page.locator('.upload-result h2').waitFor({ timeout: 60_000 });
		await expect(page.locator('.upload-result h2').textContent()).resolves.toContain('Förhandsgranskning');
		await page.getByLabel('Namn på constructor').fill('Deltagare i jobbspåret');
		await expect(page.locator('[data-count="new"] strong').textContent()).resolves.toBe('1');

		await page.setInputFiles('#upload-file', {
			name: 'fientlig.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(
				`nyckeltal;kommun;år;kön;värde\n${'N02797;1488;2030;T;5.5\n'.repeat(3)}N02797;14\u200b88;2031;T;5.5\nN02797;1488;2032;T;7,355\n`
			)
		});
		await page.locator('.upload-result h2.problems-title').waitFor({ timeout: 60_000 });
		const text = await page.locator('table.problems').textContent();
		expect(text).toContain('⟨U+200B⟩');
		expect(text).toContain('osynligt tecken');
		expect(text).toMatch(/”7,355” kan läsas både/);
		await page.close();
	}, 120_000);

	it('nothing left the site', () => {
		expect(foreign(env.browser.requests, env.site.origin)).toEqual([]);
		expect(env.browser.consoleErrors).toEqual([]);
	});
});
