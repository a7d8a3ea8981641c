/**
 * Each page type of the follow-up views, checked against the real demo data: values come from
 * data/, statuses and summaries from the same domain code the site was built with.
 */
import { describe, expect, it } from 'vitest';
import { readDataDir } from '$lib/data/repository.server';
import { FollowUp } from '$lib/followup/followup';
import { formatValue } from '$lib/i18n/format';
import { BASE, foreign, useSiteAndBrowser } from './harness';

const data = readDataDir('data').dataset!;
// The build assesses as of its own date; so do we (a test run spans no new year in practice).
const f = new FollowUp(data, new Date());
const statusSv: Record<string, string> = {
	met: 'Uppfyllt',
	partly_met: 'Delvis uppfyllt',
	not_met: 'Ej uppfyllt',
	on_track: 'På väg',
	at_risk: 'Risk',
	wrong_direction: 'Fel riktning',
	not_assessable: 'Ej bedömbar'
};

const env = useSiteAndBrowser();

describe('every target is two clicks from the start page', () => {
	it('overview lists every target with its status, linking to the target page', async () => {
		const page = await env.browser.newPage();
		await page.goto(env.site.url('/'));
		for (const a of f.targets) {
			const item = page.locator(`li[data-target="${a.target.id}"]`).first();
			expect(await item.locator('[data-status]').getAttribute('data-status')).toBe(a.attainment.status);
			expect(await item.locator('a').first().getAttribute('href')).toBe(`${BASE}/mal/${a.target.id}/`);
		}
		const counted = await page
			.locator('ul.counts li[data-count]')
			.evaluateAll((els) =>
				Object.fromEntries(els.map((e) => [e.getAttribute('data-count'), Number(e.querySelector('.n')?.textContent)]))
			);
		for (const [status, n] of Object.entries(counted))
			expect(n).toBe(f.targets.filter((t) => t.attainment.status === status).length);
		await page.close();
	});

	it('the status chart has a mark per target in its area, with its status, and says so in words', async () => {
		const page = await env.browser.newPage();
		await page.goto(env.site.url('/'));
		const chart = page.locator('svg[data-chart="status-by-area"]');
		for (const area of data.areas) {
			const marks = await chart
				.locator(`g[data-row="${area.id}"] .mark`)
				.evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
			const expected = f.targets.filter((t) => t.indicator.area === area.id).map((t) => t.attainment.status);
			expect(marks.sort()).toEqual(expected.sort());
		}
		const desc = await chart.locator('desc').textContent();
		for (const area of data.areas)
			expect(desc).toContain(
				`${area.title}: ${f.targets.filter((t) => t.indicator.area === area.id).length} effektmål`
			);
		// Every mark carries a shape, not a colour alone.
		expect(await chart.locator('.mark path').count()).toBeGreaterThanOrEqual(f.targets.length);
		await page.close();
	});
});

describe('target page', () => {
	it('shows status in words, the summary, the chart with baseline, target and trajectory, and why', async () => {
		const a = f.targets.find((t) => t.target.id === 't02')!;
		const page = await env.browser.newPage();
		await page.goto(env.site.url('/mal/t02/'));
		expect(await page.locator('.lead .status').innerText()).toContain(statusSv[a.attainment.status]);
		// The target's own chart is the page's first (the synthetic comparison's follow it).
		expect(await page.locator('.chart .summary').first().innerText()).toBe(a.summary.sv);
		expect(a.summary.sv).toContain(
			`till ${formatValue(a.attainment.assessed!.value, '%', 'sv')} (${a.attainment.assessed!.period})`
		);
		expect(await page.locator('svg.plot .trajectory').count()).toBe(1);
		expect(await page.locator('svg.plot .baseline-mark').count()).toBe(1);
		expect(await page.locator('svg.plot .target-mark').count()).toBe(1);
		expect(await page.locator('svg g[data-series="0000"]').count()).toBe(1);
		expect(await page.getByRole('heading', { name: 'Så bedömdes statusen' }).count()).toBe(1);
		await page.close();
	});

	it('keeps the comparison choice in the URL', async () => {
		const page = await env.browser.newPage();
		await page.goto(env.site.url('/mal/t02/'));
		// The app starts once the page is painted: the picker works from then on.
		await page.waitForSelector('html[data-hydrated]');
		await page.locator('#comparison').selectOption('group');
		await page.waitForURL(/jamfor=group/);
		await page.locator('svg g[data-series="group"]').waitFor({ state: 'attached' });
		expect(await page.locator('svg g[data-series="0000"]').count()).toBe(0);
		await page.reload();
		await page.locator('svg g[data-series="group"]').waitFor({ state: 'attached' });
		await page.close();
	});

	it('a gender-specific target charts that gender', async () => {
		const a = f.targets.find((t) => t.target.gender === 'K')!;
		const page = await env.browser.newPage();
		await page.goto(env.site.url(`/mal/${a.target.id}/`));
		const v = a.points.at(-1)!;
		const cell = page.locator(`td[data-series="1488"][data-period="${v.period}"]`);
		expect(await cell.textContent()).toBe(formatValue(v.value, '%', 'sv', 2));
		expect(await page.locator('h1').innerText()).toContain('kvinnor');
		await page.close();
	});
});

describe('measure, organisation, area, indicator and gaps pages', () => {
	it('measure page: lead, partners, plan and a chart per target', async () => {
		const m = data.measures.find((x) => x.id === 'm02')!;
		const page = await env.browser.newPage();
		await page.goto(env.site.url('/insats/m02/'));
		expect(await page.locator('h1').innerText()).toBe(m.title);
		expect(await page.locator('svg[data-chart^="target-"]').count()).toBe(
			data.targets.filter((t) => t.measure === 'm02').length
		);
		for (const p of m.partners)
			expect(await page.locator(`a[href="${BASE}/organisation/${p}/"]`).count()).toBeGreaterThan(0);
		expect(await page.getByText(m.followup_plan!).count()).toBe(1);
		await page.close();
	});

	it('organisation page: measures as lead and as partner', async () => {
		const page = await env.browser.newPage();
		await page.goto(env.site.url('/organisation/ubn/'));
		const lead = data.measures.filter((m) => m.lead === 'ubn').length;
		const partner = data.measures.filter((m) => m.partners.includes('ubn')).length;
		expect(await page.locator('li[data-measure]').count()).toBe(lead + partner);
		await page.close();
	});

	it('area page: the key figures of the area and the measures of every committee working on it', async () => {
		const page = await env.browser.newPage();
		await page.goto(env.site.url('/omrade/integration/'));
		expect(await page.locator('svg[data-chart]').count()).toBe(
			data.indicators.filter((i) => i.area === 'integration').length
		);
		const leads = new Set(data.measures.filter((m) => m.area === 'integration').map((m) => m.lead));
		expect(leads.size).toBeGreaterThan(1);
		await page.close();
	});

	it('indicator page: rank among all kommuner labelled as a comparison, targets that use it', async () => {
		const page = await env.browser.newPage();
		await page.goto(env.site.url('/nyckeltal/N02797/'));
		const text = await page.locator('[data-rank]').innerText();
		expect(text).toMatch(/plats \d+ av 290 kommuner år 2022/);
		expect(text).toContain('inte ett mål');
		expect(await page.locator('li[data-target]').count()).toBe(
			data.targets.filter((t) => t.indicator === 'N02797').length
		);
		await page.locator('#gender').selectOption('K');
		await page.waitForURL(/kon=K/);
		expect(await page.locator('h2.chart-title').innerText()).toContain('kvinnor');
		await page.close();
	});

	it('indicator page: the years shown live in the URL', async () => {
		const page = await env.browser.newPage();
		await page.goto(env.site.url('/nyckeltal/N02797/?fran=2015&kon=M'));
		await page.waitForFunction(() => document.querySelector('table[data-table] tbody th')?.textContent === '2015');
		expect(await page.locator('#from').inputValue()).toBe('2015');
		expect(await page.locator('#gender').inputValue()).toBe('M');
		const v = f.index.points('N02797', '1488', 'M').find((p) => p.period === 2015)!.value!;
		expect(await page.locator('.chart .summary').innerText()).toContain(`${formatValue(v, '%', 'sv')} år 2015`);
		await page.close();
	});

	it('indicator page: view changes add up in the address without history entries, and a new page starts from its own', async () => {
		const page = await env.browser.newPage();
		await page.goto(env.site.url('/nyckeltal/N02797/'));
		await page.waitForSelector('html[data-hydrated]');
		const entries = await page.evaluate(() => history.length);
		await page.locator('#gender').selectOption('K');
		await page.waitForURL(/kon=K/);
		await page.locator('#compare').selectOption('1490');
		await page.waitForURL(/jamfor=1490/);
		expect(new URL(page.url()).searchParams.get('kon')).toBe('K');
		await page.locator('svg g[data-series="1490"]').waitFor({ state: 'attached' });
		expect(await page.evaluate(() => history.length)).toBe(entries);
		await page.reload();
		await page.locator('svg g[data-series="1490"]').waitFor({ state: 'attached' });
		expect(await page.locator('#gender').inputValue()).toBe('K');
		// Another key figure is another page: its view is its own address, not this one's.
		await page.locator(`a[href="${BASE}/omrade/unga/"]`).first().click();
		await page.waitForURL(/\/omrade\/unga\/$/);
		await page.goBack();
		await page.waitForURL(/kon=K/);
		await page.locator('svg g[data-series="1490"]').waitFor({ state: 'attached' });
		expect(await page.locator('#gender').inputValue()).toBe('K');
		await page.close();
	});

	it('gaps page lists each gap with a link to what must be fixed', async () => {
		const gaps = f.gaps();
		const page = await env.browser.newPage();
		await page.goto(env.site.url('/uppfoljningsluckor/'));
		for (const kind of ['measure_without_target', 'measure_without_plan', 'project_never_evaluated']) {
			const expected = gaps.filter((g) => g.kind === kind);
			expect(await page.locator(`[data-gap-kind="${kind}"] li[data-gap]`).count()).toBe(expected.length);
		}
		const withoutTarget = gaps.find((g) => g.kind === 'measure_without_target')!;
		expect(
			await page
				.locator(`[data-gap-kind="measure_without_target"] a[href="${BASE}/insats/${withoutTarget.subject.id}/"]`)
				.count()
		).toBe(1);
		expect(foreign(env.browser.requests, env.site.origin)).toEqual([]);
		expect(env.browser.consoleErrors).toEqual([]);
		await page.close();
	});
});
