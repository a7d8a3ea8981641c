/**
 * What the audit pages show, as plain JSON: the list of audits with their counts, one audit with each
 * recommendation, answer and action, a committee's part, the gaps, and the auditors' annual follow-up
 * table. Words in the page's language; ids stay ids so that pages can link.
 */
import type { FollowUp } from '$lib/followup/followup';
import { reportName } from '$lib/followup/views/records';
import { formatDate } from '$lib/i18n/format';
import { pick, type Lang } from '$lib/i18n/lang';
import { strings } from '$lib/i18n/strings';
import type { ActionStatus, AuditData } from '$lib/model/model';
import { parseReportPeriod } from '$lib/model/periods';
import {
	committeeStates,
	countStates,
	recommendationStates,
	type ActionState,
	type AuditCounts,
	type RecommendationState
} from './status';

export type StatusKey = ActionStatus | 'none';

/** Each status by shape as well as word: the page, its print and a Word table have no colour to rely on. */
export const ACTION_SHAPES: Record<StatusKey, string> = {
	done: '✓',
	ongoing: '◐',
	not_started: '○',
	waiting: '‖',
	not_relevant: '–',
	none: '?'
};

export interface ActionView {
	id: string;
	organisation: string;
	text: string;
	role: string;
	due: string;
	/** The due day (YYYY-MM-DD), for a report made as of another day. */
	dueDay: string;
	status: StatusKey;
	statusText: string;
	comment: string | null;
	overdue: boolean;
	/** Newest first: each report's status, with its date. */
	history: { when: string; date: string; status: StatusKey; statusText: string; comment: string | null }[];
	example: boolean;
}

export interface RecommendationView {
	id: string;
	n: number;
	audit: string;
	auditTitle: string;
	text: string;
	to: { id: string; name: string }[];
	answers: {
		organisation: string;
		name: string;
		comment: string;
		decided: string;
		decidedAt: string;
		example: boolean;
	}[];
	unanswered: string[];
	actions: ActionView[];
	measures: { id: string; title: string }[];
	targets: { id: string; title: string }[];
	open: boolean;
}

const statusText = (s: StatusKey, lang: Lang) => strings[lang][`action_status_${s}`];

function due(code: string, lang: Lang): string {
	const r = parseReportPeriod(code);
	return r && r.kind !== 'current' ? reportName(r, lang) : formatDate(code, lang);
}

function actionView(a: ActionState, f: FollowUp, lang: Lang): ActionView {
	const when = (period: string, date: string) => {
		const r = parseReportPeriod(period);
		return strings[lang].action_at(r && r.kind !== 'current' ? reportName(r, lang) : period, formatDate(date, lang));
	};
	const status: StatusKey = a.latest?.status ?? 'none';
	return {
		id: a.action.id,
		organisation: orgName(f, a.action.organisation, lang),
		text: a.action.text,
		role: a.action.role,
		due: due(a.action.due, lang),
		dueDay: a.dueDay,
		status,
		statusText: statusText(status, lang),
		comment: a.latest?.comment ?? null,
		overdue: a.overdue,
		history: a.history.map((h) => ({
			when: when(h.period, h.date),
			date: h.date,
			status: h.status,
			statusText: statusText(h.status, lang),
			comment: h.comment
		})),
		example: a.action.example
	};
}

const orgName = (f: FollowUp, id: string, lang: Lang) => {
	const o = f.organisation(id);
	return o ? pick(lang, o.name, o.name_en) : id;
};

/** A recommendation's number in its audit, as the report numbers them (1, 2, 3 in the file's order). */
const numberInAudit = (f: FollowUp, r: { id: string; audit: string }) =>
	f.data.audits.recommendations.filter((x) => x.audit === r.audit).findIndex((x) => x.id === r.id) + 1;

function recommendationView(s: RecommendationState, f: FollowUp, lang: Lang): RecommendationView {
	const r = s.recommendation;
	const audit = f.data.audits.audits.find((a) => a.id === r.audit);
	return {
		id: r.id,
		n: numberInAudit(f, r),
		audit: r.audit,
		auditTitle: audit ? pick(lang, audit.title, audit.title_en) : r.audit,
		text: r.text,
		to: r.committees.map((id) => ({ id, name: orgName(f, id, lang) })),
		answers: s.answers.map((a) => ({
			organisation: a.organisation,
			name: orgName(f, a.organisation, lang),
			comment: a.comment,
			decided: strings[lang].rec_decided(
				a.decided_by ?? orgName(f, a.organisation, lang),
				formatDate(a.decided_at, lang),
				a.minutes ?? ''
			),
			decidedAt: a.decided_at,
			example: a.example
		})),
		unanswered: s.unanswered.map((id) => orgName(f, id, lang)),
		actions: s.actions.map((a) => actionView(a, f, lang)),
		measures: r.measures.map((id) => ({
			id,
			title: f.measure(id) ? pick(lang, f.measure(id)!.title, f.measure(id)!.title_en) : id
		})),
		targets: r.targets.map((id) => {
			const t = f.targets.find((x) => x.target.id === id);
			return { id, title: t ? `${id}: ${pick(lang, t.indicator.title, t.indicator.title_en)}` : id };
		}),
		open: s.open
	};
}

const today = (f: FollowUp) => f.today.toISOString().slice(0, 10);
const hasExamples = (d: AuditData) =>
	d.answers.some((a) => a.example) || d.actions.some((a) => a.example) || d.actionFollowUps.some((a) => a.example);

export function auditsPage(f: FollowUp, lang: Lang) {
	const data = f.data.audits;
	const states = recommendationStates(data, today(f));
	return {
		audits: data.audits.map((a) => ({
			id: a.id,
			title: pick(lang, a.title, a.title_en),
			firm: a.firm,
			date: a.date ? formatDate(a.date, lang) : null,
			committees: a.committees.map((id) => orgName(f, id, lang)),
			counts: countStates(states.filter((s) => s.recommendation.audit === a.id))
		})),
		counts: countStates(states),
		examples: hasExamples(data),
		year: f.today.getUTCFullYear()
	};
}

export function auditPage(f: FollowUp, id: string, lang: Lang) {
	const a = f.data.audits.audits.find((x) => x.id === id);
	if (!a) return null;
	const states = recommendationStates(f.data.audits, today(f), id);
	return {
		audit: {
			id: a.id,
			title: pick(lang, a.title, a.title_en),
			firm: a.firm,
			date: a.date ? formatDate(a.date, lang) : null,
			committees: a.committees.map((c) => ({ id: c, name: orgName(f, c, lang) })),
			assessment: a.assessment,
			report_url: a.report_url
		},
		recommendations: states.map((s) => recommendationView(s, f, lang)),
		counts: countStates(states),
		examples: hasExamples(f.data.audits),
		year: f.today.getUTCFullYear()
	};
}

/** Every recommendation, for the whole municipality's report. */
export function allRecommendations(f: FollowUp, lang: Lang): RecommendationView[] {
	return recommendationStates(f.data.audits, today(f)).map((s) => recommendationView(s, f, lang));
}

/** A committee's page and report: the recommendations addressed to it, with its own answers and actions. */
export function committeeAudits(
	f: FollowUp,
	organisation: string,
	lang: Lang
): { recommendations: RecommendationView[]; counts: AuditCounts } {
	const states = committeeStates(f.data.audits, organisation, today(f));
	return { recommendations: states.map((s) => recommendationView(s, f, lang)), counts: countStates(states) };
}

/** The overview's line, and the gaps page's three lists. */
export function auditGaps(f: FollowUp, lang: Lang) {
	const states = recommendationStates(f.data.audits, today(f));
	const views = states.map((s) => recommendationView(s, f, lang));
	const actions = views.flatMap((r) => r.actions.map((a) => ({ ...a, recommendation: r })));
	return {
		any: f.data.audits.recommendations.length > 0,
		counts: countStates(states),
		unanswered: views.filter((r) => r.unanswered.length > 0),
		overdue: actions.filter((a) => a.overdue),
		never: actions.filter((a) => a.status === 'none')
	};
}

/** The recommendations a measure or target answers: for its page. */
export function answersTo(f: FollowUp, kind: 'measure' | 'target', id: string, lang: Lang) {
	return f.data.audits.recommendations
		.filter((r) => (kind === 'measure' ? r.measures : r.targets).includes(id))
		.map((r) => {
			const audit = f.data.audits.audits.find((a) => a.id === r.audit);
			return {
				id: r.id,
				audit: r.audit,
				auditTitle: audit ? pick(lang, audit.title, audit.title_en) : r.audit,
				n: numberInAudit(f, r),
				text: r.text
			};
		});
}

/** The auditors' annual table: as it stood on 31 December of a year (or today, within the year). */
export function auditFollowUpPage(f: FollowUp, year: number, lang: Lang) {
	const end = `${year}-12-31`;
	const asOf = end < today(f) ? end : today(f);
	const data: AuditData = {
		...f.data.audits,
		answers: f.data.audits.answers.filter((a) => a.decided_at <= asOf),
		actionFollowUps: f.data.audits.actionFollowUps.filter((x) => x.date <= asOf)
	};
	const states = recommendationStates(data, asOf);
	return {
		year,
		asOf,
		organisation: f.data.config.organisation,
		rows: states.map((s) => recommendationView(s, f, lang)),
		examples: hasExamples(f.data.audits)
	};
}

/** The years the annual table can be made for: from the first answer's (or this) year to this year. */
export function auditFollowUpYears(f: FollowUp): number[] {
	if (!f.data.audits.audits.length) return [];
	const now = f.today.getUTCFullYear();
	const first = Math.min(now, ...f.data.audits.answers.map((a) => Number(a.decided_at.slice(0, 4))));
	return Array.from({ length: now - first + 1 }, (_, i) => first + i);
}
