/** The committees' own follow-up: records, rhythms, what is due, the year's calendar and the workspace. */
import { monthNames } from '../format';

const MONTHS_SV = monthNames('sv');
const MONTHS_EN = monthNames('en');

type Kind = 'year' | 'half' | 'tertial' | 'quarter' | 'month' | 'term';

export const sv = {
	period_name: (kind: Kind, year: number, index: number) =>
		kind === 'year'
			? String(year)
			: kind === 'half'
				? `${index === 1 ? 'första' : 'andra'} halvåret ${year}`
				: kind === 'tertial'
					? `tertial ${index} ${year}`
					: kind === 'quarter'
						? `kvartal ${index} ${year}`
						: kind === 'month'
							? `${MONTHS_SV[index - 1]} ${year}`
							: `${index === 1 ? 'VT' : 'HT'} ${year}`,
	month_name: (month: number) => MONTHS_SV[month - 1]!,
	rhythm_term: 'varje termin',
	rhythm_half: 'varje halvår',
	rhythm_tertial: 'varje tertial',
	rhythm_quarter: 'varje kvartal',
	rhythm_year: 'varje år',
	rhythm_none: 'ingen rytm bestämd',
	status_not_assessed: 'Ej bedömd',
	fu_rhythm: 'Följs upp',
	fu_since: 'från',
	fu_history: 'Nämndens uppföljningar',
	fu_history_none: 'Insatsen har inte följts upp än.',
	fu_next: 'Nästa uppföljning',
	fu_next_in: (period: string, report: string) => `${period}, i ${report.toLowerCase()}`,
	fu_latest_missing: (period: string) => `Uppföljningen för ${period} saknas.`,
	fu_assessment: 'Nämndens bedömning',
	fu_analysis: 'Analys',
	fu_done: 'Vad har gjorts',
	fu_next_steps: 'Åtgärder framåt',
	fu_results: 'Resultat',
	fu_role: 'Rapporterad av',
	fu_date: 'Rapporterad den',
	fu_decided: 'Beslutad',
	fu_decided_in: (body: string, date: string, minutes: string) => [body, date, minutes].filter(Boolean).join(', '),
	fu_committee_says: 'Nämnden bedömer',
	fu_figures_say: 'Nyckeltalen visar',
	fu_disagree: 'Nämndens bedömning och nyckeltalens status skiljer sig åt.',
	fu_committee_none: 'Nämnden har inte lämnat någon bedömning av målet än.',
	fu_committee_none_measure:
		'Uppföljningen av insatsen är en egen post: målet bedöms för sig, i delårsrapporten och årsbokslutet under Följ upp.',
	fu_latest_for: (period: string) => `Senaste uppföljning: ${period}`,
	fu_progress: (done: number, total: number) => `${done} av ${total} uppföljningar klara`,
	fu_progress_for: (report: string) => `Uppföljning till ${report.toLowerCase()}`,
	fu_missing_for: 'Saknas',
	fu_report_followup: 'Nämndens uppföljning',
	fu_report_missing: (period: string) => `Ingen uppföljning för ${period} är inlämnad.`,
	rules_committee_heading: 'Nämndens egen bedömning',
	rules_committee:
		'Statusen ovan räknas fram ur nyckeltalen. Varje nämnd gör också en egen bedömning av sina insatser och mål till varje rapport, med samma ord, en analys och vad den gör framåt. Målets sida visar båda; där de skiljer sig åt står det tydligt. Nyckeltalen kommer ofta ett eller två år efter insatsen, så nämndens bedömning kan vara den färskaste.',
	rule_not_assessed: 'Nämnden har följt upp men inte gjort någon bedömning för perioden.',
	rules_small_heading: 'Små tal visas inte',
	rules_small: (n: number) =>
		`En insats egna siffror om personer visas inte när de rör färre än ${n} personer, så att ingen enskild kan pekas ut: ett antal under ${n}; en andel eller ett medelvärde av färre än ${n}; och en andel där färre än ${n} står bakom den eller bakom resten (10 % av 30 är 3 personer, 90 % av 30 lämnar 3). Då visas varken andelen eller vad den räknas på, i diagram, tabeller, filer, inbäddningar och rapporter. Där en siffra är delar av en summa (de som avbrutit och de som fullföljt, av alla med plan) kunde en dold del räknas fram som summan minus de andra delarna. Då döljs också den minsta del som annars visas, tills minst två värden i summan är dolda och de dolda delarna tillsammans inte heller är ett litet tal. Ett sådant värde står som ”utelämnat” (×) med en egen not, inte som ”färre än ${n}”: det behöver inte vara litet. Följupp ser bara de summor som anges i data (part_of). Nyckeltalen från Kolada har Koladas egen sekretessmarkering (..).`,
	wheel_title: 'Årshjul',
	wheel_lead: (name: string, year: number) =>
		`Vad ${name} följer upp under ${year}, månad för månad: rapporterna till fullmäktige och insatsernas egen uppföljning.`,
	wheel_interim: 'Delårsrapport per 31 augusti',
	wheel_annual: 'Årsbokslut per 31 december',
	wheel_targets: (n: number) => `${n} effektmål bedöms`,
	wheel_period_ends: (period: string) => `${period} slutar`,
	wheel_reported_in: (report: string) => `redovisas i ${report.toLowerCase()}`,
	wheel_nothing: 'Inget förfaller.',
	cal_name: (name: string) => `Årshjul: ${name}`,
	cal_description: (name: string) => `Uppföljningar och rapporter till fullmäktige för ${name}, från Följupp.`,
	cal_followup: (measure: string, period: string, example: boolean) =>
		`${example ? '[Exempel] ' : ''}Följ upp: ${measure} (${period})`,
	cal_followup_detail: (period: string, report: string, where: string) =>
		`Perioden ${period} slutar i dag. Uppföljningen redovisas i ${report.toLowerCase()}. Skriv den på Följ upp: ${where}`,
	cal_report_detail: (n: number, where: string) => `${n ? `${n} effektmål bedöms. ` : ''}Rapporten: ${where}`,
	cal_action: (text: string, example: boolean) => `${example ? '[Exempel] ' : ''}Åtgärd till revisionen klar: ${text}`,
	cal_action_detail: (role: string, where: string) =>
		`Åtgärden nämnden lovat revisorerna ska vara klar i dag (ansvarig: ${role}). Granskningen: ${where}`,
	cal_subscribe: 'Prenumerera i din kalender',
	cal_subscribe_whole: (name: string) => `Hela årshjulet för ${name}`,
	cal_subscribe_help:
		'I Outlook: högerklicka på länken och kopiera adressen, välj Lägg till kalender › Prenumerera från webben och klistra in den. Kalendern uppdaterar sig själv när årshjulet ändras.',
	wheel_link: 'Årshjul',
	workspace_link: 'Följ upp',
	nav_followup: 'Följ upp'
};

export const en: typeof sv = {
	period_name: (kind, year, index) =>
		kind === 'year'
			? String(year)
			: kind === 'half'
				? `${index === 1 ? 'first' : 'second'} half of ${year}`
				: kind === 'tertial'
					? `four-month period ${index} ${year}`
					: kind === 'quarter'
						? `Q${index} ${year}`
						: kind === 'month'
							? `${MONTHS_EN[index - 1]} ${year}`
							: `${index === 1 ? 'spring' : 'autumn'} term ${year}`,
	month_name: (month) => MONTHS_EN[month - 1]!,
	rhythm_term: 'every term',
	rhythm_half: 'every half-year',
	rhythm_tertial: 'every four months',
	rhythm_quarter: 'every quarter',
	rhythm_year: 'every year',
	rhythm_none: 'no rhythm decided',
	status_not_assessed: 'Not assessed',
	fu_rhythm: 'Followed up',
	fu_since: 'from',
	fu_history: "The committee's follow-ups",
	fu_history_none: 'The measure has not been followed up yet.',
	fu_next: 'Next follow-up',
	fu_next_in: (period, report) => `${period}, in the ${report.toLowerCase()}`,
	fu_latest_missing: (period) => `The follow-up for ${period} is missing.`,
	fu_assessment: "The committee's assessment",
	fu_analysis: 'Analysis',
	fu_done: 'What was done',
	fu_next_steps: 'Next steps',
	fu_results: 'Results',
	fu_role: 'Reported by',
	fu_date: 'Reported on',
	fu_decided: 'Decided',
	fu_decided_in: (body, date, minutes) => [body, date, minutes].filter(Boolean).join(', '),
	fu_committee_says: 'The committee assesses',
	fu_figures_say: 'The key figures show',
	fu_disagree: "The committee's assessment and the key figures' status differ.",
	fu_committee_none: 'The committee has not assessed the target yet.',
	fu_committee_none_measure:
		"The measure's follow-up is a record of its own: the target is assessed separately, in the interim and annual reports under Follow up.",
	fu_latest_for: (period) => `Latest follow-up: ${period}`,
	fu_progress: (done, total) => `${done} of ${total} follow-ups done`,
	fu_progress_for: (report) => `Follow-up for the ${report.toLowerCase()}`,
	fu_missing_for: 'Missing',
	fu_report_followup: "The committee's follow-up",
	fu_report_missing: (period) => `No follow-up for ${period} has been handed in.`,
	rules_committee_heading: "The committee's own assessment",
	rules_committee:
		"The status above is worked out from the key figures. Each committee also assesses its own measures and targets for every report, in the same words, with an analysis and what it does next. The target's page shows both; where they differ it says so plainly. Key figures often come a year or two after the work, so the committee's assessment may be the most recent.",
	rule_not_assessed: 'The committee has followed up but made no assessment for the period.',
	rules_small_heading: 'Small numbers are not shown',
	rules_small: (n) =>
		`A measure's own figures about people are not shown where they concern fewer than ${n} people, so that no one can be singled out: a count under ${n}; a share or mean of fewer than ${n}; and a share with fewer than ${n} people behind it or behind the rest (10% of 30 is 3 people, 90% of 30 leaves 3). Then neither the share nor what it is taken of is shown, in charts, tables, files, embeds and reports. Where figures are parts of a total (those who left early and those who kept to their plan, of all with a plan), a withheld part could be worked out as the total less the other parts. Then the smallest part otherwise shown is withheld too, until at least two values of the sum are withheld and the withheld parts together are no small number either. Such a value is marked "withheld" (×) with a note of its own, not "fewer than ${n}": it need not be small. Följupp sees only the totals declared in the data (part_of). Kolada's key figures carry Kolada's own mark for confidentiality (..).`,
	wheel_title: 'Year planner',
	wheel_lead: (name, year) =>
		`What ${name} follows up in ${year}, month by month: the reports to the council and the measures' own follow-up.`,
	wheel_interim: 'Interim report as of 31 August',
	wheel_annual: 'Annual report as of 31 December',
	wheel_targets: (n) => `${n} effect targets assessed`,
	wheel_period_ends: (period) => `${period} ends`,
	wheel_reported_in: (report) => `reported in the ${report.toLowerCase()}`,
	wheel_nothing: 'Nothing due.',
	cal_name: (name) => `Year planner: ${name}`,
	cal_description: (name) => `Follow-ups and reports to the council for ${name}, from Följupp.`,
	cal_followup: (measure, period, example) => `${example ? '[Example] ' : ''}Follow up: ${measure} (${period})`,
	cal_followup_detail: (period, report, where) =>
		`The period ${period} ends today. The follow-up is reported in the ${report.toLowerCase()}. Write it on Follow up: ${where}`,
	cal_report_detail: (n, where) => `${n ? `${n} effect targets assessed. ` : ''}The report: ${where}`,
	cal_action: (text, example) => `${example ? '[Example] ' : ''}Action for the auditors due: ${text}`,
	cal_action_detail: (role, where) =>
		`The action the committee promised the auditors is due today (responsible: ${role}). The audit: ${where}`,
	cal_subscribe: 'Subscribe in your calendar',
	cal_subscribe_whole: (name) => `The whole year planner for ${name}`,
	cal_subscribe_help:
		'In Outlook: right-click the link and copy its address, choose Add calendar › Subscribe from web and paste it. The calendar updates itself when the year planner changes.',
	wheel_link: 'Year planner',
	workspace_link: 'Follow up',
	nav_followup: 'Follow up'
};
