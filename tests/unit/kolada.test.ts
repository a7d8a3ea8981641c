/**
 * The Kolada refresh, offline: recorded API v3 responses (tests/fixtures/kolada, built from real
 * values by make.ts) served from 127.0.0.1, the real `npm run kolada` script run against them on a
 * copy of data/. Paging, a 429, a deleted and a suppressed value, a retitled KPI, a malformed answer,
 * Kolada unreachable, unknown ids: each gives what an official expects, and data/ stays as it was
 * whenever the script fails.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Kolada, KoladaError, chunk, type Fetch } from '$lib/kolada/api';
import { mergeMetadata } from '$lib/kolada/refresh';
import { similarGroups } from '$lib/kolada/groups';

const FIX = 'tests/fixtures/kolada';
const fixture = (name: string) => readFileSync(join(FIX, name), 'utf8');

// ---- The client on its own, with a fake fetch ----------------------------------------------------

function fakeFetch(answers: Record<string, (string | number)[]>) {
	const asked: string[] = [];
	const f: Fetch = async (url) => {
		asked.push(url);
		const queue = answers[url];
		const next = queue && queue.length > 1 ? queue.shift()! : queue?.[0];
		if (next === undefined) return { ok: false, status: 404, headers: { get: () => null }, text: async () => '' };
		if (typeof next === 'number')
			return {
				ok: false,
				status: next,
				headers: { get: (h: string) => (h === 'retry-after' ? '2' : null) },
				text: async () => ''
			};
		return { ok: true, status: 200, headers: { get: () => null }, text: async () => next };
	};
	return { f, asked };
}

describe('Kolada client', () => {
	const base = 'https://kolada.test/v3';
	const page1 = fixture('data-1.json').replaceAll('{{BASE}}', base);
	const page2 = fixture('data-2.json');
	const url = `${base}/data/kpi/N02797,N03926/municipality/1488,0000/year/2020?per_page=5000`;
	const next = JSON.parse(page1).next_url as string;

	it('follows next_url through every page', async () => {
		const { f, asked } = fakeFetch({ [url]: [page1], [next]: [page2] });
		const records = await new Kolada({ fetch: f, base }).data(['N02797', 'N03926'], ['1488', '0000'], [2020]);
		expect(asked).toEqual([url, next]);
		expect(records.length).toBe(JSON.parse(page1).values.length + JSON.parse(page2).values.length);
	});

	it('asks for at most 25 ids in a path part', async () => {
		const ids = Array.from({ length: 30 }, (_, i) => `N${String(i).padStart(5, '0')}`);
		expect(chunk(ids).map((c) => c.length)).toEqual([25, 5]);
		const { f, asked } = fakeFetch({});
		await new Kolada({ fetch: f, base, retries: 0 }).data(ids, 'all', [2022]).catch(() => undefined);
		expect(asked[0]).toBe(`${base}/data/kpi/${ids.slice(0, 25).join(',')}/year/2022?per_page=5000`);
	});

	it('waits and retries on 429 and 5xx, honouring Retry-After; gives up after its retries', async () => {
		const waits: number[] = [];
		const sleep = async (ms: number) => void waits.push(ms);
		const ok = fakeFetch({ [url]: [429, 503, page2] });
		await new Kolada({ fetch: ok.f, base, sleep }).data(['N02797', 'N03926'], ['1488', '0000'], [2020]);
		expect(waits).toEqual([2000, 2000]);
		const down = fakeFetch({ [url]: [500] });
		await expect(
			new Kolada({ fetch: down.f, base, sleep, retries: 3 }).data(['N02797', 'N03926'], ['1488', '0000'], [2020])
		).rejects.toMatchObject({ kind: 'http' });
		expect(down.asked.length).toBe(4);
	});

	it('tells offline, HTTP errors and malformed answers apart', async () => {
		const offline: Fetch = async () => {
			throw new TypeError('fetch failed');
		};
		await expect(new Kolada({ fetch: offline, base }).kpis(['N02797'])).rejects.toMatchObject({ kind: 'offline' });
		const bad = fakeFetch({ [url]: [fixture('malformed.json')] });
		const err = await new Kolada({ fetch: bad.f, base })
			.data(['N02797', 'N03926'], ['1488', '0000'], [2020])
			.catch((e) => e);
		expect(err).toBeInstanceOf(KoladaError);
		expect(err.kind).toBe('malformed');
		const notJson = fakeFetch({ [url]: ['<html>Service Unavailable</html>'] });
		await expect(
			new Kolada({ fetch: notJson.f, base }).data(['N02797', 'N03926'], ['1488', '0000'], [2020])
		).rejects.toMatchObject({ kind: 'malformed' });
	});
});

describe('metadata and groups', () => {
	it("keeps every column and row of indicators.csv, updates Kolada's fields, and records a changed definition", () => {
		const indicators = readFileSync('data/indicators.csv', 'utf8');
		const definitions = readFileSync('data/indicator_definitions.csv', 'utf8');
		const kpis = JSON.parse(fixture('kpi-retitled.json')).values;
		const m = mergeMetadata(indicators, definitions, kpis, '2026-11-22');
		expect(m.redefined).toContain('N03926');
		const before = indicators.trim().split('\n');
		const after = m.indicatorsCsv.trim().split('\n');
		expect(after.length).toBe(before.length);
		expect(after[0]).toBe(before[0]);
		const retitled = kpis.find((k: { id: string }) => k.id === 'N03926').title;
		expect(m.indicatorsCsv).toContain(retitled);
		expect(m.definitionsCsv).toContain(`N03926,2026-11-22,${retitled.includes(',') ? `"${retitled}"` : retitled}`);
		// The old definition is still there, with its own date.
		expect(m.definitionsCsv).toMatch(/N03926,2026-03-23,/);
		// Unchanged lines of other key figures are left exactly as they were.
		const untouched = before.filter((l) => !l.startsWith('N02797') && !l.startsWith('N03926'));
		for (const l of untouched) expect(after).toContain(l);
	});

	it("picks the municipality's own Liknande kommuner groups by their title, the newest of each theme, and its SKR kommungrupp", () => {
		const all = JSON.parse(fixture('groups.json')).values as { title: string; members: { id: string }[] }[];
		// Others' groups that list Trollhättan as similar are in the answer too: they must not be picked.
		expect(
			all.some(
				(g) =>
					/^Liknande kommuner/.test(g.title) &&
					!g.title.includes('Trollhättan') &&
					g.members.some((m) => m.id === '1488')
			)
		).toBe(true);
		const groups = similarGroups(JSON.parse(fixture('groups.json')).values, { code: '1488', name: 'Trollhättan' });
		const liknande = groups.filter((g) => /^Liknande kommuner/.test(g.title));
		expect(liknande.length).toBe(12);
		expect(liknande.every((g) => g.title.includes(', Trollhättan,') && !g.members.includes('1488'))).toBe(true);
		expect(groups.filter((g) => !/^Liknande kommuner/.test(g.title)).map((g) => g.title)).toEqual([
			'Större stad (ovägt medel)'
		]);
	});
});

// ---- The script, end to end, against a local server replaying the recordings --------------------

let server: Server;
let base = '';
let scenario: 'data' | 'later' | 'malformed' | 'retitled' = 'data';
let throttleOnce = false;

beforeAll(async () => {
	server = createServer((req, res) => {
		const url = new URL(req.url!, 'http://x');
		const send = (status: number, body = '', headers: Record<string, string> = {}) => {
			res.writeHead(status, { 'content-type': 'application/json', ...headers });
			res.end(body);
		};
		if (url.pathname.startsWith('/v3/data/')) {
			if (throttleOnce) {
				throttleOnce = false;
				return send(429, '', { 'retry-after': '1' });
			}
			if (scenario === 'malformed') return send(200, fixture('malformed.json'));
			const name = scenario === 'later' ? 'later' : 'data';
			const page = url.searchParams.get('page') === '2' ? 2 : 1;
			if (!url.pathname.includes('N02797')) return send(200, JSON.stringify({ count: 0, values: [], next_url: null }));
			return send(200, fixture(`${name}-${page}.json`).replaceAll('{{BASE}}', base));
		}
		if (url.pathname === '/v3/kpi') {
			const words = (url.searchParams.get('title') ?? '').toLowerCase();
			const known = JSON.parse(fixture('kpi.json')).values.filter((k: { title: string }) =>
				k.title.toLowerCase().includes(words)
			);
			return send(200, JSON.stringify({ count: known.length, values: known, next_url: null }));
		}
		if (url.pathname.startsWith('/v3/kpi/')) {
			const known = JSON.parse(fixture(scenario === 'retitled' ? 'kpi-retitled.json' : 'kpi.json')).values;
			const ids = url.pathname.split('/').pop()!.split(',');
			return send(
				200,
				JSON.stringify({ count: 0, values: known.filter((k: { id: string }) => ids.includes(k.id)), next_url: null })
			);
		}
		if (url.pathname === '/v3/municipality_groups') return send(200, fixture('groups.json'));
		send(404);
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	const address = server.address();
	base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/v3`;
});
afterAll(() => {
	server.closeAllConnections();
	return new Promise<void>((r) => server.close(() => r()));
});

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'foljupp-kolada-'));
	cpSync('data', dir, { recursive: true });
	scenario = 'data';
	throttleOnce = false;
	return () => rmSync(dir, { recursive: true, force: true });
});

const ARGS = ['--kpi', 'N02797,N03926', '--municipality', '1488,0000', '--from', '2007', '--to', '2022'];
/** Runs a script as a user would; asynchronously, since the recorded API is served from this process. */
function run(
	script: string,
	args: string[],
	env: Record<string, string>
): Promise<{ code: number | null; out: string }> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { env: { ...process.env, ...env } });
		let out = '';
		child.stdout.on('data', (d) => (out += String(d)));
		child.stderr.on('data', (d) => (out += String(d)));
		child.on('close', (code) => resolve({ code, out }));
	});
}
const kolada = (args = ARGS, api = base) =>
	run('scripts/kolada.ts', args, {
		FOLJUPP_DATA: dir,
		KOLADA_API: api,
		KOLADA_NO_WAIT: '1',
		FOLJUPP_TODAY: '2026-11-22'
	});
const snapshot = () =>
	Object.fromEntries(
		readdirSync(dir, { withFileTypes: true })
			.filter((f) => f.isFile())
			.map((f) => [f.name, readFileSync(join(dir, f.name), 'utf8')])
	);
const lines = (text: string, keep: (l: string) => boolean) => text.trim().split('\n').filter(keep);
const demo = (l: string) => /^(N02797|N03926),(1488|0000),/.test(l);

describe('npm run kolada', () => {
	it('from an empty observations.csv reproduces the real values exactly; a second refresh changes nothing', async () => {
		const published = readFileSync('data/observations.csv', 'utf8');
		writeFileSync(join(dir, 'observations.csv'), 'indicator,municipality,period,gender,value,status\n');
		const first = await kolada();
		expect(first.code, first.out).toBe(0);
		const n = lines(published, demo).length;
		expect(first.out).toContain(`Klart: ${n} nya, 0 ändrade, 0 oförändrade och 0 borttagna värden.`);
		expect(lines(readFileSync(join(dir, 'observations.csv'), 'utf8'), (l) => !l.startsWith('indicator'))).toEqual(
			lines(published, demo)
		);
		// What it wrote passes the same check a build runs.
		const check = await run('scripts/check-data.ts', [], { FOLJUPP_DATA: dir });
		expect(check.code, check.out).toBe(0);

		const second = await kolada();
		expect(second.code, second.out).toBe(0);
		expect(second.out).toContain(`Klart: 0 nya, 0 ändrade, ${n} oförändrade och 0 borttagna värden.`);
	}, 60_000);

	it('after a 429, a deleted value disappears and a suppressed one comes in as missing, never zero', async () => {
		scenario = 'later';
		throttleOnce = true;
		const r = await kolada();
		expect(r.code, r.out).toBe(0);
		expect(r.out).toContain('Kolada svarade 429');
		expect(r.out).toMatch(/Klart: 1 nya, 0 ändrade, \d+ oförändrade och 1 borttagna värden\./);
		const obs = readFileSync(join(dir, 'observations.csv'), 'utf8');
		expect(obs).not.toMatch(/^N02797,0000,2008,K,/m);
		expect(obs).toContain('N03926,1488,2009,T,,..');
	}, 60_000);

	it('a retitled KPI is kept beside its old definition, and the indicators file follows Kolada', async () => {
		scenario = 'retitled';
		const r = await kolada();
		expect(r.code, r.out).toBe(0);
		expect(r.out).toContain('Kolada har ändrat definitionen av: N03926');
		const defs = readFileSync(join(dir, 'indicator_definitions.csv'), 'utf8');
		expect(lines(defs, (l) => l.startsWith('N03926,')).length).toBe(2);
		expect(readFileSync(join(dir, 'indicators.csv'), 'utf8')).toMatch(/^N03926,.*,2026-11-22,2026,2027-01-19$/m);
	}, 60_000);

	it('a malformed answer, Kolada out of reach, an unknown KPI or code: a clear message, exit 1, data/ untouched', async () => {
		const before = snapshot();
		scenario = 'malformed';
		const malformed = await kolada();
		expect(malformed.code).toBe(1);
		expect(malformed.out).toContain('inte går att läsa');
		const offline = await kolada(ARGS, 'http://127.0.0.1:9/v3');
		expect(offline.code).toBe(1);
		expect(offline.out).toContain('Kolada kunde inte nås');
		scenario = 'data';
		const notFollowed = await kolada(['--kpi', 'N99999', '--municipality', '1488']);
		expect(notFollowed.code).toBe(1);
		expect(notFollowed.out).toContain('N99999');
		const badCode = await kolada(['--kpi', 'N02797', '--municipality', '9999']);
		expect(badCode.code).toBe(1);
		expect(badCode.out).toContain('Okända kommunkoder: 9999');
		expect(snapshot()).toEqual(before);
		for (const r of [malformed, offline, notFollowed, badCode]) expect(r.out).not.toMatch(/\n\s+at /); // no stack trace
	}, 60_000);

	it('the KPI picker: --search finds ids by title, says which are followed, and changes nothing', async () => {
		const before = snapshot();
		const r = await kolada(['--search', 'långtidsarbetslösa']);
		expect(r.code, r.out).toBe(0);
		expect(r.out).toMatch(/N03926 {2}Långtidsarbetslösa.*, per kön \[följs\]/);
		expect(r.out).not.toContain('N02797');
		expect(snapshot()).toEqual(before);
	}, 60_000);

	it('a KPI that Kolada does not know: exit 1 and data/ untouched', async () => {
		const before = snapshot();
		// N00700 is followed here, but the recorded metadata only knows N02797 and N03926.
		const r = await kolada([
			'--kpi',
			'N02797,N00700',
			'--municipality',
			'1488',
			'--from',
			'2020',
			'--to',
			'2022',
			'--no-groups'
		]);
		expect(r.code).toBe(1);
		expect(r.out).toContain('Kolada känner inte till: N00700');
		expect(snapshot()).toEqual(before);
	}, 60_000);
});
