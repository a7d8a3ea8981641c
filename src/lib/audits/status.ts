/**
 * Where each audit's recommendations stand, as the auditors follow them up every year: which are
 * answered and by whom, each promised action's latest status (the newest report's, then the newest
 * date), which actions are past their due day without being done, and which were never followed up.
 * Pure: the data and today in, plain values out.
 */
import type {
	ActionFollowUp,
	ActionStatus,
	AuditAction,
	AuditAnswer,
	AuditData,
	Recommendation
} from '$lib/model/model';
import { parseReportPeriod } from '$lib/model/periods';
import { dueDay } from '$lib/data/audit-checks';

export interface ActionState {
	action: AuditAction;
	/** The due day (a report's day where the due is a report). */
	dueDay: string;
	latest: ActionFollowUp | null;
	history: ActionFollowUp[];
	/** Past its due day and neither done nor no longer relevant. */
	overdue: boolean;
}

export interface RecommendationState {
	recommendation: Recommendation;
	answers: AuditAnswer[];
	/** The committees addressed that have not answered. */
	unanswered: string[];
	actions: ActionState[];
	/** Not closed: an addressed committee has not answered, or an action is not done (or no longer relevant). */
	open: boolean;
}

const CLOSED: readonly ActionStatus[] = ['done', 'not_relevant'];

/** A report's place in time, so that the newest report's status is the latest. */
function reportOrder(code: string): number {
	const r = parseReportPeriod(code);
	return r && r.year ? r.year * 2 + (r.kind === 'ar' ? 1 : 0) : 0;
}

export function actionState(action: AuditAction, followUps: readonly ActionFollowUp[], today: string): ActionState {
	const history = followUps
		.filter((f) => f.action === action.id)
		.sort((a, b) => reportOrder(b.period) - reportOrder(a.period) || b.date.localeCompare(a.date));
	const latest = history[0] ?? null;
	const due = dueDay(action.due) ?? action.due;
	return { action, dueDay: due, latest, history, overdue: due < today && !(latest && CLOSED.includes(latest.status)) };
}

export function recommendationStates(data: AuditData, today: string, audit?: string): RecommendationState[] {
	return data.recommendations
		.filter((r) => audit === undefined || r.audit === audit)
		.map((recommendation) => {
			const answers = data.answers.filter((a) => a.recommendation === recommendation.id);
			const unanswered = recommendation.committees.filter((c) => !answers.some((a) => a.organisation === c));
			const actions = data.actions
				.filter((a) => a.recommendation === recommendation.id)
				.map((a) => actionState(a, data.actionFollowUps, today));
			const open = unanswered.length > 0 || actions.some((a) => !(a.latest && CLOSED.includes(a.latest.status)));
			return { recommendation, answers, unanswered, actions, open };
		});
}

/** What the overview, an audit's row and a committee's page count. */
export interface AuditCounts {
	recommendations: number;
	open: number;
	unanswered: number;
	actions: number;
	done: number;
	overdue: number;
	neverFollowedUp: number;
}

export function countStates(states: readonly RecommendationState[]): AuditCounts {
	const actions = states.flatMap((s) => s.actions);
	return {
		recommendations: states.length,
		open: states.filter((s) => s.open).length,
		unanswered: states.filter((s) => s.unanswered.length > 0).length,
		actions: actions.length,
		done: actions.filter((a) => a.latest?.status === 'done').length,
		overdue: actions.filter((a) => a.overdue).length,
		neverFollowedUp: actions.filter((a) => a.latest === null).length
	};
}

/** A committee's part: the recommendations addressed to it, with only its own answers and actions. */
export function committeeStates(data: AuditData, organisation: string, today: string): RecommendationState[] {
	return recommendationStates(data, today)
		.filter((s) => s.recommendation.committees.includes(organisation))
		.map((s) => {
			const answers = s.answers.filter((a) => a.organisation === organisation);
			const actions = s.actions.filter((a) => a.action.organisation === organisation);
			const unanswered = answers.length ? [] : [organisation];
			return {
				...s,
				answers,
				actions,
				unanswered,
				open: unanswered.length > 0 || actions.some((a) => !(a.latest && CLOSED.includes(a.latest.status)))
			};
		});
}
