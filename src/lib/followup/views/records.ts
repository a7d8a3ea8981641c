/**
 * What pages show of the committees' own follow-up: a measure's history and next follow-up, a
 * target's latest assessment beside the status its key figures give, how far a council report's
 * follow-up has come, the year's calendar (årshjul), and the follow-ups a report holds.
 */
import type { Assessment, FollowUpRecord, Measure } from '$lib/model/model';
import { parsePeriod, parseReportPeriod, reportOf, type ReportPeriod } from '$lib/model/periods';
import { pick, type Lang } from '$lib/i18n/lang';
import { strings } from '$lib/i18n/strings';
import type { AssessedTarget, FollowUp } from '../followup';
import { measurePeriods, progress, type DueFollowUp } from '../records';

/** "Delårsrapport augusti 2026", "Årsbokslut 2026". */
export function reportName(report: ReportPeriod, lang: Lang): string {
	const s = strings[lang];
	return `${report.kind === 'delar' ? s.report_kind_interim : s.report_kind_annual} ${report.year}`;
}

/** A follow-up period in words: "första halvåret 2026", "VT 2026", or a report's name for a target's. */
export function periodName(code: string, lang: Lang): string {
	const p = parsePeriod(code);
	if (p) return strings[lang].period_name(p.kind, p.year, p.index);
	const r = parseReportPeriod(code);
	return r ? reportName(r, lang) : code;
}

export interface RecordView {
	period: string;
	periodName: string;
	assessment: Assessment;
	analysis: string | null;
	done: string | null;
	next: string | null;
	results: string | null;
	role: string;
	date: string;
	decided: string | null;
	example: boolean;
}

export function recordView(r: FollowUpRecord, lang: Lang): RecordView {
	const decided =
		r.decided_by || r.decided_at || r.minutes
			? strings[lang].fu_decided_in(r.decided_by ?? '', r.decided_at ?? '', r.minutes ?? '')
			: null;
	return {
		period: r.period,
		periodName: periodName(r.period, lang),
		assessment: r.assessment,
		analysis: r.analysis,
		done: r.done,
		next: r.next,
		results: r.results,
		role: r.role,
		date: r.date,
		decided,
		example: r.example
	};
}

/** A measure's plan and record of follow-up, for its page and card. */
export function measureFollowUp(f: FollowUp, m: Measure, lang: Lang) {
	const latest = f.records.latestDue(m);
	const next = f.records.nextDue(m);
	return {
		every: m.followup_every,
		from: m.followup_from,
		history: f.records.history({ type: 'measure', id: m.id }).map((r) => recordView(r, lang)),
		/** The latest due period, when its follow-up is missing. */
		missing: latest && !latest.record ? periodName(latest.period.code, lang) : null,
		next: next ? { period: periodName(next.period.code, lang), report: reportName(next.report, lang) } : null
	};
}

/** A target's latest assessment by its committee, beside the status its key figures give. */
export function targetFollowUp(f: FollowUp, a: AssessedTarget, lang: Lang) {
	const [latest] = f.records.history({ type: 'target', id: a.target.id });
	const record = latest ? recordView(latest, lang) : null;
	return {
		record,
		agrees: record === null || record.assessment === a.attainment.status || record.assessment === 'not_assessed'
	};
}

/** How far the follow-up for the latest council report has come, for everyone or one organisation. */
export function reportProgress(f: FollowUp, lang: Lang, organisation?: string) {
	const report = f.records.latestReport();
	if (!report) return null;
	const due = f.records.dueFor(report).filter((d) => !organisation || d.organisation === organisation);
	if (due.length === 0) return null;
	return {
		report: reportName(report, lang),
		code: `${report.kind}-${report.year}`,
		...progress(due),
		missing: due.filter((d) => !d.record).map((d) => dueLabel(f, d, lang))
	};
}

function dueLabel(f: FollowUp, d: DueFollowUp, lang: Lang): string {
	if (d.subject.type === 'target') {
		const a = f.targets.find((x) => x.target.id === d.subject.id);
		return `${d.subject.id}: ${a ? pick(lang, a.indicator.title, a.indicator.title_en) : ''}`;
	}
	const m = f.measure(d.subject.id);
	return `${m ? pick(lang, m.title, m.title_en) : d.subject.id} (${periodName(d.period, lang)})`;
}

/** The follow-ups a council report holds for the measures and targets of a report page. */
export interface ReportFollowUps {
	report: string | null;
	byMeasure: Record<string, DueView[]>;
	byTarget: Record<string, DueView[]>;
}
export interface DueView {
	period: string;
	record: ReturnType<typeof recordView> | null;
}

export function reportFollowUps(f: FollowUp, report: ReportPeriod | null, lang: Lang): ReportFollowUps {
	const chosen = report && report.kind !== 'current' ? report : f.records.latestReport();
	if (!chosen) return { report: null, byMeasure: {}, byTarget: {} };
	const due = f.records.dueFor(chosen);
	const shown = (d: DueFollowUp): DueView => ({
		period: periodName(d.period, lang),
		record: d.record ? recordView(d.record, lang) : null
	});
	const group = (type: 'measure' | 'target') =>
		Object.fromEntries(
			[...new Set(due.filter((d) => d.subject.type === type).map((d) => d.subject.id))].map((id) => [
				id,
				due.filter((d) => d.subject.type === type && d.subject.id === id).map(shown)
			])
		);
	return { report: reportName(chosen, lang), byMeasure: group('measure'), byTarget: group('target') };
}

/**
 * The year's calendar for an organisation (årshjul): month by month, the council reports and the
 * follow-up periods of its measures that end then, each with the report it is told in.
 */
export function yearWheel(f: FollowUp, organisation: string, year: number, lang: Lang) {
	const s = strings[lang];
	const measures = f.data.measures.filter((m) => m.lead === organisation && m.status !== 'finished');
	const targets = f.targets.filter((a) => a.target.organisation === organisation);
	const months = Array.from({ length: 12 }, (_, i) => ({
		month: i + 1,
		name: s.month_name(i + 1),
		items: [] as { kind: 'report' | 'period'; text: string; detail: string; href: string | null }[]
	}));
	for (const m of measures) {
		for (const p of measurePeriods(m, year).filter((x) => x.year === year)) {
			months[p.to - 1]!.items.push({
				kind: 'period',
				text: pick(lang, m.title, m.title_en),
				detail: `${s.wheel_period_ends(periodName(p.code, lang))}, ${s.wheel_reported_in(reportName(reportOf(p), lang))}`,
				href: m.id
			});
		}
	}
	for (const kind of ['delar', 'ar'] as const) {
		const report = parseReportPeriod(`${kind}-${year}`)!;
		const assessed = targets.filter((a) =>
			f.records.dueFor(report).some((d) => d.subject.type === 'target' && d.subject.id === a.target.id)
		).length;
		months[kind === 'delar' ? 7 : 11]!.items.unshift({
			kind: 'report',
			text: kind === 'delar' ? s.wheel_interim : s.wheel_annual,
			detail: assessed ? s.wheel_targets(assessed) : '',
			href: null
		});
	}
	return { year, months };
}
