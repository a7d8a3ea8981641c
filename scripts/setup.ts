/**
 * npm run setup -- --kommun <code or name> [--benamning kommun|stad] [--kontakt <e-post>] [--with-examples] [--force]
 *
 * Sets Följupp up for a municipality, offline, from what ships in data/: its config, its own Kolada
 * groups and each key figure's comparison group, and empty measures, targets and focus areas (the
 * examples only with --with-examples). The Kolada values of all 290 kommuner already ship, so every
 * chart works at once. A file that was edited since Följupp or setup last wrote it is not
 * overwritten unless --force is given. FOLJUPP_DATA=dir works on another data folder.
 *
 * npm run setup -- --record   (for maintainers) records the data files as they are now as unedited.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { readDataDir, DATA_DIR, dirLabel } from '../src/lib/data/repository.server';
import { formatProblem, isError } from '../src/lib/data/problems';
import { municipalitySchema, observationSchema } from '../src/lib/data/schemas';
import { findMunicipality, setupFiles, wordingIn, type Wording } from '../src/lib/kolada/setup';
import { readTable } from '../src/lib/data/table';

const sv = process.env.FOLJUPP_LANG !== 'en';
const say = (svText: string, en: string) => console.log(sv ? svText : en);
const fail = (svText: string, en: string): never => {
	console.error(sv ? svText : en);
	process.exit(1);
};

/** What was typed, echoed back no longer than a line: a pasted page of text is not repeated whole. */
const cut = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

const args = new Map<string, string>();
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
	const a = argv[i]!;
	if (['--with-examples', '--force', '--record'].includes(a)) args.set(a.slice(2), '1');
	else if (a.startsWith('--')) args.set(a.slice(2), argv[++i] ?? '');
	else
		fail(
			`Okänt argument: ${cut(a)}. Skriv till exempel: npm run setup -- --kommun Tyresö`,
			`Unknown argument: ${cut(a)}. For example: npm run setup -- --kommun Tyresö`
		);
}

const MANIFEST = join(DATA_DIR, '.setup.json');
const WRITTEN = [
	'config.json',
	'municipality_groups.csv',
	'indicators.csv',
	'organisations.csv',
	'focus_areas.csv',
	'measures.csv',
	'targets.csv',
	'followups.csv',
	'measure_figures.csv',
	'measure_values.csv',
	'audits.csv',
	'recommendations.csv',
	'audit_answers.csv',
	'audit_actions.csv',
	'audit_action_followups.csv'
];
const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const readManifest = (): Record<string, string> =>
	existsSync(MANIFEST) ? (JSON.parse(readFileSync(MANIFEST, 'utf8')) as { files: Record<string, string> }).files : {};
const writeManifest = (files: Record<string, string>) =>
	writeFileSync(
		MANIFEST,
		JSON.stringify(
			{
				note: 'Written by npm run setup: the data files as it wrote them, so that it never overwrites one you have edited.',
				files
			},
			null,
			2
		) + '\n'
	);

if (args.has('record')) {
	writeManifest(
		Object.fromEntries(WRITTEN.filter((f) => existsSync(join(DATA_DIR, f))).map((f) => [f, hash(join(DATA_DIR, f))]))
	);
	say(`Antecknade ${WRITTEN.length} filer som oredigerade.`, `Recorded ${WRITTEN.length} files as unedited.`);
	process.exit(0);
}

const query = args.get('kommun');
if (!query)
	fail(
		'Ange kommunen: npm run setup -- --kommun <kommunkod eller namn>, till exempel --kommun 0138 eller --kommun Tyresö.',
		'Name the municipality: npm run setup -- --kommun <code or name>, for example --kommun 0138 or --kommun Tyresö.'
	);
const wording = (args.get('benamning') ?? wordingIn(query!) ?? 'kommun') as Wording;
if (wording !== 'kommun' && wording !== 'stad')
	fail(
		`--benamning tar kommun eller stad, inte ”${cut(wording)}”.`,
		`--benamning takes kommun or stad, not "${cut(wording)}".`
	);

// Setup reads only what it does not write: every municipality and every published value (and the
// current config's settings, leniently), so that a broken measures file is no obstacle to replacing it.
const readShipped = <S extends Parameters<typeof readTable>[2]>(file: string, schema: S) => {
	const r = readTable(`${dirLabel(DATA_DIR)}/${file}`, readFileSync(join(DATA_DIR, file), 'utf8'), schema);
	const error = r.problems.find(isError);
	if (error)
		fail(
			`${formatProblem(error)}\nRätta filen först (npm run check-data).`,
			`${formatProblem(error, 'en')}\nFix the file first (npm run check-data).`
		);
	return r.rows.map((row) => row.value);
};
const data = {
	municipalities: readShipped('municipalities.csv', municipalitySchema).map(({ kolada_type: _, ...m }) => m),
	observations: readShipped('observations.csv', observationSchema),
	config: (() => {
		try {
			return JSON.parse(readFileSync(join(DATA_DIR, 'config.json'), 'utf8'));
		} catch {
			return {};
		}
	})()
};

const match = findMunicipality(query!, data.municipalities);
if (!('found' in match)) {
	const list = match.suggestions.map((m) => `${m.code} ${m.name}`).join(', ');
	fail(
		`Ingen kommun heter ”${cut(query!)}”.${list ? ` Närmast: ${list}.` : ''} Ange kommunkoden (fyra siffror) eller namnet som i Kolada.`,
		`No municipality is called "${cut(query!)}".${list ? ` Closest: ${list}.` : ''} Give the four-digit code or the name as Kolada writes it.`
	);
}
const home = (match as { found: (typeof data.municipalities)[number] }).found;

// A file edited since it was last written by Följupp or setup is not overwritten without --force.
const manifest = readManifest();
const edited = WRITTEN.filter((f) => existsSync(join(DATA_DIR, f)) && manifest[f] !== hash(join(DATA_DIR, f)));
if (edited.length && !args.has('force'))
	fail(
		`Dessa filer har ändrats sedan de skrevs och skrivs inte över: ${edited.map((f) => `${dirLabel(DATA_DIR)}/${f}`).join(', ')}. Spara dem någon annanstans om du vill behålla dem, och kör igen med --force.`,
		`These files were edited since they were written and are not overwritten: ${edited.map((f) => `${dirLabel(DATA_DIR)}/${f}`).join(', ')}. Save them elsewhere if you want to keep them, and run again with --force.`
	);

const reference = join(DATA_DIR, 'reference');
const allGroups = Papa.parse<Record<string, string>>(
	readFileSync(join(reference, 'kolada_municipality_groups_2026.csv'), 'utf8'),
	{ header: true, skipEmptyLines: true }
).data.map((g) => ({ group_id: g.group_id!, title: g.title!, member_codes: (g.member_codes ?? '').split(';') }));
const example = (f: string) => readFileSync(join(reference, 'examples', f), 'utf8');
const files = setupFiles({
	home,
	municipalities: data.municipalities,
	allGroups,
	wording,
	contact: args.get('kontakt') ?? '',
	today: process.env.FOLJUPP_TODAY ?? new Date().toISOString().slice(0, 10),
	config: data.config,
	indicatorsCsv: readFileSync(join(DATA_DIR, 'indicators.csv'), 'utf8'),
	examples: args.has('with-examples')
		? {
				organisations: example('organisations.csv'),
				focusAreas: example('focus_areas.csv'),
				measures: example('measures.csv'),
				targets: example('targets.csv')
			}
		: null,
	observations: data.observations
});

// Written whole, each file or none of it; then checked as the build will check them.
for (const [name, content] of Object.entries(files)) {
	const path = join(DATA_DIR, name);
	writeFileSync(`${path}.tmp`, content);
	renameSync(`${path}.tmp`, path);
}
writeManifest(Object.fromEntries(Object.keys(files).map((f) => [f, hash(join(DATA_DIR, f))])));
const after = readDataDir(DATA_DIR);
for (const p of after.problems) console.warn('  ' + formatProblem(p, sv ? 'sv' : 'en'));

const config = JSON.parse(files['config.json']!) as { organisation: string; region: string };
const regionName = data.municipalities.find((m) => m.code === config.region)?.name ?? config.region;
const groups = Papa.parse<Record<string, string>>(files['municipality_groups.csv']!, {
	header: true,
	skipEmptyLines: true
}).data.length;
const dir = dirLabel(DATA_DIR);
say(
	[
		`Följupp är inställt för ${config.organisation} (${home.code}), ${regionName}: ${groups} egna jämförelsegrupper från Kolada.`,
		`Nästa steg:`,
		`  1. Läs ${dir}/config.json: organisationens namn${args.get('kontakt') ? '' : ', contact_email (e-post för synpunkter i tillgänglighetsredogörelsen; saknas nu)'} och tillgänglighetsuppgifterna.`,
		`  2. Skriv in nämnder och bolag i ${dir}/organisations.csv, insatser i ${dir}/measures.csv och effektmål i ${dir}/targets.csv`,
		`     (lämna baseline_value tom: utgångsvärdet fylls i från Koladas värde för basåret). Formaten står i ${dir}/README.md.`,
		`  3. npm run check-data   – kontrollerar allt och säger vad som behöver rättas (fil, rad och kolumn).`,
		`  4. npm run build        – bygger sidan i build/ (BASE_PATH=/sökväg npm run build för en undersökväg); publicera build/.`,
		`  5. npm run kolada       – hämtar nya värden och kommunens jämförelsegrupper från Kolada, när du vill.`,
		`Datakatalogen för Sveriges dataportal hamnar på <webbplatsens adress>/data/katalog.rdf: skriv org_number och site_url i`,
		`${dir}/config.json och registrera adressen på dataportal.se (se README, "Data på Sveriges dataportal").`,
		`Årshjulen som kalender: <webbplatsens adress>/arshjul/<nämnd>.ics och /arshjul/kommunen.ics.`
	].join('\n'),
	[
		`Följupp is set up for ${config.organisation} (${home.code}), ${regionName}: ${groups} comparison groups of its own from Kolada.`,
		`Next steps:`,
		`  1. Read ${dir}/config.json: the organisation's name${args.get('kontakt') ? '' : ', contact_email (the feedback address of the accessibility statement; missing now)'} and the accessibility details.`,
		`  2. Enter committees and companies in ${dir}/organisations.csv, measures in ${dir}/measures.csv and targets in ${dir}/targets.csv`,
		`     (leave baseline_value empty: the baseline is filled in from Kolada's value for the baseline year). Formats: ${dir}/README.md.`,
		`  3. npm run check-data   – checks everything and says what to fix (file, line and column).`,
		`  4. npm run build        – builds the site into build/ (BASE_PATH=/path npm run build for a sub-path); publish build/.`,
		`  5. npm run kolada       – fetches new values and the municipality's comparison groups from Kolada, when you like.`,
		`The data catalogue for Sweden's data portal is at <site address>/data/katalog.rdf: write org_number and site_url in`,
		`${dir}/config.json and register the address on dataportal.se (see README, "Data on Sweden's data portal").`,
		`The year planners as calendars: <site address>/arshjul/<committee>.ics and /arshjul/kommunen.ics.`
	].join('\n')
);
