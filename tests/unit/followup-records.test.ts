/**
 * The committees' follow-up records: periods and the report each is told in, which follow-ups are
 * due for a report, a subject's history, and the checks of data/followups.csv (by line and column,
 * with the same messages as every other file).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_FILES, loadDataset, type DataFile } from '$lib/data/load';
import type { Dataset, FollowUpRecord, Measure, Target } from '$lib/model/model';
import { parsePeriod, parseReportPeriod, periodsBetween, reportOf } from '$lib/model/periods';
import { describeProblem, formatProblem } from '$lib/data/problems';
import { FollowUpRecords, progress } from '$lib/followup/records';

const files = () =>
	Object.fromEntries(DATA_FILES.map((f) => [f, readFileSync(`data/${f}`, 'utf8')])) as Record<DataFile, string>;
const TODAY = '2026-11-29';

describe('periods', () => {
	it('reads each kind in its canonical spelling and nothing else', () => {
		expect(parsePeriod('2025H2')).toMatchObject({ kind: 'half', year: 2025, index: 2, from: 7, to: 12 });
		expect(parsePeriod('VT2026')).toMatchObject({ kind: 'term', index: 1, from: 1, to: 6 });
		expect(parsePeriod('2026T2')).toMatchObject({ kind: 'tertial', from: 5, to: 8 });
		expect(parsePeriod('2026Q3')).toMatchObject({ kind: 'quarter', from: 7, to: 9 });
		expect(parsePeriod('2026-03')).toMatchObject({ kind: 'month', index: 3 });
		for (const bad of ['2025H3', 'H1 2025', '2025-13', 'VT26', '2025T4', '']) expect(parsePeriod(bad), bad).toBeNull();
	});

	it('a period is told in the delårsrapport when it ends by August, else in the årsbokslut', () => {
		const report = (code: string) => {
			const r = reportOf(parsePeriod(code)!);
			return `${r.kind}-${r.year}`;
		};
		expect(report('2026H1')).toBe('delar-2026');
		expect(report('VT2026')).toBe('delar-2026');
		expect(report('2026T2')).toBe('delar-2026');
		expect(report('2026Q2')).toBe('delar-2026');
		expect(report('2026Q3')).toBe('ar-2026');
		expect(report('HT2026')).toBe('ar-2026');
		expect(report('2026')).toBe('ar-2026');
		expect(periodsBetween('half', '2025-06-30', '2026-06-29').map((p) => p.code)).toEqual(['2025H1', '2025H2']);
	});
});

const measure = (id: string, every: Measure['followup_every'], from: string, end: string | null = null): Measure => ({
	id,
	title: id,
	title_en: null,
	description: '',
	description_en: null,
	lead: 'n1',
	partners: [],
	area: 'a',
	focus_area: null,
	kind: 'project',
	start: from,
	end,
	status: 'ongoing',
	followup_plan: 'plan',
	followup_plan_en: null,
	followup_every: every,
	followup_from: from,
	last_followup: null,
	example: false
});
const target = (id: string, decided: string, targetYear: number): Target => ({
	id,
	measure: null,
	organisation: 'n2',
	indicator: 'N1',
	municipality: '1488',
	gender: 'T',
	baseline_period: 2020,
	baseline_value: 1,
	target_value: 2,
	target_period: targetYear,
	decided_by: 'KF',
	decided_at: decided,
	example: false
});
const record = (subject: { measure?: string; target?: string }, period: string, date: string): FollowUpRecord => ({
	measure: subject.measure ?? null,
	target: subject.target ?? null,
	period,
	assessment: 'on_track',
	analysis: null,
	done: null,
	next: null,
	results: null,
	role: 'chef',
	date,
	decided_by: null,
	decided_at: null,
	minutes: null,
	example: false
});

describe('what is due', () => {
	const data: Pick<Dataset, 'measures' | 'targets' | 'followups'> = {
		measures: [
			measure('half', 'half', '2025-03-01'),
			measure('term', 'term', '2025-08-01', '2026-06-30'),
			measure('none', null, '2025-01-01')
		],
		targets: [target('t', '2025-05-01', 2025)],
		followups: [
			record({ measure: 'half' }, '2025H1', '2025-08-20'),
			record({ measure: 'half' }, '2025H2', '2026-02-01'),
			record({ target: 't' }, 'delar-2025', '2025-09-01')
		]
	};
	const records = new FollowUpRecords(data, TODAY);
	const due = (code: string) =>
		records.dueFor(parseReportPeriod(code)!).map((d) => `${d.subject.id} ${d.period} ${d.record ? 'done' : 'missing'}`);

	it("each measure's own rhythm, from its start to its end, and each target from its decision to the report after its year", () => {
		expect(due('delar-2025')).toEqual(['half 2025H1 done', 't delar-2025 done']);
		expect(due('ar-2025')).toEqual(['half 2025H2 done', 'term HT2025 missing', 't ar-2025 missing']);
		expect(due('delar-2026')).toEqual(['half 2026H1 missing', 'term VT2026 missing', 't delar-2026 missing']);
		// The term measure has ended; a target is followed up until the report after its target year.
		expect(due('ar-2026')).toEqual(['half 2026H2 missing', 't ar-2026 missing']);
		expect(due('delar-2027')).toEqual(['half 2027H1 missing']);
		expect(progress(records.dueFor(parseReportPeriod('ar-2025')!))).toEqual({ done: 1, total: 3 });
	});

	it('the latest due is the latest period whose report day has passed; the next, the first whose has not', () => {
		expect(records.latestReport()).toMatchObject({ kind: 'delar', year: 2026 });
		expect(records.nextReport()).toMatchObject({ kind: 'ar', year: 2026 });
		expect(records.latestDue(data.measures[0]!)).toMatchObject({ period: { code: '2026H1' }, record: null });
		expect(records.nextDue(data.measures[0]!)?.period.code).toBe('2026H2');
		expect(records.nextDue(data.measures[1]!)).toBeNull();
		expect(records.latestDue(data.measures[2]!)).toBeNull();
	});

	it('a history is newest first', () => {
		expect(records.history({ type: 'measure', id: 'half' }).map((r) => r.period)).toEqual(['2025H2', '2025H1']);
	});
});

describe('data/followups.csv is checked like every file', () => {
	const header = readFileSync('data/followups.csv', 'utf8').split('\n')[0];
	const check = (...lines: string[]) => {
		const texts = files();
		texts['followups.csv'] = [header, ...lines].join('\n') + '\n';
		return loadDataset(texts, { today: TODAY }).problems.filter((p) => p.file === 'data/followups.csv');
	};

	it('the demo file passes, and last_followup follows from it', () => {
		const { dataset, problems } = loadDataset(files(), { today: TODAY });
		expect(problems.filter((p) => p.severity !== 'warning')).toEqual([]);
		const m01 = dataset!.measures.find((m) => m.id === 'm01')!;
		// The meeting that decided it where there was one, else the day it was reported.
		const latest = dataset!.followups
			.filter((r) => r.measure === 'm01')
			.map((r) => r.decided_at ?? r.date)
			.sort()
			.at(-1);
		expect(m01.last_followup).toBe(latest);
	});

	it("refuses a committee's text with a character no one can see (a right-to-left override), naming line, column and code", () => {
		const problems = check('m01,,2024H1,on_track,Bra \u202Eresultat,,,,chef,2024-09-01,,,,no');
		expect(problems).toMatchObject([{ line: 2, column: 'analysis', kind: 'invisible_character' }]);
		expect(formatProblem(problems[0]!)).toContain('U+202E');
	});

	it('a Swedish assessment word is read as the status it names', () => {
		expect(check('m01,,2024H1,på väg,,,,,chef,2024-09-01,,,,no')).toEqual([]);
		expect(check('m01,,2024H1,Ej bedömd,,,,,chef,2024-09-01,,,,no')).toEqual([]);
	});

	it('names each mistake by line and column, with what to write instead', () => {
		const problems = check(
			'm99,,2026H1,on_track,,,,,chef,2026-09-01,,,,no',
			'm01,,VT2026,on_track,,,,,chef,2026-09-01,,,,no',
			'm01,,2026H1,jättebra,,,,,chef,2026-09-01,,,,no',
			'm01,,2025H1,on_track,,,,,chef,2027-01-01,,,,no',
			'm01,,2024H2,on_track,,,,,chef,2025-01-10,,,,no',
			'm01,,2024H2,at_risk,,,,,chef,2025-01-11,,,,no',
			'm01,t01,2024H2,at_risk,,,,,chef,2025-01-11,,,,no',
			',t01,2025H1,at_risk,,,,,chef,2025-01-11,,,,no',
			'm01,,2023H1,at_risk,,,,,,2025-01-11,,,,no'
		);
		const at = problems.map((p) => `${p.line} ${p.column} ${p.kind}`).sort((a, b) => parseInt(a) - parseInt(b));
		expect(at).toEqual([
			'2 measure unknown_reference',
			'3 period not_a_reporting_period',
			'4 assessment not_allowed',
			'5 date future_date',
			'7 period duplicate_key',
			'8 measure followup_subject',
			'9 period not_a_reporting_period',
			'10 role required'
		]);
		const on = (line: number) => problems.find((p) => p.line === line)!;
		expect(on(2).suggestion).toBe('m09');
		expect(describeProblem(on(3), 'sv')).toContain('2025H1, 2025H2');
		expect(describeProblem(on(9), 'sv')).toContain('delar-2025, ar-2025');
	});

	it('a measure without a rhythm cannot have follow-up records', () => {
		const texts = files();
		const lines = texts['measures.csv'].split('\n');
		const i = lines.findIndex((l) => l.startsWith('m01,'));
		lines[i] = lines[i]!.replace(/,half,2021-01-01,/, ',,,');
		texts['measures.csv'] = lines.join('\n');
		const problems = loadDataset(texts, { today: TODAY }).problems.filter((p) => p.kind === 'no_rhythm');
		expect(problems.length).toBe(texts['followups.csv'].split('\n').filter((l) => l.startsWith('m01,')).length);
	});
});
