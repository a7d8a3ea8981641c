/**
 * The education committee's secretary answers the auditors in the browser (Följ upp › Svar på
 * granskningar): the answer to recommendation 3 of the audit of joint work against exclusion among
 * young people, a new action and its status at the annual report, a mistake told at its field, a
 * reload, the preview, a broken file refused; a new audit that has just come in, entered with its
 * recommendation and answered; and the five files exported. Then, once built with
 * them, the audit's page, the committee's page and its report say what was written. Steps of
 * workspace.test.ts, which builds the site once for both its flows.
 */
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { AUDIT_FILES } from '$lib/data/load';
import { axeViolations, type Browser, type Site } from './harness';
import { choose, download, type } from './forms';

export type AuditFiles = Record<(typeof AUDIT_FILES)[number], string>;

const ANSWER = 'Nämnden delar bedömningen.\nEn styrgrupp för samverkan inrättas tillsammans med de andra nämnderna.';
const ACTION = 'Inrätta en gemensam styrgrupp för samverkan mot utanförskap bland unga';
const STATUS = 'Styrgruppen har mötts två gånger och har en plan för 2027.';
const NEW_AUDIT = 'Granskning av feriejobb för unga';
const NEW_RECOMMENDATION = 'Säkerställ att feriejobben följs upp mot nämndens mål.';
const rows = (text: string) => Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;

/** On /folj-upp/granskningar/?namnd=ubn&period=ar-2026, today 2026-11-29. */
export async function answerAnAudit(page: Page, root: string): Promise<AuditFiles> {
	const rec = page.locator('section.ws-item[data-recommendation="g01-3"]');
	expect(await rec.locator('blockquote').first().innerText()).toContain('Stärk den strategiska styrningen');
	expect(await axeViolations(page, 'audit answers ubn')).toEqual([]);
	const answer = rec.locator('[data-answer="g01-3|ubn"]');
	expect(await answer.getAttribute('data-state')).toBe('missing');
	await type(answer.getByLabel('Svar på rekommendationen'), ANSWER);
	await answer.getByLabel('Sammanträdesdatum').fill('2026-03-18');
	await type(answer.getByLabel('Paragraf i protokollet'), '§ 22');
	await expect.poll(() => answer.getAttribute('data-state')).toBe('new');

	await rec.getByRole('button', { name: 'Lägg till en åtgärd' }).click();
	const action = rec.locator('fieldset.ws-action').last();
	const id = (await action.getAttribute('data-action'))!;
	expect(id).toBe('a06');
	// The new action's first field has the focus: the secretary writes straight on.
	await page.keyboard.type(ACTION);
	expect(await action.getByLabel('Vad ska göras').inputValue()).toBe(ACTION);
	await type(action.getByLabel('Ansvarig roll'), 'skolchef');
	await type(action.getByLabel('Klar senast'), 'ar-2027');
	const status = action.locator('fieldset.ws-action-status');
	expect(await status.locator('legend').innerText()).toBe('Status vid Årsbokslut 2026: Inte skriven');
	await choose(status.getByLabel('Status'), 'ongoing');
	await type(status.getByLabel('Kommentar'), STATUS);
	// Dated before the committee decided its answer: said at the date and in the summary, and nothing exports.
	const date = status.getByLabel('Datum');
	await date.fill('2026-02-01');
	await expect.poll(() => date.getAttribute('aria-invalid')).toBe('true');
	expect(await status.locator('.field-error').innerText()).toContain('före svaret beslutades (2026-03-18)');
	const summary = page.locator('.ws-summary');
	expect(await summary.innerText()).toContain('Åtgärd a06, Status');
	expect(await summary.locator('a').first().getAttribute('href')).toBe('#wa-a06-status-date');
	await expect
		.poll(() => page.getByRole('button', { name: 'Exportera audit_action_followups.csv' }).isDisabled())
		.toBe(true);
	expect(await axeViolations(page, 'audit answers with an error')).toEqual([]);
	await date.fill('2026-11-20');
	await expect.poll(() => date.getAttribute('aria-invalid')).toBe(null);

	// A reload loses nothing: the new action is a draft like the answer.
	await page.reload();
	await page.waitForSelector('html[data-hydrated]');
	const again = page.locator('section.ws-item[data-recommendation="g01-3"]');
	await expect.poll(() => again.locator('[data-answer="g01-3|ubn"]').getAttribute('data-state')).toBe('new');
	expect(await again.getByLabel('Svar på rekommendationen').inputValue()).toBe(ANSWER);
	expect(await again.locator('fieldset[data-action="a06"] .ws-action-status').getAttribute('data-state')).toBe('new');

	// The preview shows it as the audit's page will.
	await again.locator('.ws-preview summary').click();
	const preview = again.locator('.ws-preview');
	expect(await preview.innerText()).toContain('Svar från Utbildningsnämnden');
	expect(await preview.locator('[data-action="a06"] .action-status').innerText()).toContain('Pågår');
	expect(await axeViolations(page, 'audit answers preview')).toEqual([]);

	// A file with a status for an action that does not exist is refused, named at its line and column.
	const broken = join(root, 'status.csv');
	writeFileSync(broken, 'action,period,status,comment,date,example\na99,ar-2026,done,,2026-11-01,no\n');
	await page.locator('#ws-import').setInputFiles(broken);
	const outcome = page.locator('.ws-outcome');
	await expect.poll(() => outcome.getAttribute('data-outcome')).toBe('refused');
	expect(await outcome.innerText()).toMatch(/status\.csv, rad 2, kolumn action: ”a99” finns inte/);
	expect(await outcome.innerText()).toContain('Inget ändrades');

	// An audit that has just come in: entered with its recommendation, which is then the committee's to answer.
	await page.getByRole('button', { name: 'Lägg in en ny granskning' }).click();
	const audit = page.locator('section[data-audit="g03"]');
	await expect.poll(() => audit.locator('h3').evaluate((h) => h === document.activeElement)).toBe(true);
	await type(audit.getByLabel('Rapportens titel'), NEW_AUDIT);
	await type(audit.getByLabel('Revisionsbyrå'), 'KPMG');
	await audit.getByRole('group', { name: 'Granskade nämnder' }).getByLabel('Utbildningsnämnden').check();
	await type(
		audit.getByLabel('Revisorernas samlade bedömning'),
		'Den samlade bedömningen är att nämnden delvis följer upp.'
	);
	await audit.getByRole('button', { name: 'Lägg till en rekommendation' }).click();
	await page.keyboard.type(NEW_RECOMMENDATION);
	const fresh = page.locator('section.ws-item[data-recommendation="g03-1"]');
	await expect.poll(() => fresh.count()).toBe(1);
	await type(fresh.getByLabel('Svar på rekommendationen'), 'Uppföljningen av feriejobben redovisas i årsbokslutet.');
	await fresh.getByLabel('Sammanträdesdatum').fill('2026-11-18');
	expect(await axeViolations(page, 'audit answers, a new audit')).toEqual([]);

	const files = {} as AuditFiles;
	for (const f of AUDIT_FILES) files[f] = await download(page, `Exportera ${f}`, join(root, f), f);
	expect(rows(files['audit_answers.csv']).find((r) => r.recommendation === 'g01-3')).toMatchObject({
		organisation: 'ubn',
		comment: ANSWER,
		decided_at: '2026-03-18',
		minutes: '§ 22',
		example: 'no'
	});
	expect(rows(files['audits.csv']).find((r) => r.id === 'g03')).toMatchObject({
		title: NEW_AUDIT,
		firm: 'KPMG',
		committees: 'ubn',
		example: 'no'
	});
	expect(rows(files['recommendations.csv']).find((r) => r.id === 'g03-1')).toMatchObject({
		audit: 'g03',
		text: NEW_RECOMMENDATION,
		committees: 'ubn'
	});
	expect(rows(files['audit_actions.csv']).find((r) => r.id === 'a06')).toMatchObject({
		recommendation: 'g01-3',
		organisation: 'ubn',
		role: 'skolchef',
		due: 'ar-2027'
	});
	expect(rows(files['audit_action_followups.csv']).find((r) => r.action === 'a06')).toMatchObject({
		period: 'ar-2026',
		status: 'ongoing',
		comment: STATUS,
		date: '2026-11-20'
	});
	return files;
}

/** The audit's page, the committee's page and its annual report, built with the exported files. */
export async function seeAuditAnswerPublished(reader: Browser, built: Site) {
	const page = await reader.newPage();
	await page.goto(built.url('/granskningar/g01/'));
	const rec = page.locator('[data-recommendation="g01-3"]');
	expect(await rec.innerText()).toContain('Svar från Utbildningsnämnden');
	expect(await rec.innerText()).toContain('En styrgrupp för samverkan inrättas');
	expect(await rec.locator('[data-action="a06"] .action-status').innerText()).toContain('Pågår');
	expect(await rec.locator('[data-unanswered]').allInnerTexts()).not.toContain('Utbildningsnämnden har inte svarat.');
	await page.goto(built.url('/granskningar/g03/'));
	expect(await page.locator('h1').innerText()).toBe(NEW_AUDIT);
	const fresh = page.locator('[data-recommendation="g03-1"]');
	expect(await fresh.locator('blockquote').innerText()).toBe(NEW_RECOMMENDATION);
	expect(await fresh.innerText()).toContain('Uppföljningen av feriejobben redovisas i årsbokslutet.');
	await page.goto(built.url('/organisation/ubn/'));
	expect(await page.locator('[data-audits] [data-action="a06"]').innerText()).toContain(ACTION);
	await page.goto(built.url('/rapport/ubn/?period=ar-2026'), { waitUntil: 'networkidle' });
	await page.waitForSelector('html[data-hydrated]');
	const report = await page.locator('main').innerText();
	expect(report).toContain(ACTION);
	expect(report).toContain(STATUS);
	await page.close();
}
