/**
 * What the workspace ("Följ upp") lists for a committee and a council report: every follow-up due,
 * with what the key figures already say, the published record and a link to its page. Pure and
 * built from the data as it would be published with this browser's drafts (../records.ts does the
 * due rules), so a measure added as a draft is listed as soon as it is valid.
 */
import type { AttainmentStatus, Dataset, Measure } from '$lib/model/model';
import { parseReportPeriod, reportCode, type ReportPeriod } from '$lib/model/periods';
import { pick, type Lang } from '$lib/i18n/lang';
import { FollowUpRecords, progress, type Subject } from '../followup/records';
import { periodName, reportName } from '../followup/views/records';

export interface WorkspaceItem {
	/** The follow-up file's row key for it: `measure|m01|2026H1`. */
	key: string;
	subject: Subject;
	period: string;
	periodName: string;
	title: string;
	/** The Swedish title stands where no English one was written. */
	titleIsSwedish: boolean;
	example: boolean;
	/** What the key figures say: a target's status; a measure's, each of its targets'. */
	figures: { target: string; label: string; status: AttainmentStatus | null }[];
	/** Whether a record for it exists (published or drafted). */
	recorded: boolean;
}

export type WorkspaceData = Pick<Dataset, 'measures' | 'targets' | 'followups' | 'indicators' | 'organisations'>;

/** The reports a committee writes for: the four before today's and the next one. */
export function workspaceReports(today: string, lang: Lang): { code: string; name: string }[] {
	const year = Number(today.slice(0, 4));
	const out: ReportPeriod[] = [];
	for (let y = year - 2; y <= year + 1; y++)
		for (const k of ['delar', 'ar'] as const) out.push(parseReportPeriod(reportCode(k, y))!);
	const passed = out.filter((r) => r.asOf! < today).slice(-4);
	const next = out.find((r) => r.asOf! >= today)!;
	return [...passed, next]
		.reverse()
		.map((r) => ({ code: reportCode(r.kind as 'delar' | 'ar', r.year!), name: reportName(r, lang) }));
}

/** The report to open on: the latest passed, while a follow-up of it is still missing; else the next. */
export function defaultReport(data: WorkspaceData, today: string, organisation: string | null): string {
	const records = new FollowUpRecords(data, today);
	const latest = records.latestReport();
	const next = records.nextReport();
	const code = (r: ReportPeriod) => reportCode(r.kind as 'delar' | 'ar', r.year!);
	if (!latest) return code(next);
	const due = records.dueFor(latest).filter((d) => !organisation || d.organisation === organisation);
	return progress(due).done < due.length ? code(latest) : code(next);
}

/** Everything due for an organisation in a report, measures first, in the files' order. */
export function workspaceItems(
	data: WorkspaceData,
	today: string,
	organisation: string,
	reportCodeText: string,
	statuses: Readonly<Record<string, AttainmentStatus>>,
	lang: Lang
): WorkspaceItem[] {
	const report = parseReportPeriod(reportCodeText);
	if (!report) return [];
	const records = new FollowUpRecords(data, today);
	const indicator = new Map(data.indicators.map((i) => [i.id, i]));
	const targetLabel = (id: string) => {
		const t = data.targets.find((x) => x.id === id);
		const i = t ? indicator.get(t.indicator) : undefined;
		return `${id}: ${i ? pick(lang, i.title, i.title_en) : (t?.indicator ?? '')}`;
	};
	const measure = new Map<string, Measure>(data.measures.map((m) => [m.id, m]));
	return records
		.dueFor(report)
		.filter((d) => d.organisation === organisation)
		.sort((a, b) => (a.subject.type === b.subject.type ? 0 : a.subject.type === 'measure' ? -1 : 1))
		.map((d) => {
			const m = d.subject.type === 'measure' ? measure.get(d.subject.id)! : null;
			const t = d.subject.type === 'target' ? data.targets.find((x) => x.id === d.subject.id)! : null;
			const targetIds = m ? data.targets.filter((x) => x.measure === m.id).map((x) => x.id) : [t!.id];
			return {
				key: `${d.subject.type}|${d.subject.id}|${d.period}`,
				subject: d.subject,
				period: d.period,
				periodName: periodName(d.period, lang),
				title: m ? pick(lang, m.title, m.title_en) : targetLabel(t!.id),
				titleIsSwedish: lang === 'en' && (m ? !m.title_en : !indicator.get(t!.indicator)?.title_en),
				example: (m ?? t)!.example,
				figures: targetIds.map((id) => ({ target: id, label: targetLabel(id), status: statuses[id] ?? null })),
				recorded: d.record !== null
			};
		});
}
