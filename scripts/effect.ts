/**
 * npm run effect -- --file panel.csv --unit <id> --start <period> [--value col] [--unit-column col]
 *                   [--period-column col] [--pool chosen|all] [--json] [--out result.csv]
 * npm run effect -- --kpi N02797 [--gender T] [--unit 1488] --start 2019
 *
 * The synthetic comparison ($lib/effect/estimate.ts) on any long-format panel — `unit, period, value`
 * — or, with --kpi, on the site's own key figure for every municipality (data/observations.csv). Prints
 * the weights, the fit, the gap per period and the placebo rank, and writes the series, gaps, weights
 * and placebo gaps as one tidy CSV, so that an evaluator can check the numbers with their own tools.
 * --json prints the same as one JSON object. A panel with a problem names its line and column and
 * gives no estimate.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { estimateEffect, type EffectResult, type Panel } from '../src/lib/effect/estimate';
import { readPanelCsv } from '../src/lib/effect/panel-csv';
import { effectCsv } from '../src/lib/effect/csv';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args[i + 1] : undefined;
};
const fail = (message: string): never => {
	console.error(`effect: ${message}`);
	process.exit(1);
};

const json = args.includes('--json');
const startText = opt('start') ?? fail('say when the measure started: --start <period>, e.g. --start 2019');
const start = Number(startText);
if (!Number.isInteger(start)) fail(`--start ${startText} is not a whole number (a year)`);
const poolOption = opt('pool') ?? 'chosen';
if (poolOption !== 'chosen' && poolOption !== 'all') fail(`--pool ${poolOption}: write --pool chosen or --pool all`);
const pool = poolOption as 'chosen' | 'all';

function kpiPanel(kpi: string, gender: string): Panel {
	const read = (file: string) => {
		if (!existsSync(file)) fail(`${file} is missing: run this in the Följupp folder, or give --file`);
		return readFileSync(file, 'utf8');
	};
	const municipalities = read('data/municipalities.csv')
		.trim()
		.split('\n')
		.slice(1)
		.map((l) => l.split(','))
		.filter((r) => r[4] === 'kommun')
		.map((r) => r[0]!);
	const keep = new Set(municipalities);
	const rows = read('data/observations.csv')
		.split('\n')
		.slice(1)
		.map((l) => l.split(','))
		.filter((r) => r[0] === kpi && r[3] === gender && keep.has(r[1]!));
	if (!rows.length) fail(`data/observations.csv has no values of ${kpi} (gender ${gender}) for municipalities`);
	const text = ['unit,period,value', ...rows.map((r) => `${r[1]},${r[2]},${r[4] ?? ''}`)].join('\n');
	return readPanelCsv(text).panel!;
}

function filePanel(file: string): Panel {
	if (!existsSync(file)) fail(`${file}: no such file`);
	const { panel, problems } = readPanelCsv(readFileSync(file, 'utf8'), {
		unit: opt('unit-column') ?? 'unit',
		period: opt('period-column') ?? 'period',
		value: opt('value') ?? 'value'
	});
	if (!panel) {
		for (const p of problems.slice(0, 20))
			console.error(
				`${file}${p.line ? `, line ${p.line}` : ''}${p.column ? `, column ${p.column}` : ''}: ${p.message}`
			);
		if (problems.length > 20) console.error(`… and ${problems.length - 20} more`);
		fail('no estimate: mend the file and run again');
	}
	return panel!;
}

const kpi = opt('kpi');
const file = opt('file');
if (!kpi && !file) fail('give a panel: --file panel.csv (columns unit, period, value) or --kpi <key figure id>');
const panel = file ? filePanel(file) : kpiPanel(kpi!, opt('gender') ?? 'T');
const config = existsSync('data/config.json')
	? (JSON.parse(readFileSync('data/config.json', 'utf8')) as { municipality?: string })
	: {};
const unit =
	opt('unit') ?? (kpi ? config.municipality : undefined) ?? fail('say which unit had the measure: --unit <id>');

const t0 = performance.now();
const result: EffectResult = estimateEffect(panel, unit, start, { pool });
const seconds = (performance.now() - t0) / 1000;

const out = opt('out') ?? `effect-${unit.replace(/[^\w-]+/g, '_')}-${start}.csv`;
if (result.estimate) writeFileSync(out, effectCsv(result.estimate));

if (json) {
	const e = result.estimate;
	console.log(
		JSON.stringify(
			e
				? {
						unit,
						start,
						pool: e.pool,
						donors: e.donors,
						weights: Object.fromEntries(e.weights.map((w) => [w.unit, w.weight])),
						gaps: Object.fromEntries(e.periods.map((p, t) => [p, e.gaps[t]])),
						meanGap: e.meanGap,
						preRmspe: e.preRmspe,
						postRmspe: e.postRmspe,
						validation: e.validation,
						placeboRank: e.placebos.asLarge + 1,
						placeboCount: e.placebos.count + 1,
						placeboSetAside: e.placebos.setAside,
						p: e.placebos.p,
						inTime: e.inTime,
						csv: out,
						seconds
					}
				: { unit, start, estimate: null, reason: result.reason, detail: result.detail },
			null,
			1
		)
	);
} else if (!result.estimate) {
	const why = {
		unknown_unit: `the panel has no unit "${unit}"`,
		few_pre: `only ${result.detail} periods before the start; at least 5 are needed`,
		no_post: `no period from ${start} on`,
		few_donors: `only ${result.detail} other units have a value in every period; at least 5 are needed`,
		outside: `${unit} is outside what the other units can combine to (its pre-period fit ${result.detail} of the placebos' median)`
	}[result.reason];
	console.log(`No estimate: ${why}.`);
} else {
	const e = result.estimate;
	const n = (v: number, d = 3) => v.toFixed(d);
	console.log(
		`Synthetic comparison for ${unit} from ${start}: ${e.donors} donors, ${e.pool === e.donors ? 'all of them' : `the ${e.pool} nearest`} in the pool (${seconds.toFixed(2)} s)`
	);
	console.log('\nWeights');
	for (const w of e.weights) console.log(`  ${w.unit.padEnd(24)} ${n(w.weight)}`);
	console.log(
		`\nFit before the start: RMSPE ${n(e.preRmspe)} over ${e.pre} periods (${e.periods[0]}–${e.periods[e.pre - 1]}); out of sample, the last ${e.validation.periods}: ${n(e.validation.rmspe)}`
	);
	console.log(`After the start: RMSPE ${n(e.postRmspe)}; mean gap ${n(e.meanGap)}`);
	console.log(
		`Placebos in space: ${e.placebos.asLarge} of ${e.placebos.count} had a post/pre RMSPE ratio as large; rank ${e.placebos.asLarge + 1} of ${e.placebos.count + 1}, p = ${n(e.placebos.p)}; ${e.placebos.setAside} set aside (pre-period MSPE over 5 × the unit's)`
	);
	if (e.inTime)
		console.log(
			`Placebo in time: a pretend start ${e.inTime.start} gives a mean gap of ${n(e.inTime.meanGap)} before the real start (ratio ${n(e.inTime.ratio, 2)})`
		);
	console.log('\nperiod      actual   synthetic         gap');
	e.periods.forEach((p, t) =>
		console.log(
			`${String(p).padEnd(6)}${n(e.actual[t]!).padStart(12)}${n(e.synthetic[t]!).padStart(12)}${n(e.gaps[t]!).padStart(12)}${t === e.pre ? '  ← start' : ''}`
		)
	);
	console.log(`\nWritten: ${out} (series, gaps, weights and placebo gaps, one value a line)`);
}
