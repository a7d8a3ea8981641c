/**
 * The checks of data/followups.csv that concern more than a cell: a record is about a measure or a
 * target (one of them), for a period of that measure's rhythm (`2025H1` for a half-year rhythm) or a
 * council report for a target (`delar-2025`), dated no later than today, once per subject and period.
 */
import type { FollowUpRecord, Measure } from '../model/model';
import { parsePeriod, parseReportPeriod, period, type PeriodKind } from '../model/periods';
import type { Problem } from './problems';
import type { Located } from './table';

/** How each rhythm's periods are spelt, for the message that names a wrong one. */
const EXAMPLE: Record<PeriodKind, string> = {
	year: '2025',
	half: '2025H1, 2025H2',
	tertial: '2025T1, 2025T2, 2025T3',
	quarter: '2025Q1 … 2025Q4',
	month: '2025-01 … 2025-12',
	term: 'VT2025, HT2025'
};
export const periodExample = (kind: PeriodKind) => EXAMPLE[kind];

type Must = (line: number, column: string, value: string | null, known: Set<string>, in_: 'measures.csv' | 'targets.csv') => void;

export function followUpProblems(
	records: readonly Located<FollowUpRecord>[],
	measures: readonly Located<Measure>[],
	measureIds: Set<string>,
	targetIds: Set<string>,
	today: string,
	file: string,
	must: Must,
	problems: Problem[]
): void {
	const rhythm = new Map(measures.map((m) => [m.value.id, m.value.followup_every]));
	const seen = new Map<string, number>();
	for (const { line, value: r } of records) {
		const at = (column: string | null, kind: Problem['kind'], text: string, detail?: string) =>
			problems.push({ file, line, column, kind, text, ...(detail !== undefined ? { detail } : {}) });
		if ((r.measure === null) === (r.target === null)) {
			at('measure', 'followup_subject', r.measure ?? r.target ?? '');
			continue;
		}
		must(line, r.measure ? 'measure' : 'target', r.measure ?? r.target, r.measure ? measureIds : targetIds, r.measure ? 'measures.csv' : 'targets.csv');
		if (r.target) {
			if (!parseReportPeriod(r.period)) at('period', 'not_a_reporting_period', r.period, 'delar-2025, ar-2025');
		} else if (measureIds.has(r.measure!)) {
			const every = rhythm.get(r.measure!) ?? null;
			const p = parsePeriod(r.period);
			if (every === null) at('period', 'no_rhythm', r.period, r.measure!);
			else if (!p || p.kind !== every) at('period', 'not_a_reporting_period', r.period, periodExample(every));
		}
		if (r.date > today) at('date', 'future_date', r.date, today);
		if (r.decided_at !== null && r.decided_at > today) at('decided_at', 'future_date', r.decided_at, today);
		const key = `${r.measure ? 'measure' : 'target'}|${r.measure ?? r.target}|${r.period}`;
		const first = seen.get(key);
		if (first !== undefined) at('period', 'duplicate_key', `${r.measure ?? r.target} ${r.period}`, String(first));
		else seen.set(key, line);
	}
}

/**
 * A measure's last follow-up, where it has records: the day its latest record was decided (the meeting),
 * else the day it was reported — never the day its text happened to be typed ahead of the meeting.
 */
export function withLastFollowUp(measures: Measure[], records: readonly FollowUpRecord[]): Measure[] {
	const latest = new Map<string, string>();
	for (const r of records) {
		const day = r.decided_at ?? r.date;
		if (r.measure && (latest.get(r.measure) ?? '') < day) latest.set(r.measure, day);
	}
	return measures.map((m) => (latest.has(m.id) ? { ...m, last_followup: latest.get(m.id)! } : m));
}

/** The canonical spelling of a rhythm's period, for forms (the first period of 2025 of its kind). */
export const firstPeriodOf = (every: PeriodKind, year: number) => period(every, year, 1).code;
