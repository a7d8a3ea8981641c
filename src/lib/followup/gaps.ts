/**
 * Follow-up gaps (uppföljningsluckor): what the audits found missing, found in the data. Pure:
 * each gap names its kind and what must be fixed, so the page can link straight to it.
 */
import type { Dataset } from '$lib/model/model';
import type { AssessedTarget } from './attainment';
import { latest } from './observations';
import type { FollowUpRecords } from './records';
import { periodsBetween, periodTime, reportOf, type PeriodKind } from '$lib/model/periods';

export type GapKind =
	| 'measure_without_target'
	| 'target_without_values'
	| 'measure_without_plan'
	| 'measure_not_followed_up'
	| 'target_values_stale'
	| 'indicator_without_target'
	| 'project_never_evaluated';

export const GAP_KINDS: readonly GapKind[] = [
	'measure_without_target',
	'target_without_values',
	'measure_without_plan',
	'measure_not_followed_up',
	'project_never_evaluated',
	'target_values_stale',
	'indicator_without_target'
];

export interface Gap {
	kind: GapKind;
	/** What must be fixed: a measure, a target or an indicator. */
	subject: { type: 'measure' | 'target' | 'indicator'; id: string };
	/** The organisation responsible, where there is one. */
	organisation: string | null;
	/** Kind-specific facts for the sentence: a date, a period. */
	detail: {
		lastFollowup?: string | null;
		newest?: number | null;
		expected?: number;
		end?: string | null;
		period?: string;
	};
}

export function findGaps(
	data: Dataset,
	targets: readonly AssessedTarget[],
	records: FollowUpRecords,
	today: Date
): Gap[] {
	const gaps: Gap[] = [];
	const todayIso = today.toISOString().slice(0, 10);

	for (const m of data.measures) {
		const own = targets.filter((t) => t.target.measure === m.id);
		const subject = { type: 'measure' as const, id: m.id };
		if (own.length === 0) gaps.push({ kind: 'measure_without_target', subject, organisation: m.lead, detail: {} });
		// A plan says how (in words) and how often (a rhythm): without both, nobody knows what is due when.
		if (m.status !== 'finished' && (!m.followup_plan || !m.followup_every))
			gaps.push({ kind: 'measure_without_plan', subject, organisation: m.lead, detail: {} });
		// Not followed up: the latest period whose report's day has passed has no follow-up.
		const due = records.latestDue(m);
		if (m.status !== 'planned' && due && !due.record)
			gaps.push({
				kind: 'measure_not_followed_up',
				subject,
				organisation: m.lead,
				detail: { lastFollowup: m.last_followup, period: due.period.code }
			});
		const ended = m.status === 'finished' || (m.end !== null && m.end < todayIso);
		if (m.kind === 'project' && ended && (!m.last_followup || (m.end !== null && m.last_followup < m.end)))
			gaps.push({
				kind: 'project_never_evaluated',
				subject,
				organisation: m.lead,
				detail: { lastFollowup: m.last_followup, end: m.end }
			});
	}

	for (const a of targets) {
		const subject = { type: 'target' as const, id: a.target.id };
		const newest = latest(a.points);
		if (!newest) {
			gaps.push({ kind: 'target_without_values', subject, organisation: a.target.organisation, detail: {} });
			continue;
		}
		// A period is published about `lag_years` after it ends: anything older than that is overdue. A
		// measure's own figure is due for every period whose report's day has passed.
		const expected = a.indicator.own
			? ownExpected(a.indicator.own.periodKind, todayIso)
			: today.getUTCFullYear() - a.indicator.lag_years;
		if (expected !== null && newest.period < expected)
			gaps.push({
				kind: 'target_values_stale',
				subject,
				organisation: a.target.organisation,
				detail: { newest: newest.period, expected }
			});
	}

	const used = new Set(targets.map((t) => t.target.indicator));
	for (const i of data.indicators) {
		if (!used.has(i.id))
			gaps.push({
				kind: 'indicator_without_target',
				subject: { type: 'indicator', id: i.id },
				organisation: null,
				detail: {}
			});
	}
	return gaps;
}

/** The time of the latest period of a kind whose council report's day has passed. */
function ownExpected(kind: PeriodKind, today: string): number | null {
	const year = Number(today.slice(0, 4));
	const passed = periodsBetween(kind, `${year - 2}-01-01`, `${year}-12-31`).filter((p) => reportOf(p).asOf! < today);
	const last = passed.at(-1);
	return last ? periodTime(last) : null;
}
