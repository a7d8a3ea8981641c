/**
 * The committees' own follow-up, as the audits ask for it: each measure is followed up in its own
 * rhythm (a term, a half-year …) from a date, each target at every council report, and each follow-up
 * belongs to the council report it is told in (the delårsrapport of 31 August, the årsbokslut of 31
 * December). From the plan and the records: which follow-ups are due for a report, which is the
 * latest due and the next, a subject's history, and how far a report's follow-up has come. Pure.
 */
import type { Dataset, FollowUpRecord, Measure, Target } from '$lib/model/model';
import {
	parsePeriod,
	parseReportPeriod,
	periodEnd,
	periodOrder,
	periodStart,
	periodsBetween,
	reportCode,
	reportOf,
	reportsBefore,
	type Period,
	type ReportPeriod
} from '$lib/model/periods';

export type Subject = { type: 'measure' | 'target'; id: string };

export interface DueFollowUp {
	subject: Subject;
	/** The measure's rhythm period (`2026H1`) or, for a target, the report's code (`delar-2026`). */
	period: string;
	report: ReportPeriod;
	/** Who reports it: the measure's lead, the target's owner. */
	organisation: string;
	record: FollowUpRecord | null;
}

const FAR = '9999-12-31';

/** The span a measure is followed up in: from its plan's start (or the measure's) to its end. */
function span(m: Measure): { from: string; to: string } {
	return { from: m.followup_from ?? m.start ?? '1900-01-01', to: m.end ?? FAR };
}

/** The measure's follow-up periods up to the end of a year, in order: each that overlaps its span. */
export function measurePeriods(m: Measure, untilYear: number): Period[] {
	if (!m.followup_every) return [];
	const { from, to } = span(m);
	return periodsBetween(m.followup_every, `${from.slice(0, 4)}-01-01`, `${untilYear}-12-31`).filter(
		(p) => periodEnd(p) >= from && periodStart(p) <= to
	);
}

const recordKey = (type: 'measure' | 'target', id: string, period: string) => `${type}|${id}|${period}`;

export class FollowUpRecords {
	private readonly byKey = new Map<string, FollowUpRecord>();

	constructor(
		private readonly data: Pick<Dataset, 'measures' | 'targets' | 'followups'>,
		/** Today (ISO date): what is due is what its report's day has passed. */
		readonly today: string
	) {
		for (const r of data.followups)
			this.byKey.set(recordKey(r.measure ? 'measure' : 'target', (r.measure ?? r.target)!, r.period), r);
	}

	record(subject: Subject, period: string): FollowUpRecord | null {
		return this.byKey.get(recordKey(subject.type, subject.id, period)) ?? null;
	}

	/** A measure's or a target's records, newest first. */
	history(subject: Subject): FollowUpRecord[] {
		const order = (r: FollowUpRecord) => {
			const p = parsePeriod(r.period);
			if (p) return periodOrder(p);
			const rp = parseReportPeriod(r.period);
			return rp ? rp.year! * 12 + (rp.kind === 'delar' ? 8 : 12) : 0;
		};
		return this.data.followups
			.filter((r) => (subject.type === 'measure' ? r.measure : r.target) === subject.id)
			.sort((a, b) => order(b) - order(a) || b.date.localeCompare(a.date));
	}

	/** Whether a target is followed up at a report: from its decision to the report after its target year. */
	private targetDue(t: Target, report: ReportPeriod): boolean {
		const decided = t.decided_at ?? `${t.baseline_period}-12-31`;
		return decided <= report.asOf! && report.year! <= t.target_period + 1;
	}

	/** Every follow-up a council report holds: each measure's periods told in it, and each target's. */
	dueFor(report: ReportPeriod): DueFollowUp[] {
		const out: DueFollowUp[] = [];
		for (const m of this.data.measures) {
			for (const p of measurePeriods(m, report.year!)) {
				const r = reportOf(p);
				if (r.kind !== report.kind || r.year !== report.year) continue;
				const subject: Subject = { type: 'measure', id: m.id };
				out.push({ subject, period: p.code, report, organisation: m.lead, record: this.record(subject, p.code) });
			}
		}
		for (const t of this.data.targets) {
			if (!this.targetDue(t, report)) continue;
			const subject: Subject = { type: 'target', id: t.id };
			const period = reportCode(report.kind as 'delar' | 'ar', report.year!);
			out.push({ subject, period, report, organisation: t.organisation, record: this.record(subject, period) });
		}
		return out;
	}

	/** The latest council report whose day has passed: the one being followed up now. */
	latestReport(): ReportPeriod | null {
		return reportsBefore(this.today, Number(this.today.slice(0, 4)) - 1).at(-1) ?? null;
	}

	/** The report after that one: its day has not come yet. */
	nextReport(): ReportPeriod {
		const latest = this.latestReport();
		if (!latest) return parseReportPeriod(reportCode('delar', Number(this.today.slice(0, 4))))!;
		return parseReportPeriod(
			latest.kind === 'delar' ? reportCode('ar', latest.year!) : reportCode('delar', latest.year! + 1)
		)!;
	}

	/** A measure's latest period whose report's day has passed, with its record (or none). */
	latestDue(m: Measure): { period: Period; record: FollowUpRecord | null } | null {
		const due = measurePeriods(m, Number(this.today.slice(0, 4))).filter((p) => reportOf(p).asOf! < this.today);
		const period = due.at(-1);
		return period ? { period, record: this.record({ type: 'measure', id: m.id }, period.code) } : null;
	}

	/** A measure's next follow-up: its first period whose report's day has not passed. */
	nextDue(m: Measure): { period: Period; report: ReportPeriod } | null {
		const ahead = measurePeriods(m, Number(this.today.slice(0, 4)) + 2).find((p) => reportOf(p).asOf! >= this.today);
		return ahead ? { period: ahead, report: reportOf(ahead) } : null;
	}
}

/** How many of a report's follow-ups are written: "4 av 6 uppföljningar klara". */
export function progress(due: readonly DueFollowUp[]): { done: number; total: number } {
	return { done: due.filter((d) => d.record !== null).length, total: due.length };
}
