/**
 * The published data described for Sweden's data portal: a DCAT-AP-SE catalogue (RDF/XML) with one
 * dataset per family of published files, each file a distribution with its media type, address and
 * licence — Kolada's terms for Kolada's values, the municipality's own choice (CC0 unless set) for its
 * own files. What the config lacks (organisation number, contact) is left out and the catalogue says
 * it is incomplete: never invented. Addresses are relative to /data/ (the catalogue's own folder), so
 * they resolve wherever the site is served; with `site_url` set they are absolute.
 */
import type { DataFile } from '$lib/data/load';
import type { Dataset } from '$lib/model/model';
import * as words from '$lib/i18n/strings/catalogue';
import { NS, rdfXml, type RdfNode, type Value } from './rdf-xml';

const EU = 'http://publications.europa.eu/resource/authority';
const MEDIA = {
	csv: 'https://www.iana.org/assignments/media-types/text/csv',
	json: 'https://www.iana.org/assignments/media-types/application/json',
	parquet: 'https://www.iana.org/assignments/media-types/application/vnd.apache.parquet'
};
const FORMAT = { csv: `${EU}/file-type/CSV`, json: `${EU}/file-type/JSON`, parquet: `${EU}/file-type/PARQUET` };

type Family = 'nyckeltal' | 'insatser' | 'effektmal' | 'uppfoljningar' | 'egna' | 'granskningar';

/** Every file /data/ publishes, in the dataset it belongs to. */
export const FAMILIES: Record<Family, { files: readonly DataFile[]; kolada: boolean; theme: string; every: string }> = {
	nyckeltal: {
		files: [
			'observations.csv',
			'indicators.csv',
			'indicator_definitions.csv',
			'municipalities.csv',
			'municipality_groups.csv'
		],
		kolada: true,
		theme: 'SOCI',
		every: 'ANNUAL'
	},
	insatser: {
		files: ['measures.csv', 'organisations.csv', 'areas.csv', 'focus_areas.csv', 'config.json'],
		kolada: false,
		theme: 'GOVE',
		every: 'IRREG'
	},
	effektmal: { files: ['targets.csv'], kolada: false, theme: 'GOVE', every: 'IRREG' },
	// Followed up for the delårsrapport and the årsbokslut: twice a year.
	uppfoljningar: { files: ['followups.csv'], kolada: false, theme: 'GOVE', every: 'BIANNUAL' },
	egna: { files: ['measure_figures.csv', 'measure_values.csv'], kolada: false, theme: 'SOCI', every: 'IRREG' },
	granskningar: {
		files: [
			'audits.csv',
			'recommendations.csv',
			'audit_answers.csv',
			'audit_actions.csv',
			'audit_action_followups.csv'
		],
		kolada: false,
		theme: 'GOVE',
		every: 'BIANNUAL'
	}
};

const lit = (literal: string, lang?: string): Value => ({ literal, ...(lang ? { lang } : {}) });
const res = (resource: string): Value => ({ resource });
const date = (d: string): Value => ({ literal: d, datatype: `${NS.xsd}date` });
const both = (prop: string, sv: string, en: string): [string, Value][] => [
	[prop, lit(sv, 'sv')],
	[prop, lit(en, 'en')]
];

export interface CatalogueInput {
	data: Pick<
		Dataset,
		'config' | 'observations' | 'measures' | 'targets' | 'followups' | 'figures' | 'figureValues' | 'audits'
	>;
	/** The municipality's name ("Trollhättan"). */
	place: string;
	/** The day the catalogue is written (YYYY-MM-DD). */
	today: string;
}

/** What the catalogue lacks, by config field: empty when it is complete. */
export function catalogueGaps(config: Dataset['config']): string[] {
	return [...(config.org_number ? [] : ['org_number']), ...(config.contact_email ? [] : ['contact_email'])];
}

export function catalogue({ data, place, today }: CatalogueInput): string {
	const { config } = data;
	const sv = words.sv;
	const en = words.en;
	const gaps = catalogueGaps(config);
	const publisher: RdfNode = {
		type: 'foaf:Agent',
		props: [
			['foaf:name', lit(config.organisation, 'sv')],
			['dcterms:type', res('http://purl.org/adms/publishertype/LocalAuthority')],
			...(config.org_number ? ([['dcterms:identifier', lit(config.org_number)]] as [string, Value][]) : [])
		]
	};
	const contact: RdfNode | null = config.contact_email
		? {
				type: 'vcard:Organization',
				props: [
					['vcard:fn', lit(config.organisation, 'sv')],
					['vcard:hasEmail', res(`mailto:${config.contact_email}`)]
				]
			}
		: null;
	const years = (xs: number[]) =>
		xs.length ? { from: `${Math.floor(Math.min(...xs))}-01-01`, to: `${Math.floor(Math.max(...xs))}-12-31` } : null;
	const span: Record<Family, { from: string; to: string } | null> = {
		nyckeltal: years(data.observations.map((o) => o.period)),
		insatser: years(
			data.measures.flatMap((m) => [m.start, m.end].filter((d): d is string => !!d).map((d) => Number(d.slice(0, 4))))
		),
		effektmal: years(data.targets.flatMap((t) => [t.baseline_period, t.target_period])),
		uppfoljningar: years(data.followups.map((r) => Number(r.date.slice(0, 4)))),
		egna: years(data.figureValues.map((v) => Math.ceil(v.time))),
		granskningar: years(data.audits.answers.map((a) => Number(a.decided_at.slice(0, 4))))
	};
	const licence = (kolada: boolean): [string, Value][] =>
		kolada
			? [
					[
						'dcterms:rights',
						{ node: { type: 'dcterms:RightsStatement', props: both('rdfs:label', sv.kolada_rights, en.kolada_rights) } }
					]
				]
			: [['dcterms:license', { node: { about: config.own_data_licence, type: 'dcterms:LicenseDocument', props: [] } }]];
	const distribution = (
		file: string,
		kind: 'csv' | 'json' | 'parquet',
		kolada: boolean,
		title: [string, string]
	): RdfNode => ({
		about: file,
		type: 'dcat:Distribution',
		props: [
			['dcat:accessURL', res(file)],
			['dcat:downloadURL', res(file)],
			['dcat:mediaType', res(MEDIA[kind])],
			['dcterms:format', res(FORMAT[kind])],
			...both('dcterms:title', ...title),
			...licence(kolada)
		]
	});
	const parquet = [...new Set(data.observations.map((o) => o.indicator))].sort();
	const datasets: RdfNode[] = (Object.keys(FAMILIES) as Family[]).map((id) => {
		const family = FAMILIES[id];
		const title: [string, string] = [sv[`ds_${id}`], en[`ds_${id}`]];
		const desc: [string, string] =
			id === 'nyckeltal'
				? [sv.ds_nyckeltal_desc(place), en.ds_nyckeltal_desc(place)]
				: [sv[`ds_${id}_desc`], en[`ds_${id}_desc`]];
		const files = family.files.map((f) =>
			distribution(
				f,
				f.endsWith('.json') ? 'json' : 'csv',
				family.kolada,
				f.endsWith('.json') ? [sv.dist_json(f), en.dist_json(f)] : [sv.dist_csv(f), en.dist_csv(f)]
			)
		);
		if (id === 'nyckeltal')
			files.push(
				...parquet.map((k) =>
					distribution(`parquet/${k}.parquet`, 'parquet', true, [sv.dist_parquet(k), en.dist_parquet(k)])
				),
				distribution('parquet/index.json', 'json', true, [
					sv.dist_json('parquet/index.json'),
					en.dist_json('parquet/index.json')
				])
			);
		const s = span[id];
		// The demo's measures, targets, follow-ups and own figures are made up: the catalogue says so too.
		const examples: Record<Family, boolean> = {
			nyckeltal: false,
			insatser: data.measures.some((m) => m.example),
			effektmal: data.targets.some((t) => t.example),
			uppfoljningar: data.followups.some((r) => r.example),
			egna: data.figures.some((f) => f.example),
			granskningar: data.audits.answers.some((a) => a.example) || data.audits.actions.some((a) => a.example)
		};
		return {
			about: `katalog.rdf#${id}`,
			type: 'dcat:Dataset',
			props: [
				...both('dcterms:title', ...title),
				...both('dcterms:description', ...desc),
				...(examples[id] ? both('dcterms:description', sv.examples, en.examples) : []),
				['dcterms:publisher', { node: publisher }],
				...(contact ? ([['dcat:contactPoint', { node: contact }]] as [string, Value][]) : []),
				['dcat:theme', res(`${EU}/data-theme/${family.theme}`)],
				...both('dcat:keyword', sv.keyword_social, en.keyword_social),
				...both('dcat:keyword', sv.keyword_followup, en.keyword_followup),
				['dcterms:spatial', res(`${EU}/country/SWE`)],
				...(s
					? ([
							[
								'dcterms:temporal',
								{
									node: {
										type: 'dcterms:PeriodOfTime',
										props: [
											['dcat:startDate', date(s.from)],
											['dcat:endDate', date(s.to)]
										]
									}
								}
							]
						] as [string, Value][])
					: []),
				['dcterms:accrualPeriodicity', res(`${EU}/frequency/${family.every}`)],
				['dcterms:language', res(`${EU}/language/SWE`)],
				['dcterms:modified', date(today)],
				...files.map((d): [string, Value] => ['dcat:distribution', { node: d }])
			]
		};
	});
	const cat: RdfNode = {
		about: 'katalog.rdf',
		type: 'dcat:Catalog',
		props: [
			...both('dcterms:title', sv.cat_title(config.organisation), en.cat_title(config.organisation)),
			...both('dcterms:description', sv.cat_description(config.organisation), en.cat_description(config.organisation)),
			...(gaps.length
				? both('dcterms:description', sv.cat_incomplete(gaps.join(', ')), en.cat_incomplete(gaps.join(', ')))
				: []),
			['dcterms:publisher', { node: publisher }],
			['foaf:homepage', { node: { about: '../', type: 'foaf:Document', props: [] } }],
			['dcterms:language', res(`${EU}/language/SWE`)],
			['dcterms:language', res(`${EU}/language/ENG`)],
			['dcterms:license', { node: { about: config.own_data_licence, type: 'dcterms:LicenseDocument', props: [] } }],
			['dcterms:modified', date(today)],
			...datasets.map((d): [string, Value] => ['dcat:dataset', { node: d }])
		]
	};
	return rdfXml([cat], config.site_url ? `${config.site_url}/data/` : null);
}
