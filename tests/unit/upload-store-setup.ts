/**
 * What the importer's tests share: the published data in native DuckDB (the same SQL and version as
 * the browser's), real Kolada rows for N02797, and the ways Swedish Excel writes them. `storeForTests()`
 * registers the hooks that open the store once per file and undo every upload between tests.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { NodeEngine } from '../../scripts/lib/node-engine';
import { ObservationStore } from '$lib/upload/store';
import { referenceOf, type StageReport } from '$lib/upload/report';
import { readDataDir } from '$lib/data/repository.server';

const { dataset } = readDataDir('data');
export const published = readFileSync('data/observations.csv');
export const reference = referenceOf(dataset!);

// Real values for N02797 (Trollhättan 1488 and Riket 0000) from ../shared/data; 2007 is left out
// because data/ drops that year as an artefact.
export const real = readFileSync('tests/fixtures/kolada-N02797-1488-0000.csv', 'utf8')
	.trim()
	.split('\n')
	.slice(1)
	.map((l) => l.split(','))
	.filter((r) => r[2] !== '2007')
	.map(([indicator, municipality, period, gender, value]) => ({
		indicator: indicator!,
		municipality: municipality!,
		period: Number(period),
		gender: gender!,
		value: Number(value)
	}));

export const utf8 = (s: string) => new TextEncoder().encode(s);
/** Latin-1 letters are the same bytes in Windows-1252: what Swedish Excel's "CSV (semikolonavgränsad)" writes. */
export const cp1252 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
export const comma = (v: number) => String(v).replace('.', ',');
export const excelRows = (rows = real) =>
	rows.map((r) => [r.indicator, r.municipality, r.period, r.gender, comma(r.value)].join(';'));
export const excel = ['Nyckeltal;Kommun;År;Kön;Värde', ...excelRows()].join('\r\n') + '\r\n';
export const kinds = (r: StageReport) => r.problems.map((p) => p.kind);

export interface StoreForTests {
	engine: NodeEngine;
	store: ObservationStore;
	/** What the site shows for one series, oldest first. */
	series(
		indicator: string,
		municipality: string,
		gender?: string
	): Promise<{ period: number; value: number | null; status: string | null }[]>;
	uploadSize(): Promise<number>;
}

export function storeForTests(): StoreForTests {
	const t = {} as StoreForTests;
	beforeAll(async () => {
		t.engine = await NodeEngine.create();
		t.store = new ObservationStore(t.engine, reference);
		await t.store.init(published);
	});
	afterAll(() => t.engine.close());
	beforeEach(() => t.store.undo());
	t.series = (indicator, municipality, gender = 'T') =>
		t.engine.all(
			'SELECT period, value, status FROM observations WHERE indicator = ? AND municipality = ? AND gender = ? ORDER BY period',
			[indicator, municipality, gender]
		);
	t.uploadSize = async () => (await t.store.counts()).values;
	return t;
}
