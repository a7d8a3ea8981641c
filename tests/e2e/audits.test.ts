/**
 * The auditors' loop, as an auditor and a report writer meet it on the built site: the audits with
 * how far each has come, one audit's recommendations quoted with each answer and action, the
 * committee's page and report, the overview's count, the gaps page, a measure that answers, and the
 * annual follow-up table printed and taken as a Word file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useSiteAndBrowser } from './harness';

const env = useSiteAndBrowser();

describe("the auditors' recommendations, followed up", () => {
	it('an auditor sees each audit, which recommendations are answered, and which actions are done, under way or past their date', async () => {
		const page = await env.browser.newPage();
		await page.goto(env.site.url('/granskningar/'));
		expect(await page.locator('[data-audit]').count()).toBe(2);
		expect(await page.locator('.example-banner').last().innerText()).toContain(
			'Nämndernas svar, åtgärder och status är påhittade exempel'
		);
		await page
			.getByRole('link', { name: 'Granskning av samverkan i arbetet för att motverka utanförskap bland unga' })
			.click();
		await page.waitForURL(/granskningar\/g01\/$/);
		expect(await page.locator('[data-recommendation]').count()).toBe(3);
		const first = page.locator('[data-recommendation="g01-1"]');
		expect(await first.locator('blockquote').innerText()).toContain('roll och ansvar för arbetet definieras');
		expect(await first.locator('[data-unanswered]').innerText()).toBe('Utbildningsnämnden har inte svarat.');
		expect(await first.locator('[data-action="a03"] [data-overdue]').count()).toBe(1);
		expect(await first.locator('[data-action="a03"] .action-status').innerText()).toContain('Ej påbörjad');
		expect(await first.locator('[data-action="a01"] .action-status').innerText()).toContain('Genomförd');
		await page.close();
	});

	it("a committee's page, the overview, the gaps page and a measure that answers all show it", async () => {
		const page = await env.browser.newPage();
		await page.goto(env.site.url('/organisation/kfn/'));
		expect(await page.locator('[data-audits] [data-recommendation]').count()).toBe(3);
		await page.goto(env.site.url('/'));
		const line = page.locator('.audit-line');
		expect(Number(await line.getAttribute('data-open'))).toBeGreaterThan(0);
		expect(await line.innerText()).toMatch(/Revisionens rekommendationer: \d+ öppna, \d+ åtgärder efter sitt datum/);
		await page.goto(env.site.url('/uppfoljningsluckor/'));
		const gaps = page.locator('[data-gap-kind="audits"]');
		expect(await gaps.locator('[data-gap="a05"]').count()).toBe(1);
		expect(await gaps.locator('[data-gap="g02-3"]').count()).toBe(1);
		await page.goto(env.site.url('/insats/m02/'));
		const link = page.locator('.answers-to a').first();
		expect(await link.getAttribute('href')).toMatch(/\/granskningar\/g01\/#rek-g01-1$/);
		await page.goto(env.site.url('/rapport/asn/'));
		await page.waitForSelector('html[data-hydrated]');
		expect(await page.locator('#report-audits').innerText()).toBe('Revisionens rekommendationer');
		await page.close();
	});

	it("the annual table prints without its controls and comes as a Word file with the auditors' column", async () => {
		const page = await env.browser.newPage();
		await page.goto(env.site.url('/granskningar/'));
		await page.getByRole('link', { name: /Uppföljning av tidigare granskningar \d{4}/ }).click();
		// A link followed in the page: the address changes once the new page is there.
		await page.waitForURL(/granskningar\/uppfoljning\/\d{4}\/$/);
		await page.waitForSelector('html[data-hydrated]');
		expect(await page.locator('h1').innerText()).toMatch(/^Uppföljning av tidigare granskningar \d{4}$/);
		expect(await page.locator('table tbody tr').count()).toBe(7);
		expect(await page.locator('table thead').innerText()).toContain('Revisorernas bedömning');
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.report-controls').isVisible()).toBe(false);
		await page.emulateMedia({ media: 'screen' });
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Ladda ner som Word (.docx)' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(/^uppfoljning-av-tidigare-granskningar-\d{4}\.docx$/);
		const { unzipSync, strFromU8 } = await import('fflate');
		const xml = strFromU8(unzipSync(new Uint8Array(readFileSync((await download.path())!)))['word/document.xml']!);
		expect(xml).toContain('Revisorernas bedömning');
		expect(xml).toContain('Tillse att respektive nämnds och förvaltnings roll');
		await page.close();
	}, 60_000);
});
