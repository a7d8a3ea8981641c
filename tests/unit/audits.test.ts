/**
 * The audits wing: the demo carries Trollhättan's two real audits (recommendations quoted), the
 * committees' answers and actions as examples; where each recommendation and action stands (answered,
 * done, overdue, never followed up); and every kind of bad input named at its file, line and column.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_FILES, loadDataset, type DataFile } from '$lib/data/load';
import { describeProblem } from '$lib/data/problems';
import { FollowUp } from '$lib/followup/followup';
import { auditFollowUpPage, auditGaps, auditPage, auditsPage, committeeAudits, answersTo } from '$lib/audits/views';
import { recommendationStates } from '$lib/audits/status';

const TODAY = '2026-11-29';
const files = () =>
	Object.fromEntries(DATA_FILES.map((f) => [f, readFileSync(`data/${f}`, 'utf8')])) as Record<DataFile, string>;
const load = (change: Partial<Record<DataFile, (text: string) => string>> = {}) => {
	const texts = files();
	for (const [f, fn] of Object.entries(change)) texts[f as DataFile] = fn!(texts[f as DataFile]);
	return loadDataset(texts, { today: TODAY });
};
const followUp = () => new FollowUp(load().dataset!, new Date(`${TODAY}T00:00:00Z`));
const at = (problems: ReturnType<typeof load>['problems']) =>
	problems
		.filter((p) => p.kind !== 'org_number_missing')
		.map((p) => `${p.file.replace('data/', '')} ${p.line} ${p.column} ${p.kind}`);
const lines = (f: DataFile) => files()[f].trimEnd().split('\n').length;

describe("the demo's audits", () => {
	it("are Trollhättan's two audits by EY, their recommendations quoted as the reports word them", () => {
		const seeds = ['000_d41051f6928c810d.txt', '001_f15778b1dd09b2e4.txt'].map((f) => {
			try {
				return readFileSync(`../shared/seeds/${f}`, 'utf8');
			} catch {
				return null; // a clone without ../shared: the quotes are checked where the seeds are
			}
		});
		const f = followUp();
		expect(f.data.audits.audits.map((a) => [a.id, a.firm, a.committees.join(';')])).toEqual([
			['g01', 'EY', 'asn;kfn;ubn'],
			['g02', 'EY', 'ks']
		]);
		expect(f.data.audits.recommendations.filter((r) => r.audit === 'g01')).toHaveLength(3);
		expect(f.data.audits.recommendations.filter((r) => r.audit === 'g02')).toHaveLength(4);
		if (seeds.every((s) => s !== null)) {
			const text = seeds.join('\n').replace(/\s+/g, ' ');
			for (const r of f.data.audits.recommendations) expect(text, r.id).toContain(r.text);
			for (const a of f.data.audits.audits) expect(text, a.id).toContain(a.assessment);
		}
		// The answers, actions and statuses are examples, and marked so.
		expect(f.data.audits.answers.every((a) => a.example)).toBe(true);
		expect(f.data.audits.actions.every((a) => a.example)).toBe(true);
		expect(f.data.audits.audits.every((a) => !a.example)).toBe(true);
	});

	it('each recommendation is answered or not, each action done, under way, overdue or never followed up', () => {
		const f = followUp();
		const states = recommendationStates(f.data.audits, TODAY);
		const state = (id: string) => states.find((s) => s.recommendation.id === id)!;
		// g01-1: asn and kfn answered, ubn not; a01 done, a03 not started and past 30 June 2025.
		expect(state('g01-1').unanswered).toEqual(['ubn']);
		expect(state('g01-1').open).toBe(true);
		const a01 = state('g01-1').actions.find((a) => a.action.id === 'a01')!;
		expect([a01.latest?.status, a01.overdue]).toEqual(['done', false]);
		const a03 = state('g01-1').actions.find((a) => a.action.id === 'a03')!;
		expect([a03.latest?.status, a03.overdue, a03.dueDay]).toEqual(['not_started', true, '2025-06-30']);
		// a02 is due at the delårsrapport 2026 (31 August): its latest status is that report's, still under way.
		const a02 = state('g01-2').actions[0]!;
		expect([a02.latest?.period, a02.latest?.status, a02.dueDay, a02.overdue]).toEqual([
			'delar-2026',
			'ongoing',
			'2026-08-31',
			true
		]);
		// a05 has never been followed up; g02-3 and g02-4 have no answer at all.
		expect(state('g02-2').actions[0]!.latest).toBeNull();
		expect(state('g02-3').unanswered).toEqual(['ks']);
		const gaps = auditGaps(f, 'sv');
		expect(gaps.unanswered.map((r) => r.id)).toEqual(['g01-1', 'g01-2', 'g01-3', 'g02-3', 'g02-4']);
		expect(gaps.overdue.map((a) => a.id).sort()).toEqual(['a02', 'a03', 'a04']);
		expect(gaps.never.map((a) => a.id)).toEqual(['a05']);
		expect(gaps.counts).toMatchObject({
			recommendations: 7,
			open: 7,
			actions: 5,
			done: 1,
			overdue: 3,
			neverFollowedUp: 1
		});
	});

	it('the pages: all audits, one audit, a committee’s part, a measure and a target that answer, and the annual table as of a year', () => {
		const f = followUp();
		const list = auditsPage(f, 'sv');
		expect(list.audits.map((a) => a.counts.recommendations)).toEqual([3, 4]);
		expect(list.examples).toBe(true);
		const page = auditPage(f, 'g01', 'sv')!;
		expect(page.recommendations.map((r) => r.n)).toEqual([1, 2, 3]);
		const a03 = page.recommendations[0]!.actions.find((a) => a.id === 'a03')!;
		expect([a03.statusText, a03.due, a03.overdue]).toEqual(['Ej påbörjad', '2025-06-30', true]);
		expect(page.recommendations[1]!.actions[0]!.due).toBe('Delårsrapport augusti 2026');
		expect(auditPage(f, 'okänd', 'sv')).toBeNull();
		const kfn = committeeAudits(f, 'kfn', 'sv');
		expect(kfn.recommendations.map((r) => r.id)).toEqual(['g01-1', 'g01-2', 'g01-3']);
		expect(kfn.recommendations[0]!.actions.map((a) => a.id)).toEqual(['a03']);
		expect(kfn.recommendations[1]!.unanswered).toEqual(['Kultur- och fritidsnämnden']);
		expect(answersTo(f, 'measure', 'm02', 'sv').map((r) => r.id)).toEqual(['g01-1', 'g01-2']);
		expect(answersTo(f, 'target', 't08', 'sv').map((r) => r.id)).toEqual(['g02-1']);
		// As of 31 December 2025 a01 was done and a02 under way; the 2026 status of a02 is not yet there.
		const y2025 = auditFollowUpPage(f, 2025, 'sv');
		const row = (id: string) => y2025.rows.find((r) => r.id === id)!;
		expect(row('g01-2').actions[0]!.history).toHaveLength(1);
		expect(row('g01-1').actions.find((a) => a.id === 'a01')!.status).toBe('done');
		const en = auditPage(f, 'g02', 'en')!;
		expect(en.audit.title).toBe('Audit of the steering and follow-up of integration work');
		expect(en.recommendations[0]!.answers[0]!.decided).toContain('Decided by');
	});
});

describe('bad input is named at its file, line and column, and nothing is published', () => {
	it('an unknown committee, an action without a due or a role, a status for no action, a status before the answer, two statuses in one report', () => {
		const { dataset, problems } = load({
			'recommendations.csv': (t) => t.trimEnd() + '\ng02-5,g02,Ny rekommendation.,ksx,,\n',
			'audit_actions.csv': (t) =>
				t.trimEnd() +
				'\na06,g01-1,asn,Något,,2026-12-31,yes\na07,g01-1,asn,Något annat,strateg,snart,yes\na08,g01-1,asn,Ett tredje,strateg,2026-13-01,yes\n',
			'audit_action_followups.csv': (t) =>
				t.trimEnd() +
				'\na99,ar-2025,done,,2025-12-20,yes\na04,ar-2025,ongoing,,2025-12-16,yes\na03,ar-2024,ongoing,,2024-12-10,yes\na05,ar-2026,not_relevant,,2026-11-01,yes\n',
			'audit_answers.csv': (t) => t.trimEnd() + '\ng02-1,asn,Svar från fel nämnd.,,2025-05-01,,yes\n'
		});
		expect(dataset).toBeNull();
		const rec = lines('recommendations.csv');
		const act = lines('audit_actions.csv');
		const fu = lines('audit_action_followups.csv');
		const ans = lines('audit_answers.csv');
		expect(at(problems).sort()).toEqual(
			[
				`recommendations.csv ${rec + 1} committees unknown_reference`,
				`audit_actions.csv ${act + 1} role required`,
				`audit_actions.csv ${act + 2} due not_a_due`,
				`audit_actions.csv ${act + 3} due not_a_due`,
				`audit_action_followups.csv ${fu + 1} action unknown_reference`,
				`audit_action_followups.csv ${fu + 2} period duplicate_key`,
				`audit_action_followups.csv ${fu + 3} date followup_before_answer`,
				`audit_action_followups.csv ${fu + 4} comment reason_needed`,
				`audit_answers.csv ${ans + 1} organisation answer_not_addressed`
			].sort()
		);
		const said = problems.map((p) => describeProblem(p, 'sv')).join('\n');
		expect(said).toContain('”snart” är ingen tidpunkt');
		expect(said).toContain('före svaret beslutades (2025-03-18)');
		expect(said).toContain('Rekommendationen riktar sig inte till ”asn” utan till ks');
	});

	it('a municipality that sets Följupp up starts with no audits: the files may be left out', () => {
		const texts = files();
		for (const f of [
			'audits.csv',
			'recommendations.csv',
			'audit_answers.csv',
			'audit_actions.csv',
			'audit_action_followups.csv'
		] as const)
			delete (texts as Partial<Record<DataFile, string>>)[f];
		const { dataset, problems } = loadDataset(texts, { today: TODAY });
		expect(at(problems)).toEqual([]);
		expect(dataset!.audits.audits).toEqual([]);
		const f = new FollowUp(dataset!, new Date(`${TODAY}T00:00:00Z`));
		expect(auditGaps(f, 'sv').any).toBe(false);
		expect(auditsPage(f, 'sv').audits).toEqual([]);
	});
});

describe("the auditors' table and the committee report, page, print and Word from one outline", () => {
	it('the annual table has a row per recommendation, each status as it stood then, and a blank column for the auditors', async () => {
		const { auditFollowUpOutline } = await import('$lib/report/audit-outline');
		const f = followUp();
		const page = auditFollowUpPage(f, 2025, 'sv');
		const outline = auditFollowUpOutline(page, page.asOf, 'sv');
		expect(outline.title).toBe('Uppföljning av tidigare granskningar 2025');
		const table = outline.blocks.find((b) => b.kind === 'table')!;
		if (table.kind !== 'table') throw new Error('no table');
		expect(table.head.at(-1)).toBe('Revisorernas bedömning');
		expect(table.rows).toHaveLength(7);
		const g012 = table.rows.find((r) => r.id === 'g01-2')!;
		// As of 31 December 2025: a02 under way and not yet due (the delårsrapport 2026).
		// With what the committee said at that report.
		expect(g012.cells[4]!.text).toBe('◐ Pågår: Mallen för uppföljningsplan används i två nya insatser.');
		const g011 = table.rows.find((r) => r.id === 'g01-1')!;
		expect(g011.cells[2]!.text).toContain('Utbildningsnämnden har inte svarat.');
		expect(g011.cells[4]!.text.split('\n')).toEqual([
			'✓ Genomförd: Beskrivningen antogs av de tre nämnderna i november.',
			'○ Ej påbörjad, efter sitt datum'
		]);
		expect(g011.cells.at(-1)!.text).toBe('Åtgärdad · Delvis åtgärdad · Ej åtgärdad');
		// The Word file holds the same table, each line a paragraph.
		const { reportDocx } = await import('$lib/report/docx');
		const { unzipSync, strFromU8 } = await import('fflate');
		const blob = await reportDocx(outline);
		const xml = strFromU8(unzipSync(new Uint8Array(await blob.arrayBuffer()))['word/document.xml']!);
		expect(xml).toContain('Revisorernas bedömning');
		expect(xml).toContain('○ Ej påbörjad, efter sitt datum');
	});

	it("a committee's report has the recommendations addressed to it, with statuses as of the report's day", async () => {
		const { auditPart } = await import('$lib/report/audit-outline');
		const f = followUp();
		const blocks = auditPart(committeeAudits(f, 'asn', 'sv').recommendations, '2025-08-31', 'sv');
		const group = blocks[0]!;
		if (group.kind !== 'group') throw new Error('no part');
		const table = group.blocks.find((b) => b.kind === 'table')!;
		if (table.kind !== 'table') throw new Error('no table');
		expect(table.rows.map((r) => r.id)).toEqual(['g01-1', 'g01-2', 'g01-3']);
		// On 31 August 2025 a01 was under way (its status of 20 August), not yet done.
		expect(table.rows[0]!.cells[4]!.text.split('\n')[0]).toBe(
			'◐ Pågår: Ett första utkast har diskuterats med de andra förvaltningarna.'
		);
		expect(auditPart([], '2025-08-31', 'sv')).toEqual([]);
	});
});
