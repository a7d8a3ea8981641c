/**
 * What `npm run setup -- --kommun <code or name>` writes for a municipality, as a pure function of
 * what ships in data/: its config, its own Kolada groups (found by their titles in the file of
 * every group), each key figure's comparison group of its theme, and empty measures, targets and
 * focus areas — or, when asked, the example ones, with targets set from its own published values.
 * The command (scripts/setup.ts) reads and writes the files; this module decides what they hold.
 */
import Papa from 'papaparse';
import { groupsOf } from '../data/groups';
import { AUDIT_FILES } from '../data/load';
import { assignComparisonGroups } from './groups';
import type { Config, Municipality, MunicipalityGroup, Observation } from '../model/model';
import { closest } from '../data/suggest';

export type Wording = Config['wording'];

/** A municipality by its code (`0138`, `138`) or its name (`Tyresö`, `tyresö`); else the closest names. */
export function findMunicipality(
	query: string,
	all: readonly Municipality[]
): { found: Municipality } | { suggestions: Municipality[] } {
	const kommuner = all.filter((m) => m.level === 'kommun');
	const q = query.trim();
	const code = /^\d{1,4}$/.test(q) ? q.padStart(4, '0') : null;
	const byCode = code ? kommuner.find((m) => m.code === code) : undefined;
	if (byCode) return { found: byCode };
	const same = (a: string, b: string) => a.localeCompare(b, 'sv', { sensitivity: 'accent' }) === 0;
	// "Borås stad", "Trollhättans stad", "Tyresö kommun": the name as the organisation writes it.
	const bare = q.replace(/\s+(kommun|stad)$/i, '');
	const names = bare === q ? [q] : [bare, bare.replace(/s$/i, '')];
	const byName = kommuner.find((m) => names.some((n) => same(m.name, n)));
	if (byName) return { found: byName };
	const near = closest(
		bare,
		kommuner.map((m) => m.name),
		5
	);
	return { suggestions: near.map((n) => kommuner.find((m) => m.name === n)!) };
}

/** "Borås stad" says how the municipality calls itself; a bare name or code says nothing. */
export function wordingIn(query: string): Wording | null {
	const m = /\s(kommun|stad)$/i.exec(query.trim());
	return m ? (m[1]!.toLowerCase() as Wording) : null;
}

/** "Tyresö kommun", "Trollhättans stad": how a municipality names its organisation. */
export function organisationName(name: string, wording: Wording): string {
	if (wording === 'kommun') return `${name} kommun`;
	return `${/[sxz]$/i.test(name) ? name : `${name}s`} stad`;
}

/** The region a kommun belongs to (Kolada's code 00 + the county code). */
export function regionOf(home: Municipality, all: readonly Municipality[]): Municipality | null {
	return all.find((m) => m.level === 'region' && m.code === `00${home.county_code ?? ''}`) ?? null;
}

export interface SetupInput {
	home: Municipality;
	municipalities: readonly Municipality[];
	/** Every Kolada group (data/reference/kolada_municipality_groups_2026.csv). */
	allGroups: readonly MunicipalityGroup[];
	wording: Wording;
	contact: string;
	today: string;
	/** The current config: its settings that are not the municipality's are kept. */
	config: Partial<Config>;
	indicatorsCsv: string;
	/** The example files (data/reference/examples), or null for an empty start. */
	examples: null | { organisations: string; focusAreas: string; measures: string; targets: string };
	observations: readonly Observation[];
}

const HEADERS = {
	'focus_areas.csv': ['id', 'title', 'title_en', 'example'],
	'measures.csv': [
		'id',
		'title',
		'title_en',
		'description',
		'description_en',
		'lead',
		'partners',
		'area',
		'focus_area',
		'kind',
		'start',
		'end',
		'status',
		'followup_plan',
		'followup_plan_en',
		'followup_every',
		'followup_from',
		'last_followup',
		'example'
	],
	'targets.csv': [
		'id',
		'measure',
		'organisation',
		'indicator',
		'municipality',
		'gender',
		'baseline_period',
		'baseline_value',
		'target_value',
		'target_period',
		'decided_by',
		'decided_at',
		'example'
	],
	'followups.csv': [
		'measure',
		'target',
		'period',
		'assessment',
		'analysis',
		'done',
		'next',
		'results',
		'role',
		'date',
		'decided_by',
		'decided_at',
		'minutes',
		'example'
	],
	'measure_figures.csv': [
		'id',
		'measure',
		'title',
		'title_en',
		'kind',
		'unit',
		'unit_en',
		'direction',
		'description',
		'description_en',
		'source',
		'example'
	],
	'measure_values.csv': ['figure', 'period', 'value', 'denominator'],
	'audits.csv': ['id', 'title', 'title_en', 'firm', 'date', 'committees', 'assessment', 'report_url', 'example'],
	'recommendations.csv': ['id', 'audit', 'text', 'committees', 'measures', 'targets'],
	'audit_answers.csv': ['recommendation', 'organisation', 'comment', 'decided_by', 'decided_at', 'minutes', 'example'],
	'audit_actions.csv': ['id', 'recommendation', 'organisation', 'text', 'role', 'due', 'example'],
	'audit_action_followups.csv': ['action', 'period', 'status', 'comment', 'date', 'example']
} as const;

const csv = (rows: object[], columns: readonly string[]) =>
	Papa.unparse(rows as Record<string, unknown>[], { columns: [...columns], newline: '\n' }) + '\n';
const parse = (text: string) =>
	Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true, delimiter: ',' }).data;

export function setupFiles(input: SetupInput): Record<string, string> {
	const { home, wording } = input;
	const region = regionOf(home, input.municipalities);
	const own = groupsOf(input.allGroups, home);
	const files: Record<string, string> = {};

	files['config.json'] =
		JSON.stringify(
			{
				municipality: home.code,
				region: region?.code ?? '0000',
				organisation: organisationName(home.name, wording),
				wording,
				service: input.config.service ?? 'Följupp – uppföljning av social hållbarhet',
				contact_email: input.contact,
				// The data catalogue's publisher and the feeds' full addresses: the municipality's to fill in.
				org_number: '',
				site_url: '',
				partly_met_share: input.config.partly_met_share ?? 0.8,
				max_observation_age_years: input.config.max_observation_age_years ?? 5,
				small_numbers: input.config.small_numbers ?? 5,
				accessibility_status: input.config.accessibility_status ?? 'delvis',
				// Nobody has evaluated the new site yet: the statement says so until someone does and dates it.
				accessibility_evaluated: ''
			},
			null,
			2
		) + '\n';
	files['municipality_groups.csv'] = csv(
		own.map((g) => ({ group_id: g.group_id, title: g.title, member_codes: g.member_codes.join(';') })),
		['group_id', 'title', 'member_codes']
	);
	files['indicators.csv'] = assignComparisonGroups(input.indicatorsCsv, own, input.allGroups).csv;

	// Every municipality has a kommunstyrelse, works with Arbetsförmedlingen and lies in a region.
	const common = [
		{ id: 'ks', name: 'Kommunstyrelsen', name_en: 'Municipal Executive Board', kind: 'executive_board' },
		{ id: 'af', name: 'Arbetsförmedlingen', name_en: 'Swedish Public Employment Service', kind: 'external' },
		...(region ? [{ id: 'region', name: region.name, name_en: '', kind: 'external' }] : [])
	];
	const organisations = input.examples
		? [...parse(input.examples.organisations), ...common.filter((c) => c.id === 'region')]
		: common;
	files['organisations.csv'] = csv(organisations, ['id', 'name', 'name_en', 'kind']);

	if (!input.examples) {
		for (const [file, columns] of Object.entries(HEADERS)) files[file] = csv([], columns);
		return files;
	}
	files['focus_areas.csv'] = csv(parse(input.examples.focusAreas), HEADERS['focus_areas.csv']);
	files['measures.csv'] = csv(parse(input.examples.measures), HEADERS['measures.csv']);
	files['targets.csv'] = csv(
		exampleTargets(parse(input.examples.targets), home.code, input.observations),
		HEADERS['targets.csv']
	);
	// No example follow-ups or own figures: they tell what a committee decided and counted, and these have not met.
	for (const file of ['followups.csv', 'measure_figures.csv', 'measure_values.csv', ...AUDIT_FILES] as const)
		files[file] = csv([], HEADERS[file]);
	return files;
}

/**
 * The example targets for this municipality: the baseline is its own published value, the target
 * the example's change from it (a target for a key figure it has no value of is left out).
 */
function exampleTargets(rows: Record<string, string>[], code: string, observations: readonly Observation[]) {
	const value = (indicator: string, gender: string, period: number) =>
		observations.find(
			(o) => o.indicator === indicator && o.municipality === code && o.gender === gender && o.period === period
		)?.value ?? null;
	return rows.flatMap((r) => {
		const baseline = value(r.indicator!, r.gender!, Number(r.baseline_period));
		if (baseline === null) return [];
		const target = Math.max(0, Math.min(100, Math.round(baseline * (1 + Number(r.target_change)) * 10) / 10));
		return [{ ...r, municipality: code, baseline_value: '', target_value: String(target) }];
	});
}
