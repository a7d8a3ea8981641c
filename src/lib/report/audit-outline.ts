/**
 * The auditors' recommendations as report blocks: a part of a committee's (or the municipality's)
 * report, and the auditors' annual table "Uppföljning av tidigare granskningar" — page, print and
 * Word from one outline (./blocks.ts). Each action's status is the one it had on the report's day.
 */
import { ACTION_SHAPES, type ActionView, type RecommendationView, type StatusKey } from '$lib/audits/views';
import type { Lang } from '$lib/i18n/lang';
import { formatDate } from '$lib/i18n/format';
import { strings } from '$lib/i18n/strings';
import { localPath, route } from '$lib/url/paths';
import type { Block, ReportOutline } from './blocks';

/** An action as it stood on a day: its newest status dated then, whether it was past its date, and what the committee said. */
function actionOn(a: ActionView, asOf: string, lang: Lang): string {
	const s = strings[lang];
	const h = a.history.find((x) => x.date <= asOf);
	const status: StatusKey = h?.status ?? 'none';
	const overdue = a.dueDay < asOf && status !== 'done' && status !== 'not_relevant';
	const said = h?.comment ? `: ${h.comment}` : '';
	return `${ACTION_SHAPES[status]} ${s[`action_status_${status}`]}${overdue ? `, ${s.action_overdue}` : ''}${said}`;
}

function rows(recs: readonly RecommendationView[], asOf: string, lang: Lang, blank: boolean) {
	const s = strings[lang];
	return recs.map((r) => {
		const answers = r.answers.filter((a) => a.decidedAt <= asOf);
		const answered = new Set(answers.map((a) => a.name));
		const cells = [
			{
				text: `${r.auditTitle}, ${s.rec_heading(r.n).toLowerCase()}`,
				href: `${localPath(lang, route.audit(r.audit))}#rek-${r.id}`
			},
			{ text: r.text },
			{
				text: [
					...answers.map((a) => `${a.name}: ${a.comment}${a.example ? ` (${s.example_badge})` : ''}`),
					...r.to.filter((o) => !answered.has(o.name)).map((o) => s.rec_unanswered(o.name))
				].join('\n')
			},
			{ text: r.actions.map((a) => `${a.text} (${a.role}, ${a.due})`).join('\n') || '—' },
			{ text: r.actions.map((a) => actionOn(a, asOf, lang)).join('\n') || s.auditfu_no_answer },
			...(blank ? [{ text: s.auditfu_assessment_blank }] : [])
		];
		return { id: r.id, cells };
	});
}

const head = (lang: Lang, blank: boolean) => {
	const s = strings[lang];
	return [
		s.auditfu_audit,
		s.auditfu_recommendation,
		s.auditfu_answer,
		s.auditfu_actions,
		s.auditfu_status,
		...(blank ? [s.auditfu_assessment] : [])
	];
};

/** The part of a report: the recommendations addressed to its committee (or all, for the municipality). */
export function auditPart(recs: readonly RecommendationView[], asOf: string, lang: Lang): Block[] {
	if (!recs.length) return [];
	const s = strings[lang];
	return [
		{
			kind: 'group',
			role: 'part',
			labelledby: 'report-audits',
			blocks: [
				{ kind: 'heading', level: 2, text: s.rec_for_committee, id: 'report-audits' },
				{
					kind: 'table',
					caption: s.rec_for_committee,
					head: head(lang, false),
					rows: rows(recs, asOf, lang, false),
					widths: [0.16, 0.24, 0.22, 0.22, 0.16]
				}
			]
		}
	];
}

export interface AuditFollowUpData {
	year: number;
	organisation: string;
	rows: RecommendationView[];
	examples: boolean;
}

/** "Uppföljning av tidigare granskningar" for a year: the table auditors write by hand, their column left blank. */
export function auditFollowUpOutline(data: AuditFollowUpData, asOf: string, lang: Lang): ReportOutline {
	const s = strings[lang];
	const title = s.auditfu_title(data.year);
	const blocks: Block[] = [
		{ kind: 'paragraph', text: data.organisation, tone: 'muted' },
		{ kind: 'heading', level: 1, text: title },
		{ kind: 'paragraph', text: s.auditfu_lead(formatDate(asOf, lang), data.organisation) },
		...(data.examples ? [{ kind: 'paragraph', text: s.audits_example_note, tone: 'example' } as Block] : []),
		{
			kind: 'table',
			caption: title,
			head: head(lang, true),
			rows: rows(data.rows, asOf, lang, true),
			widths: [0.14, 0.22, 0.2, 0.18, 0.12, 0.14]
		}
	];
	return { lang, title, blocks };
}
