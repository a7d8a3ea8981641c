/**
 * npm run kolada [-- --kpi N02797,N03926 --municipality 1488,0000 --from 2015 --to 2024 --no-groups]
 * npm run kolada -- --search "långtidsarbetslös"     (find a KPI's id to follow; changes nothing)
 *
 * Refreshes data/ from Kolada's API v3: the values (through the upload's checks, into
 * observations.csv), the KPIs' metadata (indicators.csv, with changed definitions kept in
 * indicator_definitions.csv) and the municipality's "Liknande kommuner" groups
 * (municipality_groups.csv). Without options it refreshes what data/kolada.json lists.
 * It writes nothing unless everything fetched is valid; then it tells what changed.
 * FOLJUPP_DATA=dir works on another data folder; KOLADA_API=url on another API host (tests).
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { formatProblem } from '../src/lib/data/problems';
import { readDataDir } from '../src/lib/data/repository.server';
import { ObservationStore } from '../src/lib/upload/store';
import { referenceOf } from '../src/lib/upload/report';
import { Kolada, KoladaError, type Fetch } from '../src/lib/kolada/api';
import { mergeMetadata, refreshObservations, type RefreshPlan } from '../src/lib/kolada/refresh';
import { assignComparisonGroups, mergeGroups, similarGroups } from '../src/lib/kolada/groups';
import { NodeEngine } from './lib/node-engine';

const DIR = resolve(process.env.FOLJUPP_DATA ?? 'data');
const sv = process.env.FOLJUPP_LANG !== 'en';
const say = (svText: string, en: string) => console.log(sv ? svText : en);
const fail = (svText: string, en: string): never => {
	console.error(sv ? svText : en);
	process.exit(1);
};

export interface KoladaConfig {
	kpis: string[] | 'indicators';
	municipalities: string[] | 'all';
	from: number;
	to?: number;
	groups?: boolean;
}

const args = new Map<string, string>();
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
	const a = argv[i]!;
	if (a === '--no-groups') args.set('no-groups', '1');
	else if (a.startsWith('--')) args.set(a.slice(2), argv[++i] ?? '');
}

const { dataset, problems } = readDataDir(DIR);
if (!dataset)
	fail(
		`data/ har fel; rätta dem först (npm run check-data): ${formatProblem(problems[0]!)}`,
		`data/ has errors; fix them first (npm run check-data): ${formatProblem(problems[0]!, 'en')}`
	);
const data = dataset!;
const configPath = join(DIR, 'kolada.json');
const config: KoladaConfig = existsSync(configPath)
	? JSON.parse(readFileSync(configPath, 'utf8'))
	: { kpis: 'indicators', municipalities: 'all', from: 2007 };

const list = (s: string | undefined) =>
	s
		? s
				.split(',')
				.map((x) => x.trim())
				.filter(Boolean)
		: null;
const catalogue = data.indicators.map((i) => i.id);
const kpis = list(args.get('kpi')) ?? (config.kpis === 'indicators' ? catalogue : config.kpis);
const municipalities = list(args.get('municipality')) ?? config.municipalities;
const from = Number(args.get('from') ?? config.from);
const to = Number(args.get('to') ?? config.to ?? new Date().getFullYear());
const withGroups = !args.has('no-groups') && config.groups !== false;

const notFollowed = kpis.filter((k) => !catalogue.includes(k));
if (notFollowed.length)
	fail(
		`Nyckeltal som inte finns i data/indicators.csv: ${notFollowed.join(', ')}. Lägg till dem där (område, enhet, riktning) först.`,
		`Key figures not in data/indicators.csv: ${notFollowed.join(', ')}. Add them there (area, unit, direction) first.`
	);
const codes = new Set(data.municipalities.map((m) => m.code));
const unknownCodes = municipalities === 'all' ? [] : municipalities.filter((m) => !codes.has(m));
if (unknownCodes.length)
	fail(
		`Okända kommunkoder: ${unknownCodes.join(', ')} (koderna har fyra siffror, t.ex. 0138).`,
		`Unknown municipality codes: ${unknownCodes.join(', ')} (four digits, e.g. 0138).`
	);
if (!Number.isInteger(from) || !Number.isInteger(to) || from > to)
	fail(`Fel årtal: --from ${from} --to ${to}.`, `Bad years: --from ${from} --to ${to}.`);

const kolada = new Kolada({
	fetch: fetch as unknown as Fetch,
	base: process.env.KOLADA_API,
	sleep: process.env.KOLADA_NO_WAIT ? async () => undefined : undefined,
	onRetry: (url, status, ms) =>
		say(
			`Kolada svarade ${status}; försöker igen om ${Math.round(ms / 1000)} s …`,
			`Kolada answered ${status}; retrying in ${Math.round(ms / 1000)} s …`
		)
});
if (args.has('search')) {
	try {
		const found = await kolada.searchKpis(args.get('search')!);
		if (found.length === 0) say('Inga nyckeltal i Kolada matchar.', 'No key figures in Kolada match.');
		for (const k of found) {
			const followed = catalogue.includes(k.id) ? (sv ? ' [följs]' : ' [followed]') : '';
			const split =
				k.is_divided_by_gender === true || k.is_divided_by_gender === 1 ? (sv ? ', per kön' : ', by gender') : '';
			console.log(`${k.id}  ${k.title}${split}${followed}`);
		}
		if (found.length)
			say(
				'Lägg till ett id i data/indicators.csv (med område, enhet och riktning) för att följa det.',
				'Add an id to data/indicators.csv (with area, unit and direction) to follow it.'
			);
		process.exit(0);
	} catch (e) {
		if (e instanceof KoladaError)
			fail(`Kolada kunde inte sökas (${e.message}).`, `Kolada could not be searched (${e.message}).`);
		throw e;
	}
}

const plan: RefreshPlan = { kpis, municipalities, from, to };
const today = process.env.FOLJUPP_TODAY ?? new Date().toISOString().slice(0, 10);

const engine = await NodeEngine.create();
try {
	say(
		`Hämtar ${kpis.length} nyckeltal för ${municipalities === 'all' ? 'alla kommuner och regioner' : municipalities.join(', ')}, ${from}–${to} …`,
		`Fetching ${kpis.length} key figures for ${municipalities === 'all' ? 'all municipalities and regions' : municipalities.join(', ')}, ${from}–${to} …`
	);
	const store = new ObservationStore(engine, { ...referenceOf(data), municipalities: [...codes] });
	await store.init(new Uint8Array(readFileSync(join(DIR, 'observations.csv'))));
	const result = await refreshObservations(kolada, store, plan);
	if (!result.ok) {
		console.error(
			sv
				? 'Kolada skickade värden som inte klarar kontrollen; data/ är oförändrad:'
				: 'Kolada sent values that fail the checks; data/ is unchanged:'
		);
		for (const p of result.report.problems.slice(0, 20))
			console.error('  ' + formatProblem(p, sv ? 'sv' : 'en', result.report.lineUnit));
		process.exit(1);
	}
	const meta = await kolada.kpis(kpis);
	const missing = kpis.filter((k) => !meta.some((m) => m.id === k));
	if (missing.length)
		fail(
			`Kolada känner inte till: ${missing.join(', ')}. data/ är oförändrad.`,
			`Kolada does not know: ${missing.join(', ')}. data/ is unchanged.`
		);
	const definitionsPath = join(DIR, 'indicator_definitions.csv');
	const merged = mergeMetadata(
		readFileSync(join(DIR, 'indicators.csv'), 'utf8'),
		existsSync(definitionsPath) ? readFileSync(definitionsPath, 'utf8') : 'id,retrieved,title,description\n',
		meta,
		today
	);
	let groupsCsv: string | null = null;
	let indicatorsCsv = merged.indicatorsCsv;
	let regrouped: string[] = [];
	if (withGroups) {
		// The home municipality's own groups, found by their titles (a group made for it does not list it).
		const home = {
			code: data.config.municipality,
			name: data.municipalities.find((m) => m.code === data.config.municipality)?.name ?? ''
		};
		const fresh = similarGroups(await kolada.municipalityGroups(), home);
		const old = data.groups.map((g) => ({ id: g.group_id, title: g.title, members: g.member_codes }));
		const groups = mergeGroups(old, fresh);
		if (fresh.length) {
			groupsCsv =
				Papa.unparse(
					groups.map((g) => ({ group_id: g.id, title: g.title, member_codes: g.members.join(';') })),
					{ columns: ['group_id', 'title', 'member_codes'], newline: '\n' }
				) + '\n';
			// Each key figure compares with the home's group of its theme.
			const asGroups = (gs: typeof fresh) =>
				gs.map((g) => ({ group_id: g.id, title: g.title, member_codes: g.members }));
			const assigned = assignComparisonGroups(indicatorsCsv, asGroups(fresh), asGroups(groups));
			indicatorsCsv = assigned.csv;
			regrouped = assigned.changed;
		}
	}

	// Everything fetched and checked: now write, each file whole or not at all.
	const write = (name: string, content: string | Uint8Array) => {
		const path = join(DIR, name);
		writeFileSync(`${path}.tmp`, content);
		renameSync(`${path}.tmp`, path);
	};
	write('observations.csv', result.observations);
	write('indicators.csv', indicatorsCsv);
	write('indicator_definitions.csv', merged.definitionsCsv);
	if (groupsCsv) write('municipality_groups.csv', groupsCsv);

	const c = result.changes;
	say(
		`Klart: ${c.new} nya, ${c.changed} ändrade, ${c.unchanged} oförändrade och ${c.deleted} borttagna värden.`,
		`Done: ${c.new} new, ${c.changed} changed, ${c.unchanged} unchanged and ${c.deleted} deleted values.`
	);
	if (regrouped.length)
		say(
			`Nya jämförelsegrupper (Liknande kommuner) för: ${regrouped.join(', ')}.`,
			`New comparison groups (Liknande kommuner) for: ${regrouped.join(', ')}.`
		);
	if (merged.redefined.length)
		say(
			`Kolada har ändrat definitionen av: ${merged.redefined.join(', ')}.`,
			`Kolada has changed the definition of: ${merged.redefined.join(', ')}.`
		);
	say(
		'Kontrollera med npm run check-data och bygg om med npm run build.',
		'Check with npm run check-data and rebuild with npm run build.'
	);
} catch (e) {
	if (e instanceof KoladaError) {
		if (e.kind === 'offline')
			fail(
				`Kolada kunde inte nås (${e.message}). Är datorn ansluten? data/ är oförändrad.`,
				`Kolada could not be reached (${e.message}). Is the computer online? data/ is unchanged.`
			);
		if (e.kind === 'http')
			fail(
				`Kolada svarade med ett fel (${e.message}) för ${e.url}. data/ är oförändrad.`,
				`Kolada answered with an error (${e.message}) for ${e.url}. data/ is unchanged.`
			);
		fail(
			`Kolada skickade ett svar som inte går att läsa (${e.message}). data/ är oförändrad.`,
			`Kolada sent a response that cannot be read (${e.message}). data/ is unchanged.`
		);
	}
	throw e;
} finally {
	engine.close();
}
