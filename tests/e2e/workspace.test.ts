/**
 * "Följ upp", as a committee secretary uses it: the August follow-up written with the keyboard for
 * one committee, kept across a reload, exported; another committee's secretary writes theirs in
 * another browser, reads the first file in (and a broken one, which changes nothing) and exports
 * one file holding both. After a build with that file, the measure page, the target page, the
 * printed report (PDF text) and the Word file say what the committees wrote; and, from the audits
 * page of the workspace (./workspace-audits.ts), the audit's page, the committee's page and its
 * report say how the committee answered the auditors. Axe on every state.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { choose, download, type } from './forms';
import { answerAnAudit, seeAuditAnswerPublished, type AuditFiles } from './workspace-audits';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, BASE, foreign, launch, serveBuild, type Browser, type Site } from './harness';

const TODAY = '2026-11-29';
const root = mkdtempSync(join(tmpdir(), 'foljupp-workspace-'));
const rows = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
const published = rows(readFileSync('data/followups.csv', 'utf8'));

let site: Site;
let first: Browser;
let second: Browser;
beforeAll(async () => {
	site = await serveBuild();
	first = await launch();
	second = await launch();
});
afterAll(async () => {
	await first?.close();
	await second?.close();
	await site?.close();
});

async function open(b: Browser, path: string): Promise<Page> {
	const page = await b.newPage();
	// The workspace dates a follow-up today and lists the reports around today: a fixed day keeps the test still.
	await page.clock.setFixedTime(new Date(`${TODAY}T12:00:00`));
	await page.goto(site.url(path));
	await page.waitForSelector('html[data-hydrated]');
	return page;
}

const ANALYSIS =
	'Fler familjer än väntat har sökt sig till familjecentralen.\nVäntetiden är nu under två veckor.\n\nNämnden bedömer att insatsen når rätt familjer.';
const TARGET_ANALYSIS = 'Behörigheten sjönk 2022 men skolornas egna mätningar visar en vändning under våren.';

describe('a committee writes its follow-up in the browser', () => {
	let fileA = '';
	let fileB = '';
	let auditFiles: AuditFiles | null = null;

	it('writes the August follow-up with the keyboard; the check runs as it types; a reload keeps the draft', async () => {
		const page = await open(first, '/folj-upp/');
		await choose(page.locator('#ws-committee'), 'asn');
		await choose(page.locator('#ws-report'), 'delar-2026');
		// The address keeps the choice: a reload or a link opens the same committee.
		await expect.poll(() => new URL(page.url()).search).toBe('?namnd=asn&period=delar-2026');
		await expect.poll(() => page.locator('.ws-progress').getAttribute('data-done')).toBe('5');
		expect(await axeViolations(page, 'workspace asn')).toEqual([]);

		const item = page.locator('section[data-key="measure|m03|2026H1"]');
		expect(await item.getAttribute('data-state')).toBe('missing');
		// Beside the form, what the key figures already say.
		expect(await item.locator('.ws-figures [data-status]').count()).toBeGreaterThan(0);
		await choose(item.getByLabel('Nämndens bedömning'), 'on_track');
		await type(item.getByLabel('Analys'), ANALYSIS);
		await type(item.getByLabel('Vad har gjorts'), 'Öppet hus varje tisdag; samverkan med mödravården.');
		await type(item.getByLabel('Åtgärder framåt'), 'Utöka öppettiderna i januari.');
		// The role starts from the measure's last follow-up; emptied, the same check as check-data says it must be filled in.
		const role = item.getByLabel('Rapporterande roll');
		expect(await role.inputValue()).not.toBe('');
		await type(role, '');
		await expect.poll(() => role.getAttribute('aria-invalid')).toBe('true');
		expect(await item.locator('.field-error').first().innerText()).toContain('Fyll i fältet');
		expect(await page.locator('.ws-summary').innerText()).toContain('Fyll i');
		await expect.poll(() => page.getByRole('button', { name: 'Exportera followups.csv' }).isDisabled()).toBe(true);
		expect(await axeViolations(page, 'workspace with an error')).toEqual([]);
		await type(role, 'enhetschef familjecentral');
		await type(item.getByLabel('Paragraf i protokollet'), '§ 140');
		await expect.poll(() => role.getAttribute('aria-invalid')).toBe(null);
		expect(await item.getAttribute('data-state')).toBe('new');

		// A reload (or a crashed tab) loses nothing.
		await page.reload();
		await page.waitForSelector('html[data-hydrated]');
		const again = page.locator('section[data-key="measure|m03|2026H1"]');
		await expect.poll(() => again.getAttribute('data-state')).toBe('new');
		expect(await again.getByLabel('Analys').inputValue()).toBe(ANALYSIS);
		expect(await again.getByLabel('Nämndens bedömning').inputValue()).toBe('on_track');
		await expect.poll(() => page.locator('.ws-progress').getAttribute('data-done')).toBe('6');

		// The preview shows it as the measure page and the report will.
		await again.locator('.ws-preview summary').click();
		const preview = again.locator('.ws-preview');
		expect(await preview.locator('.prose').first().innerText()).toBe(ANALYSIS);
		expect(await preview.innerText()).toContain('I delårsrapport augusti 2026');
		expect(await axeViolations(page, 'workspace preview')).toEqual([]);

		fileA = await download(page, 'Exportera followups.csv', join(root, 'a.csv'));
		expect(foreign(first.requests, site.origin)).toEqual([]);
		await page.close();
	}, 120_000);

	it('exports every published record and the new one, in the repository format', () => {
		const written = rows(fileA);
		expect(fileA.startsWith('measure,target,period,assessment,')).toBe(true);
		expect(fileA).not.toContain('\r');
		for (const r of published) expect(written).toContainEqual(r);
		const mine = written.find((r) => r.measure === 'm03' && r.period === '2026H1')!;
		expect(mine).toMatchObject({
			assessment: 'on_track',
			analysis: ANALYSIS,
			role: 'enhetschef familjecentral',
			date: TODAY,
			minutes: '§ 140',
			example: 'no'
		});
		expect(written.length).toBe(published.length + 1);
	});

	it('another committee writes its own, reads the first file in (a broken file changes nothing) and exports both', async () => {
		const page = await open(second, '/folj-upp/?namnd=ubn&period=delar-2026');
		const item = page.locator('section[data-key="target|t12|delar-2026"]');
		await expect.poll(() => item.getAttribute('data-state')).toBe('missing');
		await choose(item.getByLabel('Nämndens bedömning'), 'at_risk');
		await type(item.getByLabel('Analys'), TARGET_ANALYSIS);
		await type(item.getByLabel('Rapporterande roll'), 'verksamhetschef grundskola');

		// A broken file: a word not in the list and a date after today, named by line and column.
		const broken = join(root, 'trasig.csv');
		writeFileSync(
			broken,
			fileA.replace('m03,,2026H1,on_track', 'm03,,2026H1,jättebra').replace(`,${published[0]!.date},`, ',2027-01-01,')
		);
		await page.locator('#ws-import').setInputFiles(broken);
		const outcome = page.locator('.ws-outcome');
		await expect.poll(() => outcome.getAttribute('data-outcome')).toBe('refused');
		const said = await outcome.innerText();
		expect(said).toMatch(/trasig\.csv, rad \d+, kolumn assessment/);
		expect(said).toMatch(/trasig\.csv, rad \d+, kolumn date/);
		expect(said).toContain('Inget ändrades');
		expect(await page.locator('section[data-key="measure|m03|2026H1"]').count()).toBe(0);
		expect(await axeViolations(page, 'import refused')).toEqual([]);

		const good = join(root, 'nämnd-a.csv');
		copyFileSync(join(root, 'a.csv'), good);
		await page.locator('#ws-import').setInputFiles(good);
		await expect.poll(() => outcome.getAttribute('data-outcome')).toBe('merged');
		expect(await outcome.innerText()).toContain('1 ny rad lades till som utkast');
		expect(await outcome.locator('[data-conflict]').count()).toBe(0);

		fileB = await download(page, 'Exportera followups.csv', join(root, 'b.csv'));
		const written = rows(fileB);
		for (const r of published) expect(written).toContainEqual(r);
		expect(written.find((r) => r.measure === 'm03' && r.period === '2026H1')?.analysis).toBe(ANALYSIS);
		expect(written.find((r) => r.target === 't12' && r.period === 'delar-2026')?.analysis).toBe(TARGET_ANALYSIS);
		expect(written.length).toBe(published.length + 2);

		// The same file again is no change; a changed row is a conflict the secretary decides.
		const changed = join(root, 'ändrad.csv');
		writeFileSync(changed, fileB.replace(TARGET_ANALYSIS, 'En annan text.'));
		await page.locator('#ws-import').setInputFiles(changed);
		await expect.poll(() => outcome.locator('[data-conflict]').count()).toBe(1);
		expect(await outcome.locator('[data-conflict]').innerText()).toContain('analysis');
		expect(await axeViolations(page, 'import conflict')).toEqual([]);
		await outcome.getByRole('button', { name: 'Behåll min' }).click();
		expect(await item.getByLabel('Analys').inputValue()).toBe(TARGET_ANALYSIS);

		// One Excel workbook of every file; ExcelJS is fetched only when asked for.
		const large = (u: string) => {
			const path = new URL(u).pathname.slice(BASE.length);
			return path.startsWith('/_app/') && path.endsWith('.js') && statSync(join('build', path)).size > 500_000;
		};
		const before = new Set(second.requests);
		expect([...before].filter(large)).toEqual([]);
		const [x] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Exportera allt som Excel-arbetsbok (.xlsx)' }).click()
		]);
		expect(x.suggestedFilename()).toBe('foljupp.xlsx');
		expect(second.requests.filter((u) => !before.has(u)).filter(large).length).toBe(1);
		const { default: ExcelJS } = await import('exceljs');
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.readFile((await x.path())!);
		const sheet = wb.getWorksheet('Uppföljningar')!;
		const header = (sheet.getRow(1).values as string[]).slice(1);
		const t12 = sheet
			.getRows(2, sheet.rowCount - 1)!
			.find(
				(r) =>
					r.getCell(header.indexOf('target') + 1).value === 't12' &&
					r.getCell(header.indexOf('period') + 1).value === 'delar-2026'
			)!;
		expect(t12.getCell(header.indexOf('analysis') + 1).value).toBe(TARGET_ANALYSIS);
		// Edited in Excel and read back in: the changed row is a conflict; taking the workbook's changes the form.
		t12.getCell(header.indexOf('next') + 1).value = 'Från Excel.';
		const book = join(root, 'arbetsbok.xlsx');
		await wb.xlsx.writeFile(book);
		await page.locator('#ws-import').setInputFiles(book);
		await expect.poll(() => outcome.locator('[data-conflict]').count()).toBe(1);
		expect(await outcome.innerText()).toContain('arbetsbok.xlsx är inläst');
		await outcome.getByRole('button', { name: 'Ta filens' }).click();
		await expect.poll(() => item.getByLabel('Åtgärder framåt').inputValue()).toBe('Från Excel.');
		expect(foreign(second.requests, site.origin)).toEqual([]);
		await page.close();
	}, 120_000);

	it("the education committee's secretary answers an audit, adds an action and its status, and exports the files", async () => {
		const page = await open(first, '/folj-upp/granskningar/?namnd=ubn&period=ar-2026');
		auditFiles = await answerAnAudit(page, root);
		expect(foreign(first.requests, site.origin)).toEqual([]);
		await page.close();
	}, 120_000);

	it('adds a measure and its target: pickers, the baseline read from the published values, exported as the files', async () => {
		const page = await open(first, '/folj-upp/insatser-och-mal/');
		await page.getByRole('button', { name: 'Ny insats' }).click();
		const measure = page.locator('section.ws-item[data-key="m12"]');
		await expect.poll(() => measure.locator('h3').evaluate((h) => h === document.activeElement)).toBe(true);
		expect(await measure.getByLabel('Id', { exact: true }).inputValue()).toBe('m12');
		await type(measure.getByLabel('Namn', { exact: true }), 'Sommarjobb för unga');
		await type(
			measure.getByLabel('Beskrivning', { exact: true }),
			'Sommarjobb hos kommunen och föreningar för unga 16–19 år.'
		);
		await choose(measure.getByLabel('Ansvarig nämnd', { exact: true }), 'asn');
		await choose(measure.getByLabel('Område', { exact: true }), 'unga');
		await measure.getByRole('checkbox', { name: 'Utbildningsnämnden' }).check();
		await choose(measure.getByLabel('Följs upp', { exact: true }), 'half');
		await measure.getByLabel('Följs upp från', { exact: true }).fill('2026-01-01');
		await type(
			measure.getByLabel('Hur insatsen följs upp', { exact: true }),
			'Andel som går vidare till arbete eller studier, i delårsrapport och årsbokslut.'
		);
		await expect.poll(() => measure.locator('.field-error').count()).toBe(0);
		expect(await axeViolations(page, 'new measure')).toEqual([]);

		await page.getByRole('button', { name: 'Nytt effektmål' }).click();
		const target = page.locator('section.ws-item[data-key="t14"]');
		await choose(target.getByLabel('Ansvarig nämnd', { exact: true }), 'asn');
		await choose(target.getByLabel('Insats som målet följer upp', { exact: true }), 'm12');
		await choose(target.getByLabel('Nyckeltal', { exact: true }), 'N03926');
		await expect.poll(() => target.getByLabel('Utgångsår', { exact: true }).isEnabled()).toBe(true);
		await choose(target.getByLabel('Utgångsår', { exact: true }), '2019');
		// The baseline is the published value (Kolada's 5.502872 for Trollhättan 2019), with its source.
		await expect.poll(() => target.locator('.ws-baseline').innerText()).toContain('Utgångsvärde: 5,5');
		expect(await target.locator('.ws-baseline').innerText()).toContain('N03926, 2019');
		await type(target.getByLabel('Målvärde', { exact: true }), '4,2');
		await type(target.getByLabel('Målår', { exact: true }), '2028');
		await type(target.getByLabel('Beslutad av', { exact: true }), 'Kommunfullmäktige');
		await expect.poll(() => target.locator('.field-error').count()).toBe(0);
		expect(await axeViolations(page, 'new target')).toEqual([]);

		const measures = rows(await download(page, 'Exportera measures.csv', join(root, 'measures.csv'), 'measures.csv'));
		expect(measures.at(-1)).toMatchObject({
			id: 'm12',
			lead: 'asn',
			partners: 'ubn',
			area: 'unga',
			followup_every: 'half',
			followup_from: '2026-01-01',
			example: 'no'
		});
		const targets = rows(await download(page, 'Exportera targets.csv', join(root, 'targets.csv'), 'targets.csv'));
		expect(targets.at(-1)).toMatchObject({
			id: 't14',
			measure: 'm12',
			indicator: 'N03926',
			municipality: '1488',
			gender: 'T',
			baseline_period: '2019',
			baseline_value: '5.502872',
			target_value: '4.2',
			target_period: '2028'
		});
		// Not part of the build below: these drafts stay in this browser.
		await page.close();
	}, 120_000);

	describe('published: built with the exported file', () => {
		let built: Site;
		let reader: Browser;
		beforeAll(async () => {
			const data = join(root, 'data');
			cpSync('data', data, { recursive: true });
			writeFileSync(join(data, 'followups.csv'), fileB);
			for (const [f, text] of Object.entries(auditFiles ?? {})) writeFileSync(join(data, f), text);
			const env = {
				...process.env,
				FOLJUPP_DATA: data,
				BUILD_DIR: join(root, 'build'),
				BASE_PATH: '/uppfoljning',
				FOLJUPP_TODAY: TODAY
			};
			const run = (args: string[]) =>
				execFileSync(args[0]!, args.slice(1), { env, encoding: 'utf8', stdio: 'pipe', timeout: 600_000 });
			run(['npx', 'tsx', 'scripts/check-data.ts']);
			run(['npx', 'vite', 'build']);
			built = await serveBuild(join(root, 'build'));
			reader = await launch();
		}, 600_000);
		afterAll(async () => {
			await reader?.close();
			await built?.close();
		});

		it('the measure page shows the record in its history, line breaks kept', async () => {
			const page = await reader.newPage();
			await page.goto(built.url('/insats/m03/'));
			const record = page.locator('[data-history] .followup-record[data-period="2026H1"]');
			expect(await record.locator('.prose').first().innerText()).toBe(ANALYSIS);
			expect(await record.locator('[data-status]').getAttribute('data-status')).toBe('on_track');
			expect(await record.innerText()).toContain('enhetschef familjecentral');
			// Newest first.
			expect(await page.locator('[data-history] .followup-record').first().getAttribute('data-period')).toBe('2026H1');
			await page.close();
		});

		it("the target page shows the committee's assessment beside the key figures' status", async () => {
			const page = await reader.newPage();
			await page.goto(built.url('/mal/t12/'));
			const box = page.locator('.assessment-compare');
			expect(await box.innerText()).toContain('Nämnden bedömer');
			expect(await box.innerText()).toContain('Risk');
			expect(await box.innerText()).toContain('Nyckeltalen visar');
			expect(await page.locator('main').innerText()).toContain(TARGET_ANALYSIS);
			await page.close();
		});

		it("the audit's page, the committee's page and its report show the answer, the action and its status", async () => {
			expect(auditFiles).not.toBeNull();
			await seeAuditAnswerPublished(reader, built);
		});

		it('the printed report and the Word file carry the follow-up text', async () => {
			const { unzipSync, strFromU8 } = await import('fflate');
			const page = await reader.newPage();
			await page.goto(built.url('/rapport/asn/?period=delar-2026'), { waitUntil: 'networkidle' });
			await page.waitForSelector('html[data-hydrated]');
			expect(await page.locator('main').innerText()).toContain('Väntetiden är nu under två veckor.');
			const pdf = join(root, 'asn.pdf');
			writeFileSync(pdf, await page.pdf({ format: 'A4' }));
			const text = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
			if (text.status === 0) expect(text.stdout.replace(/\s+/g, ' ')).toContain('Väntetiden är nu under två veckor.');
			const [d] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('button', { name: 'Ladda ner som Word (.docx)' }).click()
			]);
			const xml = strFromU8(unzipSync(new Uint8Array(readFileSync((await d.path())!)))['word/document.xml']!);
			expect(xml.replace(/<[^>]+>/g, '')).toContain('Väntetiden är nu under två veckor.');
			// Each line of the prose is its own line in Word too.
			expect(xml).toMatch(/familjecentralen\.<\/w:t><\/w:r><w:r>(<w:rPr>.*?<\/w:rPr>)?<w:br\/>/);
			await page.goto(built.url('/rapport/ubn/?period=delar-2026'), { waitUntil: 'networkidle' });
			expect(await page.locator('main').innerText()).toContain(TARGET_ANALYSIS);
			await page.close();
		}, 120_000);
	});
});
