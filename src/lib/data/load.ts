/** The auditors' audits and the committees' answers: each file names rows of the one before. */
export const AUDIT_FILES = [
	'audits.csv',
	'recommendations.csv',
	'audit_answers.csv',
	'audit_actions.csv',
	'audit_action_followups.csv'
] as const;

/**
 * Turns the texts of the files in data/ into a checked Dataset: each file against its schema,
 * then every reference between files. Pure: the caller reads the files (from disk at build time,
 * from the site in the browser).
 */
import type { Config, Dataset } from '../model/model';
import { isError, type Problem } from './problems';
import {
	actionFollowUpSchema,
	areaSchema,
	auditActionSchema,
	auditAnswerSchema,
	auditSchema,
	definitionSchema,
	figureValueSchema,
	focusAreaSchema,
	followUpSchema,
	groupSchema,
	indicatorSchema,
	measureFigureSchema,
	measureSchema,
	municipalitySchema,
	observationSchema,
	organisationSchema,
	recommendationSchema,
	targetSchema
} from './schemas';
import { auditProblems } from './audit-checks';
import { settleBaselines } from './baselines';
import { parseSimilarTitle } from './groups';
import { followUpProblems, periodExample, withLastFollowUp } from './record-checks';
import { figureObservations, figureProblems, partProblems } from './own-figures';
import { suppressSmall } from './suppression';
import { periodAtTime, type PeriodKind } from '../model/periods';
import { closest } from './suggest';
import { readTable, type Located, type Schema } from './table';

export const DATA_FILES = [
	'config.json',
	'areas.csv',
	'focus_areas.csv',
	'organisations.csv',
	'indicators.csv',
	'indicator_definitions.csv',
	'measures.csv',
	'targets.csv',
	'followups.csv',
	'measure_figures.csv',
	'measure_values.csv',
	'observations.csv',
	'municipalities.csv',
	'municipality_groups.csv',
	...AUDIT_FILES
] as const;
export type DataFile = (typeof DATA_FILES)[number];

/** Files a data folder may be without: then it has none of what they hold. */
export const OPTIONAL_FILES: readonly DataFile[] = [
	'followups.csv',
	'measure_figures.csv',
	'measure_values.csv',
	...AUDIT_FILES
];

/** Each CSV data file's columns. */
export const SCHEMAS = {
	'areas.csv': areaSchema,
	'focus_areas.csv': focusAreaSchema,
	'organisations.csv': organisationSchema,
	'indicators.csv': indicatorSchema,
	'indicator_definitions.csv': definitionSchema,
	'measures.csv': measureSchema,
	'targets.csv': targetSchema,
	'followups.csv': followUpSchema,
	'measure_figures.csv': measureFigureSchema,
	'measure_values.csv': figureValueSchema,
	'observations.csv': observationSchema,
	'municipalities.csv': municipalitySchema,
	'municipality_groups.csv': groupSchema,
	'audits.csv': auditSchema,
	'recommendations.csv': recommendationSchema,
	'audit_answers.csv': auditAnswerSchema,
	'audit_actions.csv': auditActionSchema,
	'audit_action_followups.csv': actionFollowUpSchema
} as const satisfies Partial<Record<DataFile, Schema>>;

export interface LoadResult {
	dataset: Dataset | null;
	problems: Problem[];
}

export interface LoadOptions {
	/** How messages name the folder. */
	dir?: string;
	/** The problem of each file whose bytes could not be read as text (./text.ts): named once, not also as missing. */
	unreadable?: readonly Problem[];
	/** 'later' where the observations are read apart (the browser): the baselines were checked when the site was built. */
	baselines?: 'check' | 'later';
	/** The day follow-ups may not be dated after (ISO date); the real today when not given. */
	today?: string;
}

/** Creative Commons Zero: the municipality's own files, unless it chooses another licence. */
export const CC0 = 'http://creativecommons.org/publicdomain/zero/1.0/';

export function loadDataset(files: Partial<Record<DataFile, string>>, options: LoadOptions = {}): LoadResult {
	const { dir = 'data', unreadable = [], baselines = 'check' } = options;
	const today = options.today ?? new Date().toISOString().slice(0, 10);
	const problems: Problem[] = [...unreadable];
	const path = (f: DataFile) => `${dir}/${f}`;
	for (const f of DATA_FILES) {
		if (files[f] === undefined && !OPTIONAL_FILES.includes(f) && !unreadable.some((p) => p.file === path(f)))
			problems.push({ file: path(f), line: null, column: null, kind: 'missing_file', text: '' });
	}
	// The ids of rows left out for an error, by file: a row that refers to one depends on it, and is told so.
	const rejectedIds = new Map<DataFile, Map<string, number>>();
	const read = <S extends Parameters<typeof readTable>[2]>(f: DataFile, schema: S) => {
		const source = files[f];
		if (source === undefined) return [];
		const r = readTable(path(f), source, schema);
		problems.push(...r.problems);
		rejectedIds.set(f, new Map((r.rejected ?? []).filter((x) => x.id).map((x) => [x.id!, x.line])));
		return r.rows;
	};

	const configText = files['config.json'];
	const config = configText === undefined ? null : readConfig(path('config.json'), configText, problems);
	const areas = read('areas.csv', areaSchema);
	const focusAreas = read('focus_areas.csv', focusAreaSchema);
	const organisations = read('organisations.csv', organisationSchema);
	const indicators = read('indicators.csv', indicatorSchema);
	const measures = read('measures.csv', measureSchema);
	const targets = read('targets.csv', targetSchema);
	const followups = read('followups.csv', followUpSchema);
	const figures = read('measure_figures.csv', measureFigureSchema);
	const figureValues = read('measure_values.csv', figureValueSchema);
	const observations = read('observations.csv', observationSchema);
	const definitions = read('indicator_definitions.csv', definitionSchema);
	const municipalities = read('municipalities.csv', municipalitySchema);
	const groups = read('municipality_groups.csv', groupSchema);
	const auditRows = {
		audits: read('audits.csv', auditSchema),
		recommendations: read('recommendations.csv', recommendationSchema),
		answers: read('audit_answers.csv', auditAnswerSchema),
		actions: read('audit_actions.csv', auditActionSchema),
		actionFollowUps: read('audit_action_followups.csv', actionFollowUpSchema)
	};

	// References between files. Each problem points at the line that refers, not at the target.
	const ids = <T>(f: DataFile, rows: Located<T>[], key: (t: T) => string) => {
		const seen = new Map<string, number>();
		for (const r of rows) {
			const k = key(r.value);
			const first = seen.get(k);
			if (first !== undefined)
				problems.push({ file: path(f), line: r.line, column: null, kind: 'duplicate_key', text: k, detail: String(first) });
			else seen.set(k, r.line);
		}
		return new Set(seen.keys());
	};
	// A file that could not be read at all (its encoding, its delimiter, a missing column) is named once:
	// references into it are not checked, since every one of them would be a misleading follow-on error.
	const unreliable = new Set(
		problems.filter((p) => ['not_utf8', 'wrong_delimiter', 'missing_column', 'empty_file', 'missing_file'].includes(p.kind)).map((p) => p.file)
	);
	const must = (f: DataFile, line: number, column: string, value: string | null, known: Set<string>, in_: DataFile) => {
		if (value !== null && !known.has(value) && !unreliable.has(path(in_))) {
			const rejectedAt = rejectedIds.get(in_)?.get(value);
			if (rejectedAt !== undefined) {
				problems.push({ file: path(f), line, column, kind: 'depends_on_rejected', text: value, detail: `${path(in_)}|${rejectedAt}` });
				return;
			}
			const [suggestion] = closest(value, [...known]);
			problems.push({ file: path(f), line, column, kind: 'unknown_reference', text: value, detail: path(in_), ...(suggestion ? { suggestion } : {}) });
		}
	};

	const areaIds = ids('areas.csv', areas, (a) => a.id);
	const focusIds = ids('focus_areas.csv', focusAreas, (a) => a.id);
	const orgIds = ids('organisations.csv', organisations, (o) => o.id);
	const indicatorIds = ids('indicators.csv', indicators, (i) => i.id);
	const measureIds = ids('measures.csv', measures, (m) => m.id);
	const targetIds = ids('targets.csv', targets, (t) => t.id);
	const figureIds = ids('measure_figures.csv', figures, (f) => f.id);
	const codes = ids('municipalities.csv', municipalities, (m) => m.code);
	const groupIds = ids('municipality_groups.csv', groups, (g) => g.group_id);
	ids('observations.csv', observations, (o) => `${o.indicator},${o.municipality},${o.period},${o.gender}`);

	for (const { line, value: i } of indicators) {
		must('indicators.csv', line, 'area', i.area, areaIds, 'areas.csv');
		must('indicators.csv', line, 'similar_group', i.similar_group, groupIds, 'municipality_groups.csv');
	}
	for (const { line, value: d } of definitions) must('indicator_definitions.csv', line, 'id', d.id, indicatorIds, 'indicators.csv');
	for (const { line, value: m } of measures) {
		must('measures.csv', line, 'lead', m.lead, orgIds, 'organisations.csv');
		for (const p of m.partners) must('measures.csv', line, 'partners', p, orgIds, 'organisations.csv');
		must('measures.csv', line, 'area', m.area, areaIds, 'areas.csv');
		must('measures.csv', line, 'focus_area', m.focus_area, focusIds, 'focus_areas.csv');
		// Follow-ups due from after the measure has ended would all be due with nothing to follow up.
		if (m.followup_from && m.end && m.followup_from > m.end)
			problems.push({ file: path('measures.csv'), line, column: 'followup_from', kind: 'followup_after_end', text: m.followup_from, detail: m.end });
	}
	// A measure's own figures: each of a measure, named apart from Kolada's, its values checked and placed.
	for (const { line, value: f } of figures) {
		must('measure_figures.csv', line, 'measure', f.measure, measureIds, 'measures.csv');
		must('measure_figures.csv', line, 'part_of', f.part_of, figureIds, 'measure_figures.csv');
		if (indicatorIds.has(f.id)) problems.push({ file: path('measure_figures.csv'), line, column: 'id', kind: 'duplicate_key', text: f.id, detail: path('indicators.csv') });
	}
	for (const { line, value: v } of figureValues) must('measure_values.csv', line, 'figure', v.figure, figureIds, 'measure_figures.csv');
	figureProblems(figures, figureValues, path('measure_values.csv'), problems);
	partProblems(figures, figureValues, { figures: path('measure_figures.csv'), values: path('measure_values.csv') }, problems);
	const figureKind = new Map<string, PeriodKind>();
	for (const { value: v } of figureValues) if (!figureKind.has(v.figure)) figureKind.set(v.figure, v.period.kind);

	for (const { line, value: t } of targets) {
		must('targets.csv', line, 'measure', t.measure, measureIds, 'measures.csv');
		must('targets.csv', line, 'organisation', t.organisation, orgIds, 'organisations.csv');
		if (!figureIds.has(t.indicator)) must('targets.csv', line, 'indicator', t.indicator, indicatorIds, 'indicators.csv');
		// A Kolada key figure is yearly; a measure's own figure has the periods its values have.
		const own = figureIds.has(t.indicator) ? (figureKind.get(t.indicator) ?? 'year') : null;
		for (const column of ['baseline_period', 'target_period'] as const) {
			const fits = own === null ? Number.isInteger(t[column]) : periodAtTime(t[column], own) !== null;
			if (!fits) problems.push({ file: path('targets.csv'), line, column, kind: 'period_kind', text: '', ...(own ? { detail: periodExample(own) } : {}) });
		}
		must('targets.csv', line, 'municipality', t.municipality, codes, 'municipalities.csv');
		// A measure's own figure is counted in the site's own municipality: it has no values for another.
		if (own !== null && config && t.municipality !== config.municipality)
			problems.push({ file: path('targets.csv'), line, column: 'municipality', kind: 'own_figure_elsewhere', text: t.municipality, detail: config.municipality });
		if (t.target_period <= t.baseline_period)
			problems.push({
				file: path('targets.csv'),
				line,
				column: 'target_period',
				kind: 'period_order',
				text: String(t.target_period),
				detail: `${t.baseline_period} → ${t.target_period}`
			});
	}
	followUpProblems(followups, measures, measureIds, targetIds, today, path('followups.csv'), (line, column, value, known, in_) => must('followups.csv', line, column, value, known, in_), problems);
	for (const { line, value: o } of observations) {
		must('observations.csv', line, 'indicator', o.indicator, indicatorIds, 'indicators.csv');
		must('observations.csv', line, 'municipality', o.municipality, codes, 'municipalities.csv');
	}
	for (const { line, value: g } of groups) {
		for (const c of g.member_codes) must('municipality_groups.csv', line, 'member_codes', c, codes, 'municipalities.csv');
	}
	if (config) {
		const cfgFile = path('config.json');
		for (const key of ['municipality', 'region'] as const) {
			if (!codes.has(config[key]))
				problems.push({ file: cfgFile, line: null, column: key, kind: 'unknown_reference', text: config[key], detail: path('municipalities.csv') });
		}
		// A "Liknande kommuner" group is made for one municipality: comparing with another's is wrong.
		const home = municipalities.find((m) => m.value.code === config.municipality)?.value.name;
		for (const { line, value: i } of indicators) {
			const group = groups.find((g) => g.value.group_id === i.similar_group)?.value;
			const made = group ? parseSimilarTitle(group.title) : null;
			if (home && made && made.name.localeCompare(home, 'sv', { sensitivity: 'base' }) !== 0)
				problems.push({ file: path('indicators.csv'), line, column: 'similar_group', kind: 'wrong_group', text: group!.title, detail: home });
		}
	}

	const values = <T>(rows: Located<T>[]) => rows.map((r) => r.value);
	// Small numbers go before anything can read them.
	const threshold = config?.small_numbers ?? 5;
	const shown = suppressSmall(values(figures), values(figureValues), threshold);
	const own = config ? figureObservations(shown, config) : [];
	// Without the observations (read apart), a baseline is taken as written: the published targets.csv has every one filled.
	const audits = auditProblems(
		auditRows,
		{ organisations: orgIds, measures: measureIds, targets: targetIds },
		(f, rows) => ids(f, rows, (r) => r.id),
		must,
		path,
		problems
	);
	const settled = settleBaselines(targets, [...(baselines === 'check' ? observations.map((o) => o.value) : []), ...own], path('targets.csv'));
	problems.push(...settled.problems);

	if (problems.some(isError) || config === null) return { dataset: null, problems };
	return {
		problems,
		dataset: {
			config,
			areas: values(areas),
			focusAreas: values(focusAreas),
			organisations: values(organisations),
			indicators: values(indicators),
			measures: withLastFollowUp(values(measures), values(followups)),
			followups: values(followups),
			figures: values(figures),
			figureValues: shown,
			targets: settled.targets,
			observations: values(observations),
			definitions: values(definitions),
			municipalities: values(municipalities).map(({ kolada_type: _, ...m }) => m),
			groups: values(groups),
			audits
		}
	};
}

function readConfig(file: string, text: string, problems: Problem[]): Config | null {
	let raw: unknown;
	try {
		raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
	} catch (e) {
		problems.push({ file, line: null, column: null, kind: 'bad_json', text: '', detail: (e as Error).message });
		return null;
	}
	const obj = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
	const strings = ['municipality', 'region', 'organisation', 'service'] as const;
	const numbers = ['partly_met_share', 'max_observation_age_years'] as const;
	let good = true;
	for (const k of strings) {
		if (typeof obj[k] !== 'string' || obj[k] === '') {
			problems.push({ file, line: null, column: k, kind: 'required', text: String(obj[k] ?? '') });
			good = false;
		}
	}
	for (const k of numbers) {
		if (typeof obj[k] !== 'number') {
			problems.push({ file, line: null, column: k, kind: 'not_a_number', text: String(obj[k] ?? '') });
			good = false;
		}
	}
	// The accessibility statement needs a contact; a site without one yet is told, not stopped.
	if (typeof obj.contact_email !== 'string' || obj.contact_email === '') {
		problems.push({ file, line: null, column: 'contact_email', kind: 'contact_missing', text: '', severity: 'warning' });
		obj.contact_email = '';
	}
	// The data catalogue names its publisher by number: a site without it is told, and publishes
	// without it (the catalogue says it is incomplete).
	if (obj.org_number === undefined || obj.org_number === '') {
		problems.push({ file, line: null, column: 'org_number', kind: 'org_number_missing', text: '', severity: 'warning' });
		obj.org_number = '';
	} else if (typeof obj.org_number !== 'string' || !/^\d{6}-\d{4}$/.test(obj.org_number)) {
		problems.push({ file, line: null, column: 'org_number', kind: 'not_an_org_number', text: String(obj.org_number) });
		good = false;
	}
	// Without its own address the site still works (the catalogue's addresses resolve from where it is served).
	if (obj.site_url === undefined || obj.site_url === '') obj.site_url = '';
	else if (typeof obj.site_url !== 'string' || !/^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(obj.site_url)) {
		problems.push({ file, line: null, column: 'site_url', kind: 'not_a_site_url', text: String(obj.site_url) });
		good = false;
	} else obj.site_url = obj.site_url.replace(/\/+$/, '');
	if (obj.own_data_licence === undefined || obj.own_data_licence === '') obj.own_data_licence = CC0;
	else if (typeof obj.own_data_licence !== 'string' || !/^https?:\/\/\S+$/.test(obj.own_data_licence)) {
		problems.push({ file, line: null, column: 'own_data_licence', kind: 'not_a_site_url', text: String(obj.own_data_licence) });
		good = false;
	}
	if (obj.small_numbers === undefined) obj.small_numbers = 5;
	else if (typeof obj.small_numbers !== 'number' || !Number.isInteger(obj.small_numbers) || obj.small_numbers < 1) {
		problems.push({ file, line: null, column: 'small_numbers', kind: 'not_a_count', text: String(obj.small_numbers) });
		good = false;
	}
	if (obj.wording === undefined) obj.wording = 'kommun';
	else if (obj.wording !== 'kommun' && obj.wording !== 'stad') {
		problems.push({ file, line: null, column: 'wording', kind: 'not_allowed', text: String(obj.wording), detail: 'kommun, stad' });
		good = false;
	}
	if (!['helt', 'delvis', 'inte'].includes(String(obj.accessibility_status))) {
		problems.push({ file, line: null, column: 'accessibility_status', kind: 'not_allowed', text: String(obj.accessibility_status ?? ''), detail: 'helt, delvis, inte' });
		good = false;
	}
	// A new site has not been evaluated yet: the statement says so rather than claim a date.
	if (obj.accessibility_evaluated === '' || obj.accessibility_evaluated === undefined) {
		problems.push({ file, line: null, column: 'accessibility_evaluated', kind: 'not_evaluated', text: '', severity: 'warning' });
		obj.accessibility_evaluated = '';
	} else if (typeof obj.accessibility_evaluated !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(obj.accessibility_evaluated)) {
		problems.push({ file, line: null, column: 'accessibility_evaluated', kind: 'not_a_date', text: String(obj.accessibility_evaluated ?? '') });
		good = false;
	}
	return good ? (obj as unknown as Config) : null;
}
