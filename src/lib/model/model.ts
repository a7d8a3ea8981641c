/** The domain as the data files describe it. Files → these types is the job of ./load.ts. */
import type { PeriodKind } from './periods';

export type Gender = 'T' | 'K' | 'M';
export const GENDERS: readonly Gender[] = ['T', 'K', 'M'];

/** Kolada's marks for a value that is not there. A missing value is never a zero. */
export type MissingStatus = '..' | '-' | '.';
export const MISSING_STATUSES: readonly MissingStatus[] = ['..', '-', '.'];

export type Direction = 'higher' | 'lower';

/**
 * A target's status, in the words the site and a committee use alike (uppfyllt … ej bedömbar): the
 * status the key figures give (../followup/attainment.ts) and a committee's own assessment.
 */
export type AttainmentStatus =
	'met' | 'partly_met' | 'not_met' | 'on_track' | 'at_risk' | 'wrong_direction' | 'not_assessable';
export const STATUSES: readonly AttainmentStatus[] = [
	'met',
	'partly_met',
	'not_met',
	'on_track',
	'at_risk',
	'wrong_direction',
	'not_assessable'
];
/** A committee's assessment: a status, or that it has not assessed (ej bedömd). */
export type Assessment = AttainmentStatus | 'not_assessed';
export const ASSESSMENTS: readonly Assessment[] = [...STATUSES, 'not_assessed'];

/** How often a measure is followed up (./periods.ts). */
export type Rhythm = 'term' | 'half' | 'tertial' | 'quarter' | 'year';
export const RHYTHMS: readonly Rhythm[] = ['term', 'half', 'tertial', 'quarter', 'year'];
export type OrganisationKind = 'executive_board' | 'committee' | 'company' | 'external';
export type MeasureKind = 'project' | 'ordinary';
export type MeasureStatus = 'planned' | 'ongoing' | 'finished';

export interface Config {
	/** The municipality the dashboard follows up (Kolada code, 4 digits). */
	municipality: string;
	/** Its region (Kolada code 00XX), shown as a comparison. */
	region: string;
	/** How the municipality names itself and its organisation, e.g. "Tyresö kommun", "Trollhättans Stad". */
	organisation: string;
	/** Whether it calls itself a kommun or a stad: the overview is "kommunövergripande" or "stadsövergripande". */
	wording: 'kommun' | 'stad';
	service: string;
	/** Counts about people under this (and shares or means of fewer people) are shown as "färre än N", never as numbers. */
	small_numbers: number;
	/** The accessibility statement's feedback contact; empty until set (check-data warns). */
	contact_email: string;
	/** Share of the way from baseline to target that counts as "delvis uppfyllt". */
	partly_met_share: number;
	/** An observation older than this many years before today cannot assess a target. */
	max_observation_age_years: number;
	/** Compliance with the accessibility law, as the statement declares it. */
	accessibility_status: 'helt' | 'delvis' | 'inte';
	/** When accessibility was last evaluated (YYYY-MM-DD). */
	/** The day the site's own accessibility was last evaluated; empty until it has been. */
	accessibility_evaluated: string;
	/** The organisation's number (organisationsnummer, 212000-1538 style): the data catalogue's publisher. Empty until set. */
	org_number: string;
	/** Where the site is published, with its base path (https://…/uppfoljning): full addresses in the calendar feeds and the data catalogue. Empty until set. */
	site_url: string;
	/** The licence of the municipality's own files (measures, targets, follow-ups …), as an address; CC0 unless chosen. */
	own_data_licence: string;
}

/** English texts are null where none was written: the Swedish is shown instead, marked as Swedish. */
export interface Area {
	id: string;
	title: string;
	title_en: string | null;
	description: string;
	description_en: string | null;
}

export interface FocusArea {
	id: string;
	title: string;
	title_en: string | null;
	example: boolean;
}

export interface Organisation {
	id: string;
	name: string;
	name_en: string | null;
	kind: OrganisationKind;
}

export interface Indicator {
	id: string;
	/** Set for a measure's own figure seen as a key figure ($lib/data/own-figures.ts): whose it is and its periods. */
	own?: { measure: string; kind: ValueKind; periodKind: PeriodKind; example: boolean };
	title: string;
	title_en: string | null;
	area: string;
	unit: string;
	direction: Direction;
	source: string;
	description: string;
	gender_split: boolean;
	/** Kolada "Liknande kommuner" group to compare with, or null. */
	similar_group: string | null;
	/** Its theme ("arbetsmarknad"): setup and the Kolada refresh pick the municipality's own group of this theme. */
	similar_theme: string | null;
	/** Usual delay, in years, between a period and its publication. */
	lag_years: number;
	definition_retrieved: string | null;
	/** Kolada's latest published period, and when it publishes next (from the API; may be empty). */
	published_period: string | null;
	next_publication: string | null;
}

export interface Definition {
	id: string;
	retrieved: string;
	title: string;
	description: string | null;
}

export interface Measure {
	id: string;
	title: string;
	title_en: string | null;
	description: string;
	description_en: string | null;
	lead: string;
	partners: string[];
	area: string;
	focus_area: string | null;
	kind: MeasureKind;
	start: string | null;
	end: string | null;
	status: MeasureStatus;
	followup_plan: string | null;
	followup_plan_en: string | null;
	/** How often it is followed up, and from when: which follow-ups are due in which period. */
	followup_every: Rhythm | null;
	followup_from: string | null;
	/** The last follow-up: the latest record's date where there are records (./followups), else as written. */
	last_followup: string | null;
	example: boolean;
}

/**
 * A committee's follow-up of a measure (its own rhythm's period, `2025H1`) or of a target (a council
 * report, `delar-2025`): its assessment, in its own words, by a role, and where it was decided.
 */
export interface FollowUpRecord {
	measure: string | null;
	target: string | null;
	period: string;
	assessment: Assessment;
	analysis: string | null;
	done: string | null;
	next: string | null;
	results: string | null;
	/** A function, not a person: "enhetschef arbetsmarknad". */
	role: string;
	date: string;
	decided_by: string | null;
	decided_at: string | null;
	/** Where in the minutes: "§ 73". */
	minutes: string | null;
	example: boolean;
}

export interface Target {
	id: string;
	/** The measure the target follows up, or null for a committee's own target. */
	measure: string | null;
	organisation: string;
	indicator: string;
	municipality: string;
	gender: Gender;
	baseline_period: number;
	baseline_value: number;
	target_value: number;
	target_period: number;
	decided_by: string;
	decided_at: string | null;
	example: boolean;
}

/**
 * Why a value is not shown: Kolada's marks; `small` — a number about people under the site's
 * threshold; `secondary` — withheld only so that a `small` one cannot be worked out by subtraction.
 */
export type PointStatus = MissingStatus | WithheldStatus;
export type WithheldStatus = 'small' | 'secondary';
/** Whether a value was held back about people (not missing at the source). */
export const isWithheld = (status: PointStatus | null): status is WithheldStatus =>
	status === 'small' || status === 'secondary';

/** One period's value of a series: null when missing, with Kolada's mark saying why where known. */
export interface Point {
	/** A year, or for a measure's own figure the end of its period on the same scale (`periodTime`). */
	period: number;
	value: number | null;
	status: PointStatus | null;
}

/** Which line a series is: its style and marker follow from this, so charts read in greyscale too. */
export type SeriesKind = 'municipality' | 'region' | 'riket' | 'group' | 'other';

export interface Series {
	id: string;
	label: string;
	kind: SeriesKind;
	points: readonly Point[];
}

export interface Observation {
	indicator: string;
	municipality: string;
	period: number;
	gender: Gender;
	value: number | null;
	status: PointStatus | null;
}

/** What a measure's own figure counts: people or things (a whole number), a share in %, or a mean. */
export type ValueKind = 'count' | 'share' | 'mean';

/** A key figure of a measure's own (egen uppföljning): its values are the measure's, not a municipality's. */
export interface MeasureFigure {
	id: string;
	measure: string;
	title: string;
	title_en: string | null;
	kind: ValueKind;
	/** Printed after a number ("deltagare"); a share is in %. */
	unit: string | null;
	unit_en: string | null;
	direction: Direction;
	description: string | null;
	description_en: string | null;
	/** Where the figures come from, beyond "egen uppföljning" (a register, a survey). */
	source: string | null;
	/** The count this one is a part of: the figures naming the same total add up to it, period by period. */
	part_of: string | null;
	example: boolean;
}

/** One value of a measure's own figure. A value under the threshold of small numbers is null, status `small`. */
export interface FigureValue {
	figure: string;
	/** The period's canonical code (`2025H1`), its kind, and its end on the time scale (`periodTime`). */
	period: string;
	kind: PeriodKind;
	time: number;
	value: number | null;
	/** For a share or a mean: how many it is of (null when unknown, or itself too small to show). */
	denominator: number | null;
	status: WithheldStatus | null;
}

export interface Municipality {
	code: string;
	name: string;
	county_code: string | null;
	county_name: string | null;
	level: 'riket' | 'region' | 'kommun';
}

export interface MunicipalityGroup {
	group_id: string;
	title: string;
	member_codes: string[];
}

/** Everything in data/, checked and typed. */
export interface Dataset {
	config: Config;
	areas: Area[];
	focusAreas: FocusArea[];
	organisations: Organisation[];
	indicators: Indicator[];
	measures: Measure[];
	targets: Target[];
	followups: FollowUpRecord[];
	observations: Observation[];
	/** Measures' own figures and their values, small numbers already suppressed. */
	figures: MeasureFigure[];
	figureValues: FigureValue[];
	/** Key figures' definitions as retrieved over time: more than one for an id means Kolada changed it. */
	definitions: Definition[];
	municipalities: Municipality[];
	groups: MunicipalityGroup[];
	/** The elected auditors' audits, their recommendations, the committees' answers and actions, followed up. */
	audits: AuditData;
}

/** An audit (granskning) by the municipality's elected auditors, in its own words. */
export interface Audit {
	id: string;
	title: string;
	title_en: string | null;
	/** The auditors' firm that carried it out (EY, PwC …). */
	firm: string;
	date: string | null;
	/** The committees audited (organisation ids). */
	committees: string[];
	/** The overall assessment in the audit's own words ("delvis"). */
	assessment: string;
	report_url: string | null;
	example: boolean;
}

export interface Recommendation {
	id: string;
	audit: string;
	/** Quoted from the audit. */
	text: string;
	/** Addressed to (organisation ids). */
	committees: string[];
	/** The measures and targets that answer it. */
	measures: string[];
	targets: string[];
}

/** A committee's answer to a recommendation, and where it was decided. */
export interface AuditAnswer {
	recommendation: string;
	organisation: string;
	comment: string;
	decided_by: string | null;
	decided_at: string;
	minutes: string | null;
	example: boolean;
}

/** An action promised in an answer: what, by whom (a role, not a person), by when (a date or a report). */
export interface AuditAction {
	id: string;
	recommendation: string;
	organisation: string;
	text: string;
	role: string;
	/** A date (YYYY-MM-DD) or a report (`delar-2026`, `ar-2026`). */
	due: string;
	example: boolean;
}

export type ActionStatus = 'done' | 'ongoing' | 'not_started' | 'waiting' | 'not_relevant';
export const ACTION_STATUSES: readonly ActionStatus[] = ['done', 'ongoing', 'not_started', 'waiting', 'not_relevant'];

/** An action's status at a report, with a comment (the reason, where it is no longer relevant). */
export interface ActionFollowUp {
	action: string;
	/** The report it is told in (`delar-2026`). */
	period: string;
	status: ActionStatus;
	comment: string | null;
	date: string;
	example: boolean;
}

export interface AuditData {
	audits: Audit[];
	recommendations: Recommendation[];
	answers: AuditAnswer[];
	actions: AuditAction[];
	actionFollowUps: ActionFollowUp[];
}
