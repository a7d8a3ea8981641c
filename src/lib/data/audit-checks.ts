/**
 * The checks of the audit files that concern more than a cell: every reference (audit, committee,
 * measure, target, recommendation, action) known; an answer from a committee the recommendation is
 * addressed to, once; an action due on a date or at a report; an action's status once per report,
 * for an action that exists, dated no earlier than the answer was decided, with a reason where it is
 * no longer relevant.
 */
import type { ActionFollowUp, Audit, AuditAction, AuditAnswer, AuditData, Recommendation } from '../model/model';
import { parseReportPeriod } from '../model/periods';
import type { Problem } from './problems';
import { date } from './cells';
import type { Located } from './table';

export type AuditFile = 'audits.csv' | 'recommendations.csv' | 'audit_answers.csv' | 'audit_actions.csv' | 'audit_action_followups.csv';

export interface AuditRows {
	audits: Located<Audit>[];
	/** The measures and targets columns may be left out of the file: null then. */
	recommendations: Located<Omit<Recommendation, 'measures' | 'targets'> & { measures: string[] | null; targets: string[] | null }>[];
	answers: Located<AuditAnswer>[];
	actions: Located<AuditAction>[];
	actionFollowUps: Located<ActionFollowUp>[];
}

type Must = (f: AuditFile, line: number, column: string, value: string | null, known: Set<string>, in_: AuditFile | 'organisations.csv' | 'measures.csv' | 'targets.csv') => void;

/** A due date: a day, or a council report (its day is the report's). */
export function dueDay(due: string): string | null {
	// A day that is no day (2026-13-01) is no due date either.
	if (/^\d{4}-\d{2}-\d{2}$/.test(due)) return date(due).ok ? due : null;
	const r = parseReportPeriod(due);
	return r && r.kind !== 'current' ? r.asOf : null;
}

export function auditProblems(
	rows: AuditRows,
	known: { organisations: Set<string>; measures: Set<string>; targets: Set<string> },
	ids: (f: AuditFile, rows: Located<{ id: string }>[]) => Set<string>,
	must: Must,
	path: (f: AuditFile) => string,
	problems: Problem[]
): AuditData {
	const at = (f: AuditFile, line: number, column: string, kind: Problem['kind'], text: string, detail?: string) =>
		problems.push({ file: path(f), line, column, kind, text, ...(detail !== undefined ? { detail } : {}) });
	const auditIds = ids('audits.csv', rows.audits);
	const recIds = ids('recommendations.csv', rows.recommendations);
	const actionIds = ids('audit_actions.csv', rows.actions);
	for (const { line, value: a } of rows.audits)
		for (const c of a.committees) must('audits.csv', line, 'committees', c, known.organisations, 'organisations.csv');
	const addressed = new Map(rows.recommendations.map((r) => [r.value.id, r.value.committees]));
	for (const { line, value: r } of rows.recommendations) {
		must('recommendations.csv', line, 'audit', r.audit, auditIds, 'audits.csv');
		for (const c of r.committees) must('recommendations.csv', line, 'committees', c, known.organisations, 'organisations.csv');
		for (const m of r.measures ?? []) must('recommendations.csv', line, 'measures', m, known.measures, 'measures.csv');
		for (const t of r.targets ?? []) must('recommendations.csv', line, 'targets', t, known.targets, 'targets.csv');
	}
	const answered = new Map<string, { line: number; decided: string }>();
	for (const { line, value: a } of rows.answers) {
		must('audit_answers.csv', line, 'recommendation', a.recommendation, recIds, 'recommendations.csv');
		must('audit_answers.csv', line, 'organisation', a.organisation, known.organisations, 'organisations.csv');
		const to = addressed.get(a.recommendation);
		// An answer comes from a committee the auditors addressed: another's would be filed in the wrong place.
		if (to && known.organisations.has(a.organisation) && !to.includes(a.organisation))
			at('audit_answers.csv', line, 'organisation', 'answer_not_addressed', a.organisation, to.join(', '));
		const key = `${a.recommendation}|${a.organisation}`;
		const first = answered.get(key);
		if (first) at('audit_answers.csv', line, 'recommendation', 'duplicate_key', `${a.recommendation} ${a.organisation}`, String(first.line));
		else answered.set(key, { line, decided: a.decided_at });
	}
	const actionOf = new Map(rows.actions.map((a) => [a.value.id, a.value]));
	for (const { line, value: a } of rows.actions) {
		must('audit_actions.csv', line, 'recommendation', a.recommendation, recIds, 'recommendations.csv');
		must('audit_actions.csv', line, 'organisation', a.organisation, known.organisations, 'organisations.csv');
		if (dueDay(a.due) === null) at('audit_actions.csv', line, 'due', 'not_a_due', a.due);
	}
	const seen = new Map<string, number>();
	for (const { line, value: f } of rows.actionFollowUps) {
		must('audit_action_followups.csv', line, 'action', f.action, actionIds, 'audit_actions.csv');
		const report = parseReportPeriod(f.period);
		if (!report || report.kind === 'current') at('audit_action_followups.csv', line, 'period', 'not_a_report', f.period);
		const key = `${f.action}|${f.period}`;
		const first = seen.get(key);
		if (first !== undefined) at('audit_action_followups.csv', line, 'period', 'duplicate_key', `${f.action} ${f.period}`, String(first));
		else seen.set(key, line);
		if (f.status === 'not_relevant' && !f.comment) at('audit_action_followups.csv', line, 'comment', 'reason_needed', 'not_relevant');
		const action = actionOf.get(f.action);
		const answer = action ? answered.get(`${action.recommendation}|${action.organisation}`) : undefined;
		// A status before the answer was decided would follow up an action not yet promised.
		if (answer && f.date < answer.decided) at('audit_action_followups.csv', line, 'date', 'followup_before_answer', f.date, answer.decided);
	}
	const values = <T>(r: Located<T>[]) => r.map((x) => x.value);
	return {
		audits: values(rows.audits),
		recommendations: values(rows.recommendations).map((r) => ({ ...r, measures: r.measures ?? [], targets: r.targets ?? [] })),
		answers: values(rows.answers),
		actions: values(rows.actions),
		actionFollowUps: values(rows.actionFollowUps)
	};
}
