/**
 * The data catalogue for Sweden's data portal (DCAT-AP-SE, /data/katalog.rdf): read back with a real
 * RDF/XML parser and validated with a SHACL validator against DCAT-AP 2.1.1's published shapes and
 * DCAT-AP-SE's mandatory properties (tests/fixtures/dcat-ap/). Every file the site publishes is a
 * distribution with its licence; a config without organisation number or contact makes an
 * incomplete catalogue that says so, never an invented one, and check-data warns.
 */
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import rdf from '@zazuko/env-node';
import SHACLValidator from 'rdf-validate-shacl';
import { RdfXmlParser } from 'rdfxml-streaming-parser';
import { describe, expect, it } from 'vitest';
import { DATA_FILES, loadDataset, type DataFile } from '$lib/data/load';
import { catalogue } from '$lib/publish/dcat';
import type { Dataset } from '$lib/model/model';

const TODAY = '2026-11-29';
const BASE = 'https://www.trollhattan.se/uppfoljning/data/katalog.rdf';
const files = () =>
	Object.fromEntries(DATA_FILES.map((f) => [f, readFileSync(`data/${f}`, 'utf8')])) as Record<DataFile, string>;
const load = (config: Record<string, unknown> = {}) => {
	const texts = files();
	texts['config.json'] = JSON.stringify({ ...JSON.parse(texts['config.json']), ...config });
	return loadDataset(texts, { today: TODAY });
};
const write = (data: Dataset) => catalogue({ data, place: 'Trollhättan', today: TODAY });

async function parse(xml: string) {
	const parser = new RdfXmlParser({ baseIRI: BASE, dataFactory: rdf });
	const quads = await rdf.dataset().import(Readable.from([xml]).pipe(parser));
	return quads;
}
const turtle = (...names: string[]) =>
	Promise.all(names.map((n) => rdf.dataset().import(rdf.fromFile(`tests/fixtures/dcat-ap/${n}`)))).then((sets) => {
		const all = rdf.dataset();
		for (const s of sets) for (const q of s) all.add(q);
		return all;
	});
const shapes = () => turtle('dcat-ap_2.1.1_shacl_shapes.ttl', 'dcat-ap-se-mandatory.ttl');
const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';

describe('the DCAT-AP-SE catalogue', () => {
	it('validates against DCAT-AP’s shapes and DCAT-AP-SE’s mandatory properties when the config is complete', async () => {
		const { dataset } = load({ org_number: '212000-1538' });
		const data = await parse(write(dataset!));
		const report = await new SHACLValidator(await shapes(), { factory: rdf }).validate(data);
		expect(
			report.results.map((r) => `${r.focusNode?.value} ${r.path?.value}: ${r.message.map((m) => m.value).join()}`)
		).toEqual([]);
		expect(report.conforms).toBe(true);
		// The shapes bite: DCAT-AP's own (not ours) refuse a dataset without a title or description.
		const broken = write(dataset!).replace(
			/<dcterms:title xml:lang="(sv|en)">Insatser<\/dcterms:title>|<dcterms:title xml:lang="en">Measures<\/dcterms:title>/g,
			''
		);
		const onlyEu = await turtle('dcat-ap_2.1.1_shacl_shapes.ttl');
		const refused = await new SHACLValidator(onlyEu, { factory: rdf }).validate(await parse(broken));
		expect(refused.conforms).toBe(false);
		expect(refused.results.map((r) => r.path?.value)).toContain(`${DCT}title`);
	});

	it('lists every file the site publishes, with its media type and its licence: Kolada’s terms for its values, CC0 for the municipality’s own', async () => {
		const { dataset } = load({ org_number: '212000-1538' });
		const data = await parse(write(dataset!));
		const distributions = [...data.match(null, rdf.namedNode(`${DCAT}downloadURL`), null)].map((q) => q.object.value);
		const expected = [
			...DATA_FILES.map((f) => `https://www.trollhattan.se/uppfoljning/data/${f}`),
			...[...new Set(dataset!.observations.map((o) => o.indicator))].map(
				(k) => `https://www.trollhattan.se/uppfoljning/data/parquet/${k}.parquet`
			),
			'https://www.trollhattan.se/uppfoljning/data/parquet/index.json'
		];
		expect(distributions.sort()).toEqual(expected.sort());
		const licence = (file: string) => {
			const d = rdf.namedNode(`https://www.trollhattan.se/uppfoljning/data/${file}`);
			return {
				license: [...data.match(d, rdf.namedNode(`${DCT}license`), null)].map((q) => q.object.value),
				rights: [...data.match(d, rdf.namedNode(`${DCT}rights`), null)].length
			};
		};
		expect(licence('measures.csv')).toEqual({
			license: ['http://creativecommons.org/publicdomain/zero/1.0/'],
			rights: 0
		});
		expect(licence('observations.csv')).toEqual({ license: [], rights: 1 });
		expect(licence('parquet/N02797.parquet')).toEqual({ license: [], rights: 1 });
		// A municipality's own choice of licence is used for its own files.
		const chosen = await parse(
			write(
				load({ org_number: '212000-1538', own_data_licence: 'https://creativecommons.org/licenses/by/4.0/' }).dataset!
			)
		);
		expect(
			[
				...chosen.match(
					rdf.namedNode('https://www.trollhattan.se/uppfoljning/data/followups.csv'),
					rdf.namedNode(`${DCT}license`),
					null
				)
			][0]!.object.value
		).toBe('https://creativecommons.org/licenses/by/4.0/');
	});

	it('resolves against where it is served when site_url is not set; absolute with it', async () => {
		const { dataset } = load({ site_url: 'https://example.org/foljupp/' });
		const xml = write(dataset!);
		expect(xml).toContain('xml:base="https://example.org/foljupp/data/"');
		const { dataset: without } = load({ site_url: '' });
		expect(write(without!)).not.toContain('xml:base');
	});

	it('without organisation number or contact: a clear warning naming the field, and a catalogue marked incomplete, not invented', async () => {
		const { dataset, problems } = load({ org_number: '', contact_email: '' });
		expect(problems.filter((p) => p.severity === 'warning').map((p) => p.column)).toEqual(
			expect.arrayContaining(['org_number', 'contact_email'])
		);
		const xml = write(dataset!);
		expect(xml).toContain('Katalogen är ofullständig: org_number, contact_email saknas');
		expect(xml).not.toContain('dcterms:identifier');
		expect(xml).not.toContain('vcard:hasEmail');
		const report = await new SHACLValidator(await shapes(), { factory: rdf }).validate(await parse(xml));
		expect(report.conforms).toBe(false);
		const missing = new Set(report.results.map((r) => r.path?.value));
		expect([...missing].sort()).toEqual([`${DCT}identifier`, `${DCAT}contactPoint`].sort());
		expect(load({ org_number: '21200-1538' }).problems.find((p) => p.column === 'org_number')?.kind).toBe(
			'not_an_org_number'
		);
	});
});
