/**
 * Another municipality adopts Följupp, as a controller in Tyresö (0138) would: the set-up command,
 * data files as officials save them, and the checks that catch what people get wrong.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DATA_FILES, loadDataset, type DataFile } from '$lib/data/load';
import { describeProblem, formatProblem } from '$lib/data/problems';
import { readDataDir } from '$lib/data/repository.server';
import { findMunicipality, organisationName } from '$lib/kolada/setup';
import { decodeWindows1252 } from '$lib/data/text';

const demo = readDataDir('data').dataset!;
/**
 * The demo's files as a municipality would have them filled in: with an organisation number (a made-up
 * one, never published) so that these checks see only what each test changes.
 */
const withOrgNumber = (config: string) => JSON.stringify({ ...JSON.parse(config), org_number: '000000-0000' }, null, 2);
const files = () =>
	Object.fromEntries(
		DATA_FILES.map((f) => [
			f,
			f === 'config.json' ? withOrgNumber(readFileSync(join('data', f), 'utf8')) : readFileSync(join('data', f), 'utf8')
		])
	) as Record<DataFile, string>;
/** Text as Windows-1252 bytes, what Swedish Excel's "CSV (semikolonavgränsad)" writes (– is 0x96 there). */
const table = new Map([...decodeWindows1252(Uint8Array.from({ length: 256 }, (_, i) => i))].map((c, i) => [c, i]));
const cp1252 = (s: string) => Uint8Array.from([...s].map((c) => table.get(c) ?? 0x3f));

function copyOfData(): string {
	const dir = mkdtempSync(join(tmpdir(), 'foljupp-setup-'));
	cpSync('data', join(dir, 'data'), { recursive: true });
	return join(dir, 'data');
}
function run(script: string, args: string[], dir: string): { code: number; out: string } {
	try {
		const out = execFileSync(process.execPath, ['--import', 'tsx', script, ...args], {
			env: { ...process.env, FOLJUPP_DATA: dir, FOLJUPP_TODAY: '2026-11-29' },
			encoding: 'utf8',
			stdio: 'pipe'
		});
		return { code: 0, out };
	} catch (e) {
		const err = e as { status: number; stdout: string; stderr: string };
		return { code: err.status, out: err.stdout + err.stderr };
	}
}

describe('finding the municipality', () => {
	it('by its code, with or without the leading zero, and by its name', () => {
		for (const q of ['0138', '138', 'Tyresö', 'tyresö', ' Tyresö '])
			expect(findMunicipality(q, demo.municipalities)).toEqual({
				found: expect.objectContaining({ code: '0138', name: 'Tyresö' })
			});
	});
	it('an unknown name gets the closest ones', () => {
		const r = findMunicipality('Tyrsö', demo.municipalities);
		expect('suggestions' in r && r.suggestions.map((m) => m.name)).toContain('Tyresö');
		expect(findMunicipality('9999', demo.municipalities)).toEqual({ suggestions: [] });
	});
	it('names the organisation as the municipality does', () => {
		expect(organisationName('Tyresö', 'kommun')).toBe('Tyresö kommun');
		expect(organisationName('Trollhättan', 'stad')).toBe('Trollhättans stad');
		expect(organisationName('Borås', 'stad')).toBe('Borås stad');
	});
});

describe('npm run setup -- --kommun 0138', () => {
	const dir = copyOfData();
	const result = run('scripts/setup.ts', ['--kommun', '0138'], dir);
	const read = (f: string) => readFileSync(join(dir, f), 'utf8');
	const rows = (f: string) => Papa.parse<Record<string, string>>(read(f), { header: true, skipEmptyLines: true }).data;

	it('writes Tyresö, its region and its wording, and prints the next steps', () => {
		expect(result.code, result.out).toBe(0);
		const config = JSON.parse(read('config.json'));
		expect(config).toMatchObject({
			municipality: '0138',
			region: '0001',
			organisation: 'Tyresö kommun',
			wording: 'kommun'
		});
		expect(result.out).toMatch(/Nästa steg/);
		expect(result.out).toMatch(/npm run check-data/);
	});
	it("picks Tyresö's own Liknande kommuner groups, which do not list Tyresö, and its SKR group", () => {
		const groups = rows('municipality_groups.csv');
		const liknande = groups.filter((g) => g.title!.startsWith('Liknande kommuner'));
		expect(liknande).toHaveLength(12);
		expect(liknande.every((g) => g.title!.includes(', Tyresö,'))).toBe(true);
		expect(groups.some((g) => g.title!.includes('Trollhättan'))).toBe(false);
		expect(groups.find((g) => !g.title!.startsWith('Liknande'))?.member_codes).toContain('0138');
	});
	it("sets each key figure's comparison group to Tyresö's group of its theme", () => {
		const groups = new Map(rows('municipality_groups.csv').map((g) => [g.group_id!, g.title!]));
		for (const i of rows('indicators.csv'))
			expect(groups.get(i.similar_group!), i.id).toMatch(new RegExp(`Liknande kommuner ${i.similar_theme}, Tyresö`));
	});
	it('leaves no measure, target or focus area of the demo, and the data passes the check', () => {
		expect(rows('measures.csv')).toEqual([]);
		// Trollhättan's audits are Trollhättan's: another municipality starts with none.
		expect(rows('audits.csv')).toEqual([]);
		expect(rows('recommendations.csv')).toEqual([]);
		expect(rows('targets.csv')).toEqual([]);
		expect(rows('focus_areas.csv')).toEqual([]);
		expect(read('organisations.csv')).not.toMatch(/Eidar|Trollhättan/);
		const check = run('scripts/check-data.ts', [], dir);
		expect(check.code, check.out).toBe(0);
	});
	it('refuses to overwrite a file that was edited, unless told --force', () => {
		writeFileSync(
			join(dir, 'measures.csv'),
			read('measures.csv') + 'm01,Egen insats,,Beskrivning,,ks,,unga,,ordinary,,,ongoing,,,,no\n'
		);
		const again = run('scripts/setup.ts', ['--kommun', 'Tyresö'], dir);
		expect(again.code).toBe(1);
		expect(again.out).toMatch(/measures\.csv/);
		expect(read('measures.csv')).toContain('Egen insats');
		expect(run('scripts/setup.ts', ['--kommun', 'Tyresö', '--force'], dir).code).toBe(0);
		expect(read('measures.csv')).not.toContain('Egen insats');
	});
	it('an unknown municipality: exit 1, the closest names, nothing changed', () => {
		const before = read('config.json');
		const r = run('scripts/setup.ts', ['--kommun', 'Tyrsö'], dir);
		expect(r.code).toBe(1);
		expect(r.out).toMatch(/0138 Tyresö/);
		expect(read('config.json')).toBe(before);
	});
	it('a name as long as a page is not echoed back whole', () => {
		const r = run('scripts/setup.ts', ['--kommun', 'x'.repeat(100_000)], dir);
		expect(r.code).toBe(1);
		expect(r.out).toMatch(/Ingen kommun heter ”x+…”/);
		expect(r.out.length).toBeLessThan(1000);
	});
	it("--with-examples: the example measures, with targets from Tyresö's own published values", () => {
		const d = copyOfData();
		expect(
			run('scripts/setup.ts', ['--kommun', '0138', '--with-examples', '--kontakt', 'synpunkter@example.se'], d).code
		).toBe(0);
		const check = readDataDir(d);
		// Nobody has evaluated the new site's accessibility: said as a warning, never dated by setup.
		// A new site is told what only the municipality can fill in: its organisation number and its evaluation.
		expect(check.problems.map((p) => [p.kind, p.severity])).toEqual([
			['org_number_missing', 'warning'],
			['not_evaluated', 'warning']
		]);
		expect(JSON.parse(readFileSync(join(d, 'config.json'), 'utf8')).accessibility_evaluated).toBe('');
		const t = check.dataset!.targets;
		expect(t.length).toBeGreaterThan(3);
		for (const target of t) {
			const published = check.dataset!.observations.find(
				(o) =>
					o.indicator === target.indicator &&
					o.municipality === '0138' &&
					o.gender === target.gender &&
					o.period === target.baseline_period
			);
			expect(target.baseline_value).toBe(published!.value);
		}
		expect(check.dataset!.measures.every((m) => m.example)).toBe(true);
	});
});

describe('data files as officials save them', () => {
	it("Windows-1252's own letters (–, €, ’) are read as they are, also where Node's decoder reads Latin-1", () => {
		expect(decodeWindows1252(Uint8Array.from([0x96, 0x80, 0x92, 0xe5, 0xf6]))).toBe('–€’åö');
	});

	const measures = files()['measures.csv'];
	const head = measures.split('\n')[0]!;
	const few = [head, ...measures.split('\n').slice(1, 4)].join('\n') + '\n';

	const inMeasures = <P extends { file: string }>(problems: P[]) =>
		problems.filter((p) => p.file.endsWith('measures.csv'));

	it('a comma-separated file of a few rows, whose cells hold semicolons, is read as comma-separated', () => {
		const { problems } = loadDataset({ ...files(), 'measures.csv': few });
		expect(inMeasures(problems).map((p) => formatProblem(p))).toEqual([]);
	});
	it('a file saved from Swedish Excel (;, Windows-1252, CRLF) is named once for what it is, never read garbled', () => {
		const dir = copyOfData();
		const excel = Papa.unparse(Papa.parse<string[]>(measures, { skipEmptyLines: true }).data, {
			delimiter: ';',
			newline: '\r\n'
		});
		writeFileSync(join(dir, 'measures.csv'), cp1252(excel));
		const problems = readDataDir(dir).problems.filter((p) => p.kind !== 'org_number_missing');
		expect(problems.map((p) => p.kind)).toEqual(['not_utf8']);
		expect(problems[0]!.line).toBe(2);
		expect(describeProblem(problems[0]!, 'sv')).toMatch(/check-data -- --fix/);
		// --fix rewrites it in the repository's format, every letter as it was, with the BOM Excel needs to read it back.
		const fixed = run('scripts/check-data.ts', ['--fix'], dir);
		expect(fixed.out).toMatch(
			/measures\.csv: omskriven \(från Windows-1252 till UTF-8, kommatecken i stället för semikolon, LF-radslut; UTF-8 med BOM/
		);
		const after = readDataDir(dir);
		expect(inMeasures(after.problems)).toEqual([]);
		const bytes = readFileSync(join(dir, 'measures.csv'));
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(
			Papa.parse<string[]>(bytes.toString('utf8').slice(1), { skipEmptyLines: true })
				.data.slice(1)
				.map((r) => r[1])
		).toEqual(demo.measures.map((m) => m.title));
		expect(readFileSync(join(dir, 'measures.csv.bak'))).toEqual(Buffer.from(cp1252(excel)));
	});
	it('--fix rewrites nothing while the folder has an error, and names it at its line', () => {
		const dir = copyOfData();
		// A row with a cell left out, saved from Swedish Excel: the fix could read it, but not cleanly.
		const rows = Papa.parse<string[]>(measures, { skipEmptyLines: true }).data;
		rows[2] = rows[2]!.filter((_, i) => i !== rows[0]!.indexOf('status'));
		const original = cp1252(Papa.unparse(rows, { delimiter: ';', newline: '\r\n' }));
		writeFileSync(join(dir, 'measures.csv'), original);
		const r = run('scripts/check-data.ts', ['--fix'], dir);
		expect(r.code).toBe(1);
		expect(r.out).toMatch(/--fix skrev inte om något/);
		expect(r.out).toMatch(
			/measures\.csv, rad 3, kolumn status: Raden har 18 fält men rubrikraden har 19: fältet för kolumnen ”status” saknas troligen/
		);
		// What refers to the rejected measure is told that it depends on it, not that its id does not exist.
		expect(r.out).toMatch(
			/targets\.csv, rad 3, kolumn measure: Hänger på ”m02”, vars rad i .*measures\.csv \(rad 3\) har ett fel/
		);
		expect(r.out).not.toMatch(/”m02” finns inte/);
		expect(readFileSync(join(dir, 'measures.csv'))).toEqual(Buffer.from(original));
	});
	it('a ;-file in UTF-8 is named as ;-separated, with how to fix it', () => {
		const { problems } = loadDataset({ ...files(), 'measures.csv': few.replaceAll(',', ';') });
		expect(problems.map((p) => [p.kind, p.line])).toEqual([['wrong_delimiter', 1]]);
		expect(describeProblem(problems[0]!, 'sv')).toMatch(/semikolon.*--fix/);
	});
});

describe('checks that catch what people get wrong', () => {
	const withTargets = (edit: (t: string) => string) =>
		loadDataset({ ...files(), 'targets.csv': edit(files()['targets.csv']) });

	it('a baseline typed otherwise than the published value is named with both values', () => {
		const { problems } = withTargets((t) => t.replace(',2018,6.407186,', ',2018,6.9,'));
		expect(problems.map((p) => [p.kind, p.column, p.text, p.detail])).toEqual([
			['baseline_differs', 'baseline_value', '6.9', '6.407186']
		]);
	});
	it('a baseline rounded to the decimals written is no problem', () => {
		expect(withTargets((t) => t.replace(',2018,6.407186,', ',2018,6.41,')).problems).toEqual([]);
	});
	it('an empty baseline is filled from the published value', () => {
		const { dataset } = withTargets((t) => t.replace(',2018,6.407186,', ',2018,,'));
		expect(dataset!.targets.find((t) => t.id === 't02')!.baseline_value).toBe(6.407186);
	});
	it('an unknown id: did you mean …?', () => {
		const { problems } = withTargets((t) => t.replace('t02,m02,asn,', 't02,m02,asm,'));
		expect(describeProblem(problems[0]!, 'sv')).toBe('”asm” finns inte i data/organisations.csv – menade du ”asn”?');
	});
	it('a missing English name falls back to the Swedish one instead of failing', () => {
		const orgs = files()['organisations.csv'].replace(
			'asn,Arbetsmarknads- och socialnämnden,Labour Market and Social Welfare Committee,',
			'asn,Arbetsmarknads- och socialnämnden,,'
		);
		const { dataset, problems } = loadDataset({ ...files(), 'organisations.csv': orgs });
		expect(problems).toEqual([]);
		expect(dataset!.organisations.find((o) => o.id === 'asn')!.name_en).toBeNull();
	});
	it('a comparison group made for another municipality is named', () => {
		const config = files()
			['config.json'].replace('"municipality": "1488"', '"municipality": "0138"')
			.replace('"region": "0014"', '"region": "0001"');
		const { problems } = loadDataset({ ...files(), 'config.json': config });
		expect(problems.filter((p) => p.kind === 'wrong_group').length).toBe(11);
		expect(
			describeProblem(
				problems.find((p) => p.kind === 'wrong_group')!,
				'sv'
			)
		).toMatch(/hör till en annan kommun än Tyresö/);
	});
	it('the shipped record of unedited files matches the shipped data (else run npm run setup -- --record)', async () => {
		const { createHash } = await import('node:crypto');
		const manifest = JSON.parse(readFileSync('data/.setup.json', 'utf8')).files as Record<string, string>;
		for (const [f, h] of Object.entries(manifest))
			expect(
				createHash('sha256')
					.update(readFileSync(join('data', f)))
					.digest('hex'),
				f
			).toBe(h);
	});
});
