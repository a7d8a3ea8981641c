/**
 * The workspace's two pages as the build writes them (and the browser again when an upload is shown):
 * what each committee has due, and the measures and targets as published.
 */
import type { FollowUp } from '$lib/followup/followup';
import { pick, type Lang } from '$lib/i18n/lang';
import { defaultReport, workspaceItems, workspaceReports } from './items';

/**
 * The workspace ("Följ upp"): the organisations that follow up, what each has due for the report it
 * opens on (shown before any script runs), and the status the key figures give each target, which
 * the forms show beside the committee's own assessment.
 */
export function workspacePage(f: FollowUp, lang: Lang) {
	const today = f.today.toISOString().slice(0, 10);
	const organisations = f.data.organisations
		.filter((o) => o.kind !== 'external')
		.map((o) => {
			const report = defaultReport(f.data, today, o.id);
			const items = workspaceItems(f.data, today, o.id, report, {}, lang);
			return {
				id: o.id,
				name: pick(lang, o.name, o.name_en),
				report,
				done: items.filter((i) => i.recorded).length,
				total: items.length
			};
		});
	return {
		organisations,
		reports: workspaceReports(today, lang),
		statuses: Object.fromEntries(f.targets.map((a) => [a.target.id, a.attainment.status]))
	};
}

/** The workspace's measures and targets, as published: listed before any script runs. */
export function workspaceEntitiesPage(f: FollowUp, lang: Lang) {
	return {
		measures: f.data.measures.map((m) => ({
			id: m.id,
			title: pick(lang, m.title, m.title_en),
			lead: f.organisation(m.lead)?.name ?? m.lead
		})),
		targets: f.targets.map((a) => ({
			id: a.target.id,
			title: pick(lang, a.indicator.title, a.indicator.title_en),
			organisation: f.organisation(a.target.organisation)?.name ?? a.target.organisation
		}))
	};
}

/** The workspace's audits page before any script runs: per committee, the recommendations to it and those answered. */
export function workspaceAuditsPage(f: FollowUp, lang: Lang) {
	const { recommendations, answers } = f.data.audits;
	return {
		organisations: f.data.organisations
			.filter((o) => o.kind !== 'external')
			.map((o) => {
				const to = recommendations.filter((r) => r.committees.includes(o.id));
				return {
					id: o.id,
					name: pick(lang, o.name, o.name_en),
					recommendations: to.length,
					answered: to.filter((r) => answers.some((a) => a.recommendation === r.id && a.organisation === o.id)).length
				};
			})
	};
}
