/**
 * Rebuilds the real-data part of the demo in data/ from ../shared/data (Kolada figures as stored
 * in public repositories, see data/SOURCES.md). Values are copied as text, never re-rounded, so
 * every decimal Kolada published survives. Example measures and targets are hand-written files and
 * are not touched here.
 *
 *   npx tsx scripts/demo-data.ts [path/to/shared/data]
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { groupsOf } from '../src/lib/data/groups';

const shared = resolve(process.argv[2] ?? '../shared/data');
const out = resolve('data');
const MUNICIPALITY = { code: '1488', name: 'Trollhättan' };

/** The key figures the demo follows, with what Kolada does not say: area, direction, comparison group. */
const FOLLOWED: {
	id: string;
	area: string;
	direction: 'lower' | 'higher';
	similarGroup: string;
	titleEn: string;
}[] = [
	{
		id: 'N02797',
		area: 'unga',
		direction: 'lower',
		similarGroup: 'arbetsmarknad',
		titleEn: 'Residents aged 16-24 neither working nor studying, share (%)'
	},
	{
		id: 'U31804',
		area: 'unga',
		direction: 'lower',
		similarGroup: 'ekonomiskt bistånd',
		titleEn: 'Young adults receiving social assistance, share (%) of residents aged 18-24'
	},
	{
		id: 'N18741',
		area: 'unga',
		direction: 'lower',
		similarGroup: 'gymnasieskola',
		titleEn: "People in the municipality's activity responsibility, share (%) of residents aged 16-19"
	},
	{
		id: 'N15428',
		area: 'unga',
		direction: 'higher',
		similarGroup: 'grundskola',
		titleEn: 'Year 9 pupils eligible for vocational programmes, home municipality, share (%)'
	},
	{
		id: 'N17461',
		area: 'unga',
		direction: 'higher',
		similarGroup: 'gymnasieskola',
		titleEn: 'Upper-secondary pupils with a diploma within 4 years, home municipality, share (%)'
	},
	{
		id: 'N02268',
		area: 'integration',
		direction: 'higher',
		similarGroup: 'arbetsmarknad',
		titleEn: 'Employment rate, foreign-born aged 20-64, share (%)'
	},
	{
		id: 'N00700',
		area: 'integration',
		direction: 'higher',
		similarGroup: 'arbetsmarknad',
		titleEn: 'Gainfully employed refugees and relatives aged 20-64, share (%)'
	},
	{
		id: 'N00973',
		area: 'integration',
		direction: 'higher',
		similarGroup: 'arbetsmarknad',
		titleEn: 'Left the establishment programme for work or studies (status after 90 days), share (%)'
	},
	{
		id: 'N03926',
		area: 'langtidsarbetsloshet',
		direction: 'lower',
		similarGroup: 'arbetsmarknad',
		titleEn: 'Long-term unemployed in the population aged 25-65, share (%)'
	},
	{
		id: 'N03920',
		area: 'langtidsarbetsloshet',
		direction: 'lower',
		similarGroup: 'arbetsmarknad',
		titleEn: 'Unemployed in the population aged 18-65, share (%)'
	},
	{
		id: 'N31816',
		area: 'langtidsarbetsloshet',
		direction: 'lower',
		similarGroup: 'ekonomiskt bistånd',
		titleEn: 'Adults (18+) with long-term social assistance, share (%) of the population'
	}
];

type Row = Record<string, string>;
const read = (file: string): Row[] =>
	Papa.parse<Row>(readFileSync(resolve(shared, file), 'utf8'), { header: true, skipEmptyLines: true }).data;
const write = (file: string, rows: Record<string, string | undefined>[], columns: string[]) =>
	writeFileSync(resolve(out, file), Papa.unparse(rows, { columns, newline: '\n' }) + '\n');

const ids = new Set(FOLLOWED.map((f) => f.id));

// Every Kolada group, shipped for `npm run setup` (any municipality finds its own there), and
// Trollhättan's own: its "Liknande kommuner" groups and its SKR kommungrupp.
mkdirSync(resolve(out, 'reference'), { recursive: true });
copyFileSync(
	resolve(shared, 'kolada_municipality_groups_2026.csv'),
	resolve(out, 'reference/kolada_municipality_groups_2026.csv')
);
const all = read('kolada_municipality_groups_2026.csv').map((g) => ({
	group_id: g.group_id!,
	title: g.title!,
	member_codes: g.member_codes!.split(';')
}));
const groups = groupsOf(all, MUNICIPALITY).map((g) => ({ ...g, member_codes: g.member_codes.join(';') }));
write('municipality_groups.csv', groups, ['group_id', 'title', 'member_codes']);

write('municipalities.csv', read('municipalities.csv'), [
	'code',
	'name',
	'county_code',
	'county_name',
	'level',
	'kolada_type'
]);

const catalog = new Map(read('kpi_catalog.csv').map((k) => [k.id, k]));
const indicators = FOLLOWED.map((f) => {
	const k = catalog.get(f.id);
	if (!k) throw new Error(`${f.id} is not in kpi_catalog.csv`);
	const group = groups.find((g) => g.title.startsWith(`Liknande kommuner ${f.similarGroup},`));
	if (!group) throw new Error(`no Liknande kommuner ${f.similarGroup} group for ${MUNICIPALITY.name}`);
	return {
		id: f.id,
		title: k.title,
		title_en: f.titleEn,
		area: f.area,
		unit: '%',
		direction: f.direction,
		source: 'Kolada (RKA)',
		description: k.description,
		gender_split: k.is_divided_by_gender === '1' ? 'yes' : 'no',
		similar_group: group.group_id,
		similar_theme: f.similarGroup,
		lag_years: '2',
		definition_retrieved: '2026-03-23',
		// Filled in by `npm run kolada` from the API; the stored catalogue does not say.
		published_period: k.publ_period_2026 ?? '',
		next_publication: ''
	};
});
write('indicators.csv', indicators, Object.keys(indicators[0]!));
write(
	'indicator_definitions.csv',
	indicators.map((i) => ({ id: i.id, retrieved: i.definition_retrieved, title: i.title, description: i.description })),
	['id', 'retrieved', 'title', 'description']
);

// N02797 for 2007 has K and M but no T, and Riket's K/M values are 0.0: an artefact of the source,
// not a measured zero (SOURCES.md). Left out rather than drawn as a fall to zero.
const artefact = (o: Row) => o.kpi_id === 'N02797' && o.period === '2007';

const observations = read('observations.csv')
	.filter((o) => ids.has(o.kpi_id ?? '') && !artefact(o))
	.map((o) => ({
		indicator: o.kpi_id,
		municipality: o.municipality_code,
		period: o.period,
		gender: o.gender,
		value: o.value,
		status: ''
	}));
write('observations.csv', observations, ['indicator', 'municipality', 'period', 'gender', 'value', 'status']);
console.log(`${observations.length} observations, ${indicators.length} indicators, ${groups.length} groups`);
