/** The columns of every file in data/, as documented in data/README.md. */
import { code, date, id, list, mayBeAbsent, number, oneOf, optional, periodOrYear, periodText, text, wholeNumber, word, year, yesNo } from './cells';
import { GENDERS, MISSING_STATUSES } from '../model/model';

/** English texts may be empty or left out: the Swedish is shown instead, marked as Swedish. */
const english = mayBeAbsent(optional(text));

export const areaSchema = {
	id,
	title: text,
	title_en: english,
	description: text,
	description_en: english
};

export const focusAreaSchema = { id, title: text, title_en: english, example: yesNo };

export const organisationSchema = {
	id,
	name: text,
	name_en: english,
	kind: oneOf(['executive_board', 'committee', 'company', 'external'])
};

export const indicatorSchema = {
	id: text,
	title: text,
	title_en: english,
	area: text,
	unit: text,
	direction: oneOf(['higher', 'lower']),
	source: text,
	description: text,
	gender_split: yesNo,
	similar_group: optional(text),
	similar_theme: mayBeAbsent(optional(text)),
	lag_years: wholeNumber,
	definition_retrieved: optional(date),
	published_period: optional(text),
	next_publication: optional(date)
};

/** Each definition Kolada has given a key figure, with the day it was retrieved. */
export const definitionSchema = { id: text, retrieved: date, title: text, description: optional(text) };

export const measureSchema = {
	id,
	title: text,
	title_en: english,
	description: text,
	description_en: english,
	lead: text,
	partners: list,
	area: text,
	focus_area: optional(text),
	// Each word as the file's English id or in Swedish, as an official writes it in Excel.
	kind: word({ project: ['projekt'], ordinary: ['ordinarie', 'ordinarie verksamhet'] }),
	start: optional(date),
	end: optional(date),
	status: word({ planned: ['planerad', 'planerat'], ongoing: ['pågående', 'pågår'], finished: ['avslutad', 'avslutat'] }),
	followup_plan: optional(text),
	followup_plan_en: english,
	followup_every: mayBeAbsent(optional(word({ term: ['termin'], half: ['halvår', 'half-year'], tertial: [], quarter: ['kvartal'], year: ['år'] }))),
	followup_from: mayBeAbsent(optional(date)),
	last_followup: optional(date),
	example: yesNo
};

export const targetSchema = {
	id,
	measure: optional(text),
	organisation: text,
	indicator: text,
	municipality: code,
	gender: oneOf(GENDERS),
	/** A year; for a measure's own figure also one of its periods (`2025H2`). */
	baseline_period: periodOrYear,
	/** Empty: filled from the published value (./baselines.ts). */
	baseline_value: optional(number),
	target_value: number,
	target_period: periodOrYear,
	decided_by: text,
	decided_at: optional(date),
	example: yesNo
};

export const observationSchema = {
	indicator: text,
	municipality: code,
	period: year,
	gender: oneOf(GENDERS),
	value: optional(number),
	status: optional(oneOf(MISSING_STATUSES))
};

export const municipalitySchema = {
	code,
	name: text,
	county_code: optional(text),
	county_name: optional(text),
	level: oneOf(['riket', 'region', 'kommun']),
	kolada_type: optional(text)
};

export const groupSchema = { group_id: text, title: text, member_codes: list };

/** A committee's assessment: the site's status words (as ids or in Swedish), or ej bedömd. */
export const assessment = word({
	met: ['uppfyllt'],
	partly_met: ['delvis uppfyllt'],
	not_met: ['ej uppfyllt', 'inte uppfyllt'],
	on_track: ['på väg'],
	at_risk: ['risk'],
	wrong_direction: ['fel riktning'],
	not_assessable: ['ej bedömbar'],
	not_assessed: ['ej bedömd', 'inte bedömd']
});

/** data/followups.csv: each committee's follow-up of a measure or a target, for one period. */
export const followUpSchema = {
	measure: optional(text),
	target: optional(text),
	period: text,
	assessment,
	analysis: optional(text),
	done: optional(text),
	next: optional(text),
	results: optional(text),
	role: text,
	date,
	decided_by: optional(text),
	decided_at: optional(date),
	minutes: optional(text),
	example: yesNo
};

/** data/measure_figures.csv: a measure's own key figures (participants, outputs, participants' outcomes). */
export const measureFigureSchema = {
	id,
	measure: text,
	title: text,
	title_en: english,
	kind: oneOf(['count', 'share', 'mean']),
	unit: optional(text),
	unit_en: english,
	direction: oneOf(['higher', 'lower']),
	description: optional(text),
	description_en: english,
	source: optional(text),
	example: yesNo,
	part_of: mayBeAbsent(optional(text))
};

/**
 * data/measure_values.csv: their values, one per figure and period. A value published as too small
 * to show has no value and the status `small`, or `secondary` where it was withheld so that a small one
 * cannot be worked out (the published file is written so).
 */
export const figureValueSchema = {
	figure: text,
	period: periodText,
	value: optional(number),
	denominator: mayBeAbsent(optional(number)),
	status: mayBeAbsent(optional(oneOf(['small', 'secondary'])))
};

/** data/audits.csv: the elected auditors' audits (granskningar), in their own words. */
export const auditSchema = {
	id,
	title: text,
	title_en: english,
	firm: text,
	date: optional(date),
	committees: list,
	assessment: text,
	report_url: optional(text),
	example: yesNo
};

/** data/recommendations.csv: each audit's recommendations, to the committees named. */
export const recommendationSchema = {
	id,
	audit: text,
	text,
	committees: list,
	measures: mayBeAbsent(list),
	targets: mayBeAbsent(list)
};

/** data/audit_answers.csv: a committee's answer to a recommendation, and where it was decided. */
export const auditAnswerSchema = {
	recommendation: text,
	organisation: text,
	comment: text,
	decided_by: optional(text),
	decided_at: date,
	minutes: optional(text),
	example: yesNo
};

/** data/audit_actions.csv: the actions an answer promises: what, a role, by when (a date or a report). */
export const auditActionSchema = {
	id,
	recommendation: text,
	organisation: text,
	text,
	role: text,
	due: text,
	example: yesNo
};

/** data/audit_action_followups.csv: an action's status at a report (genomförd … inte längre aktuell). */
export const actionFollowUpSchema = {
	action: text,
	period: text,
	status: word({
		done: ['genomförd', 'genomfört', 'klar'],
		ongoing: ['pågår', 'pågående'],
		not_started: ['ej påbörjad', 'inte påbörjad'],
		waiting: ['avvaktar'],
		not_relevant: ['inte längre aktuell', 'ej aktuell']
	}),
	comment: optional(text),
	date,
	example: yesNo
};
