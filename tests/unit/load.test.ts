import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_FILES, loadDataset, type DataFile } from '$lib/data/load';
import { formatProblem } from '$lib/data/problems';

const dataDir = resolve('data');
const files = () =>
	Object.fromEntries(DATA_FILES.map((f) => [f, readFileSync(join(dataDir, f), 'utf8')])) as Record<DataFile, string>;

describe('the shipped data/', () => {
	const { dataset, problems } = loadDataset(files());

	it('passes the check; the one warning is the organisation number the demo does not claim to know', () => {
		expect(problems.map((p) => `${p.column} ${p.kind} ${p.severity ?? 'error'}`)).toEqual([
			'org_number org_number_missing warning'
		]);
		expect(dataset).not.toBeNull();
	});

	it('holds the real Kolada values verbatim (fixture copied from ../shared/data/observations_focus.csv)', () => {
		const fixture = readFileSync('tests/fixtures/kolada-N02797-1488-0000.csv', 'utf8').trim().split('\n').slice(1);
		const known = fixture.map((l) => l.split(',')).filter(([, , period]) => period !== '2007');
		expect(known.length).toBeGreaterThan(40);
		for (const [kpi, code, period, gender, value] of known) {
			const o = dataset!.observations.find(
				(x) => x.indicator === kpi && x.municipality === code && x.period === Number(period) && x.gender === gender
			);
			expect(o?.value, `${kpi} ${code} ${period} ${gender}`).toBe(Number(value));
		}
		const total2022 = dataset!.observations.find(
			(x) => x.indicator === 'N02797' && x.municipality === '1488' && x.period === 2022 && x.gender === 'T'
		);
		expect(total2022?.value).toBe(5.965606);
	});

	it('leaves out the N02797 2007 artefact (Riket 0.0), never drawing it as a zero', () => {
		expect(dataset!.observations.some((x) => x.indicator === 'N02797' && x.period === 2007)).toBe(false);
	});

	it('covers Riket, the region and all 290 kommuner', () => {
		const codes = new Set(dataset!.observations.filter((o) => o.indicator === 'N02797').map((o) => o.municipality));
		expect(codes.has('0000')).toBe(true);
		expect(codes.has('0014')).toBe(true);
		expect(dataset!.municipalities.filter((m) => m.level === 'kommun' && codes.has(m.code))).toHaveLength(290);
	});

	it('labels every demo measure and target as an example', () => {
		expect(dataset!.measures.every((m) => m.example)).toBe(true);
		expect(dataset!.targets.every((t) => t.example)).toBe(true);
	});
});

describe('a broken data/ is refused with file, line and column', () => {
	const broken = (file: DataFile, edit: (text: string) => string) => {
		const f = files();
		f[file] = edit(f[file]);
		return loadDataset(f).problems.map((p) => formatProblem(p));
	};

	it('a missing column', () => {
		expect(broken('targets.csv', (t) => t.replace('target_value,', ''))).toContain(
			'data/targets.csv, rad 1, kolumn target_value: Kolumnen ”target_value” saknas.'
		);
	});

	it('a malformed row', () => {
		const problems = broken('observations.csv', (t) =>
			t.replace('N00700,0000,2013,K,50.460794,', 'N00700,0000,2013,K,50,46,')
		);
		expect(problems).toContain(
			'data/observations.csv, rad 2: Raden har 7 fält men rubrikraden har 6. Jämför raden med rubrikraden: ett fält saknas eller är för mycket, eller en text med kommatecken saknar citattecken.'
		);
	});

	it('a row with a field too few or a comma in unquoted text names the column it most likely went wrong in', () => {
		const missing = broken('targets.csv', (t) =>
			t.replace('t02,m02,asn,N02797,1488,T,2018,6.407186,5.0,2026,', 't02,m02,asn,N02797,1488,2018,6.407186,5.0,2026,')
		);
		expect(missing).toContain(
			'data/targets.csv, rad 3, kolumn gender: Raden har 12 fält men rubrikraden har 13: fältet för kolumnen ”gender” saknas troligen. Lägg till det (tomt om det inte har något värde), så att raden får ett kommatecken till.'
		);
		const comma = broken('organisations.csv', (t) =>
			t.replace('asn,Arbetsmarknads- och socialnämnden,', 'asn,Arbetsmarknads-, och socialnämnden,')
		);
		// Either text column could hold the comma: both are named, nothing more is claimed.
		expect(comma).toContain(
			'data/organisations.csv, rad 3: Raden har 5 fält men rubrikraden har 4: texten i en av kolumnerna ”name” till ”name_en” har troligen ett kommatecken. Sätt citattecken (") runt texten.'
		);
	});

	it('an unknown municipality code and an unknown indicator', () => {
		const problems = broken('targets.csv', (t) => t.replace('t02,m02,asn,N02797,1488', 't02,m02,asn,N99999,1499'));
		expect(problems).toContain('data/targets.csv, rad 3, kolumn indicator: ”N99999” finns inte i data/indicators.csv.');
	});

	it('a committee that does not exist and a target year before the baseline', () => {
		const problems = broken('measures.csv', (t) =>
			t.replace(/^(m04,(?:"[^"]*"|[^,]*),(?:"[^"]*"|[^,]*),(?:"[^"]*"|[^,]*),(?:"[^"]*"|[^,]*),)ubn,/m, '$1xyz,')
		);
		expect(problems).toContain('data/measures.csv, rad 5, kolumn lead: ”xyz” finns inte i data/organisations.csv.');
		const order = broken('targets.csv', (t) => t.replace(',2018,9.017013,7.0,2022,', ',2018,9.017013,7.0,2017,'));
		expect(
			order.some((p) =>
				p.startsWith('data/targets.csv, rad 4, kolumn target_period: Målåret måste komma efter basåret')
			)
		).toBe(true);
	});

	it('stops the build: check-data exits 1 and prints the problem, not a stack trace', () => {
		const dir = mkdtempSync(join(tmpdir(), 'foljupp-data-'));
		cpSync(dataDir, dir, { recursive: true });
		writeFileSync(
			join(dir, 'targets.csv'),
			readFileSync(join(dir, 'targets.csv'), 'utf8').replace(',1488,T,2018,6.407186,', ',148,T,2018,6.407186,')
		);
		let out = '';
		let code = 0;
		try {
			execFileSync(process.execPath, ['--import', 'tsx', 'scripts/check-data.ts'], {
				env: { ...process.env, FOLJUPP_DATA: dir },
				encoding: 'utf8',
				stdio: 'pipe'
			});
		} catch (e) {
			const err = e as { status: number; stderr: string };
			code = err.status;
			out = err.stderr;
		}
		expect(code).toBe(1);
		// The message names the real folder, as the user would find it.
		expect(out).toContain(
			`${dir}/targets.csv, rad 3, kolumn municipality: ”148” är ingen kommunkod med fyra siffror – menade du 0148?`
		);
		expect(out).not.toMatch(/\n\s+at /);
	});
});
