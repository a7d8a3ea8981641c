/**
 * The synthetic comparison on data with a known answer: a panel drawn from a factor model with an
 * effect set by the test (recovered within the placebos' spread, and none found where none was set),
 * a unit that is exactly a mix of donors, a unit outside what the donors can combine to, and the
 * panels the method must refuse. Random numbers come from a seeded generator, so a failure repeats.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { estimateEffect, type Panel } from '$lib/effect/estimate';
import { combine, fitWeights, projectToSimplex } from '$lib/effect/fit';
import { readPanelCsv } from '$lib/effect/panel-csv';
import { effectView, reportEffect } from '$lib/effect/view';
import { readDataDir } from '$lib/data/repository.server';
import { FollowUp } from '$lib/followup/followup';
import { reportPage } from '$lib/followup/views/pages';
import { CURRENT, parseReportPeriod } from '$lib/model/periods';
import { flatBlocks } from '$lib/report/blocks';
import { reportOutline } from '$lib/report/outline';

/** Mulberry32: small, seeded, good enough for simulated panels. */
function random(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
const normal = (rand: () => number) => Math.sqrt(-2 * Math.log(rand() || 1e-12)) * Math.cos(2 * Math.PI * rand());

/**
 * y_it = δ_t + λ_t·μ_i + ε_it with two factors, 60 municipalities over 2010–2022; unit "u0" gets
 * `effect` added from `start` on. Its loadings are the mean of five donors' (so it lies inside them).
 */
function factorPanel(effect: number, seed = 1, start = 2019): Panel {
	const rand = random(seed);
	const periods = Array.from({ length: 13 }, (_, i) => 2010 + i);
	const N = 60;
	const mu = Array.from({ length: N }, () => [normal(rand), normal(rand)]);
	mu[0] = [0, 1].map((k) => (mu[1]![k]! + mu[2]![k]! + mu[3]![k]! + mu[4]![k]! + mu[5]![k]!) / 5);
	const delta = periods.map((_, t) => 20 + 0.5 * t);
	const lambda = periods.map((_, t) => [1 + 0.3 * Math.sin(t), 0.2 * t]);
	const values = mu.map((m, i) =>
		periods.map((p, t) => {
			const y = delta[t]! + lambda[t]![0]! * m[0]! + lambda[t]![1]! * m[1]! + 0.3 * normal(rand);
			return i === 0 && p >= start ? y + effect : y;
		})
	);
	return { units: mu.map((_, i) => `u${i}`), periods, values };
}

describe('the weights', () => {
	it('are a point of the simplex', () => {
		const w = projectToSimplex(Float64Array.from([0.9, -0.4, 0.7, 0.1]));
		expect(w.every((x) => x >= 0)).toBe(true);
		expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
		expect([...projectToSimplex(Float64Array.from([3, 0, 0]))]).toEqual([1, 0, 0]);
	});

	it('find a unit that is exactly a mix of donors', () => {
		const rand = random(7);
		const donors = Array.from({ length: 30 }, () => Float64Array.from({ length: 10 }, () => 50 + 10 * normal(rand)));
		const truth = new Float64Array(30);
		truth[3] = 0.5;
		truth[11] = 0.3;
		truth[20] = 0.2;
		const target = combine(truth, donors, 10);
		const w = fitWeights({ target, donors });
		expect(w[3]).toBeCloseTo(0.5, 3);
		expect(w[11]).toBeCloseTo(0.3, 3);
		expect(w[20]).toBeCloseTo(0.2, 3);
	});
});

describe('the estimate on a simulated panel with a known effect', () => {
	it('recovers an effect that was set, and ranks it first among the placebos', () => {
		const r = estimateEffect(factorPanel(3), 'u0', 2019);
		expect(r.estimate).not.toBeNull();
		const e = r.estimate!;
		expect(e.pre).toBe(9);
		expect(e.meanGap).toBeGreaterThan(2);
		expect(e.meanGap).toBeLessThan(4);
		expect(e.placebos.asLarge).toBe(0);
		expect(e.placebos.p).toBeLessThan(0.05);
		expect(e.weights.reduce((a, w) => a + w.weight, 0)).toBeCloseTo(1, 2);
	});

	it('finds none where none was set: its gap lies among the placebos', () => {
		let inside = 0;
		for (const seed of [2, 3, 4, 5, 6]) {
			const e = estimateEffect(factorPanel(0, seed), 'u0', 2019).estimate!;
			expect(Math.abs(e.meanGap)).toBeLessThan(1);
			if (e.placebos.p > 0.1) inside++;
		}
		// Chance alone may make one of five look unusual, not most of them.
		expect(inside).toBeGreaterThanOrEqual(4);
	});

	it('checks itself in time: a pretend start before the real one shows no effect', () => {
		const e = estimateEffect(factorPanel(3), 'u0', 2019).estimate!;
		expect(e.inTime?.start).toBe(2016);
		expect(Math.abs(e.inTime!.meanGap)).toBeLessThan(1);
	});
});

describe('no estimate where none can be made', () => {
	it('for a unit outside what the others can combine to', () => {
		const panel = factorPanel(0);
		const far = panel.values[0]!.map((v) => (v ?? 0) + 40 + 5 * Math.sin(Number(v)));
		const r = estimateEffect({ ...panel, values: [far, ...panel.values.slice(1)] }, 'u0', 2019);
		expect(r).toMatchObject({ estimate: null, reason: 'outside' });
	});

	it('for too few years before the start, no year after it, too few donors, an unknown unit', () => {
		expect(estimateEffect(factorPanel(0), 'u0', 2014)).toMatchObject({ estimate: null, reason: 'few_pre' });
		expect(estimateEffect(factorPanel(0), 'u0', 2030)).toMatchObject({ estimate: null, reason: 'no_post' });
		expect(estimateEffect(factorPanel(0), 'u0', 2010)).toMatchObject({
			estimate: null,
			reason: 'few_pre',
			detail: '0'
		});
		const small = factorPanel(0);
		const few = { ...small, units: small.units.slice(0, 4), values: small.values.slice(0, 4) };
		expect(estimateEffect(few, 'u0', 2019)).toMatchObject({ estimate: null, reason: 'few_donors' });
		expect(estimateEffect(small, 'u999', 2019)).toMatchObject({ estimate: null, reason: 'unknown_unit' });
	});

	it('leaves out a donor with a gap in the years used, never fills it', () => {
		const panel = factorPanel(0);
		const values = panel.values.map((row, i) => (i === 3 ? row.map((v, t) => (t === 4 ? null : v)) : row));
		const e = estimateEffect({ ...panel, values }, 'u0', 2019).estimate!;
		expect(e.donors).toBe(58);
		expect(e.weights.some((w) => w.unit === 'u3')).toBe(false);
	});
});

describe('a published result: California’s Proposition 99 (Abadie, Diamond & Hainmueller 2010)', () => {
	// The public panel of 39 states' cigarette sales per head, 1970–2000, as the synthdid package ships it.
	const rows = readFileSync('tests/fixtures/prop99/california_prop99.csv', 'utf8')
		.trim()
		.split('\n')
		.slice(1)
		.map((l) => l.split(';'));
	const units = [...new Set(rows.map((r) => r[0]!))];
	const periods = [...new Set(rows.map((r) => Number(r[1])))].sort((a, b) => a - b);
	const at = new Map(rows.map((r) => [`${r[0]}|${r[1]}`, Number(r[2])]));
	const panel: Panel = { units, periods, values: units.map((u) => periods.map((p) => at.get(`${u}|${p}`) ?? null)) };

	it('outcome-only with every donor: the mean gap 1989–2000 of Arkhangelsky et al. (2021), Table 1, SC: −19.6', () => {
		const e = estimateEffect(panel, 'California', 1989, { pool: 'all' }).estimate!;
		expect(e.meanGap).toBeCloseTo(-19.6, 0);
		// The paper's Figure 2: about 26 packs fewer by 2000; its weights (with covariates) put Utah first.
		expect(e.gaps.at(-1)).toBeLessThan(-24);
		expect(e.weights[0]).toMatchObject({ unit: 'Utah' });
		expect(e.weights[0]!.weight).toBeCloseTo(0.39, 1);
	});
});

describe('a panel read from CSV: a problem names its line and column, and no estimate is made', () => {
	it('reads Swedish Excel’s semicolons and decimal commas, and Kolada’s marks as missing values', () => {
		const { panel, problems } = readPanelCsv('unit;period;value\nA;2020;1,5\nA;2021;..\nB;2020;2\nB;2021;-\n');
		expect(problems).toEqual([]);
		expect(panel!.values).toEqual([
			[1.5, null],
			[2, null]
		]);
	});

	it('refuses a unit and period given twice, naming both lines', () => {
		const { panel, problems } = readPanelCsv('unit,period,value\nA,2020,1\nB,2020,2\nA,2020,3\n');
		expect(panel).toBeNull();
		expect(problems).toEqual([{ line: 4, column: null, message: expect.stringContaining('lines 2 and 4') }]);
	});

	it('refuses a value that is not a number and a period that is not a year, by line and column', () => {
		const { problems } = readPanelCsv('unit,period,value\nA,2020,12 %\nA,tjugo,1\n');
		expect(problems.map((p) => [p.line, p.column])).toEqual([
			[2, 'value'],
			[3, 'period']
		]);
	});

	it('says which columns are missing and which the file has', () => {
		const { problems } = readPanelCsv('State;Year;Packs\nA;2020;1\n');
		expect(problems[0]!.message).toContain('"unit", "period", "value"');
		expect(problems[0]!.message).toContain('"State", "Year", "Packs"');
	});
});

describe('npm run effect, as an evaluator runs it', () => {
	const run = (args: string[]) =>
		spawnSync('npx', ['tsx', 'scripts/effect.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
	const out = join(mkdtempSync(join(tmpdir(), 'effect-')), 'result.csv');

	it('prints the published study’s numbers as JSON and writes the CSV', () => {
		const r = run([
			'--file',
			'tests/fixtures/prop99/california_prop99.csv',
			'--unit',
			'California',
			'--start',
			'1989',
			'--unit-column',
			'State',
			'--period-column',
			'Year',
			'--value',
			'PacksPerCapita',
			'--pool',
			'all',
			'--json',
			'--out',
			out
		]);
		expect(r.status, r.stderr).toBe(0);
		const j = JSON.parse(r.stdout) as { meanGap: number; weights: Record<string, number>; placeboCount: number };
		expect(j.meanGap).toBeCloseTo(-19.5, 0);
		expect(j.weights.Utah).toBeCloseTo(0.39, 1);
		expect(j.placeboCount).toBeGreaterThan(20);
		const csv = readFileSync(out, 'utf8').split('\n');
		expect(csv[0]).toBe('what,unit,period,value');
		expect(csv.some((l) => l.startsWith('weight,Utah,,0.39'))).toBe(true);
	});

	it('names the line of a broken panel and makes no estimate', () => {
		const dir = mkdtempSync(join(tmpdir(), 'effect-'));
		writeFileSync(join(dir, 'p.csv'), 'unit,period,value\nA,2020,1\nA,2020,2\n');
		const r = run(['--file', join(dir, 'p.csv'), '--unit', 'A', '--start', '2021']);
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('line 3');
		expect(r.stderr).toContain('no estimate');
	});

	it('says why in words where no estimate can be made', () => {
		const r = run([
			'--file',
			'tests/fixtures/prop99/california_prop99.csv',
			'--unit',
			'California',
			'--start',
			'1972',
			'--unit-column',
			'State',
			'--period-column',
			'Year',
			'--value',
			'PacksPerCapita',
			'--json',
			'--out',
			out
		]);
		expect(JSON.parse(r.stdout)).toMatchObject({ estimate: null, reason: 'few_pre' });
	});
});

describe('what a target page says, on the demo data', () => {
	const f = new FollowUp(readDataDir('data').dataset!, new Date('2026-11-22T00:00:00Z'));
	for (const lang of ['sv', 'en'] as const)
		it(`says in words, never as a cause, for every target on a Kolada key figure (${lang})`, () => {
			const views = f.targets
				.filter((a) => !a.indicator.own)
				.map((a) => ({ id: a.target.id, view: effectView(f, a.target.id, lang)! }));
			expect(views.length).toBeGreaterThan(5);
			expect(views.some((v) => v.view.estimate)).toBe(true);
			expect(views.some((v) => !v.view.estimate)).toBe(true);
			for (const { view } of views) {
				expect(view.words.length).toBeGreaterThan(0);
				expect(view.words.join(' ')).not.toMatch(/orsak|ledde till|caused|led to/i);
				if (view.estimate) {
					expect(view.estimate.chart.summary).toBeTruthy();
					// The classic figure: a thin line per kept placebo behind the municipality's gap.
					expect(view.estimate.gapChart.thin!.lines.length).toBeGreaterThan(10);
				}
			}
			// A measure's own figure has no Kolada panel: no section.
			const own = f.targets.find((a) => a.indicator.own);
			if (own) expect(effectView(f, own.target.id, lang)).toBeNull();
		});
});

describe('in the report and its Word file', () => {
	const f = new FollowUp(readDataDir('data').dataset!, new Date('2026-11-22T00:00:00Z'));
	const page = reportPage(f, 'kommunen', 'sv')!;
	const effects = Object.fromEntries(page.targets.map((t) => [t.id, reportEffect(effectView(f, t.id, 'sv'))]));
	const blocks = (period: string) => [
		...flatBlocks(reportOutline({ ...page, effects }, parseReportPeriod(period) ?? CURRENT, 'sv').blocks)
	];

	it('the current follow-up says, under each target, whether it moved differently, with the gap chart', () => {
		const b = blocks('current');
		const headings = b.filter((x) => x.kind === 'heading' && x.text === 'Gjorde insatsen skillnad?');
		expect(headings.length).toBe(Object.values(effects).filter(Boolean).length);
		expect(b.some((x) => x.kind === 'figure' && x.figure.id.endsWith('-gap'))).toBe(true);
	});

	it('an earlier report does not: the comparison is made from every value to date', () => {
		expect(blocks('ar-2024').some((x) => x.kind === 'heading' && x.text === 'Gjorde insatsen skillnad?')).toBe(false);
	});
});
