/**
 * The årshjul as calendar events, for an organisation or the whole municipality: each follow-up
 * period of a measure on the day it ends (the follow-up is due from then, told in its council report),
 * and each council report on its day with the targets it assesses. The same sources as the årshjul's
 * page (`yearWheel`), over this year and the next, so that a subscribed calendar is never empty in
 * December. Pure.
 */
import type { FollowUp } from '$lib/followup/followup';
import { measurePeriods } from '$lib/followup/records';
import { periodName, reportName } from '$lib/followup/views/records';
import { pick, type Lang } from '$lib/i18n/lang';
import { strings } from '$lib/i18n/strings';
import { parseReportPeriod, periodEnd, reportCode, reportOf } from '$lib/model/periods';
import { WHOLE_MUNICIPALITY, localPath, route } from '$lib/url/paths';
import { dueDay } from '$lib/data/audit-checks';
import type { Calendar, CalendarEvent } from './ical';

export interface FeedPlace {
	/** The site's own absolute address with its base path (config `site_url`), or null when not set. */
	site: string | null;
	/** The base path, for an address in words where the site's own is unknown. */
	base: string;
}

/** Which feeds there are: every organisation that follows up, and the whole municipality. */
export function feedIds(f: FollowUp): string[] {
	return [WHOLE_MUNICIPALITY, ...f.data.organisations.filter((o) => o.kind !== 'external').map((o) => o.id)];
}

export function yearWheelCalendar(f: FollowUp, id: string, lang: Lang, place: FeedPlace): Calendar | null {
	const s = strings[lang];
	const whole = id === WHOLE_MUNICIPALITY;
	const o = whole ? null : f.organisation(id);
	if (!whole && !o) return null;
	const name = o ? pick(lang, o.name, o.name_en) : f.data.config.organisation;
	const year = f.today.getUTCFullYear();
	const link = (path: string) => `${place.site ?? place.base}${localPath(lang, path)}`;
	const mine = (organisation: string) => whole || organisation === id;
	const uid = (what: string) => `${what}@foljupp-${f.data.config.municipality}`;
	const events: CalendarEvent[] = [];
	const workspace = (org: string) => `${route.workspace}?namnd=${org}`;
	for (const m of f.data.measures.filter((x) => mine(x.lead) && x.status !== 'finished'))
		for (const p of measurePeriods(m, year + 1).filter((x) => x.year >= year)) {
			const report = reportName(reportOf(p), lang);
			const where = link(workspace(m.lead));
			events.push({
				uid: uid(`uppfoljning-${m.id}-${p.code}`),
				date: periodEnd(p),
				summary: s.cal_followup(pick(lang, m.title, m.title_en), periodName(p.code, lang), m.example),
				description: s.cal_followup_detail(periodName(p.code, lang), report, where),
				url: place.site ? where : null
			});
		}
	for (const y of [year, year + 1])
		for (const kind of ['delar', 'ar'] as const) {
			const report = parseReportPeriod(reportCode(kind, y))!;
			const assessed = f.records
				.dueFor(report)
				.filter((d) => d.subject.type === 'target' && mine(d.organisation)).length;
			const where = link(route.report(id));
			events.push({
				uid: uid(`rapport-${kind}-${y}`),
				date: report.asOf!,
				summary: `${kind === 'delar' ? s.wheel_interim : s.wheel_annual} ${y}`,
				description: s.cal_report_detail(assessed, where),
				url: place.site ? where : null
			});
		}
	// Each action promised to the auditors, on its due day, until it is done.
	for (const a of f.data.audits.actions.filter((x) => mine(x.organisation))) {
		const day = dueDay(a.due);
		if (!day || Number(day.slice(0, 4)) < year || Number(day.slice(0, 4)) > year + 1) continue;
		const where = link(
			`${route.audit(f.data.audits.recommendations.find((r) => r.id === a.recommendation)?.audit ?? '')}#rek-${a.recommendation}`
		);
		events.push({
			uid: uid(`atgard-${a.id}`),
			date: day,
			summary: s.cal_action(a.text, a.example),
			description: s.cal_action_detail(a.role, where),
			url: place.site ? where : null
		});
	}
	events.sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid));
	return {
		name: s.cal_name(name),
		description: s.cal_description(name),
		lang,
		stamp: f.today.toISOString().slice(0, 10),
		events
	};
}
