/**
 * The synthetic comparison at build time: for each demo target on a Kolada key figure, the estimate
 * with every placebo (one fit per municipality, about 290), timed in Node as the build runs it.
 * The goal: well under a second each, so that the build never waits long and a page never waits.
 */
import { readDataDir } from '../../src/lib/data/repository.server';
import { FollowUp } from '../../src/lib/followup/followup';
import { estimateEffect } from '../../src/lib/effect/estimate';
import { municipalityPanel } from '../../src/lib/effect/panel';
import { median } from './browser';
import { ms, type Row } from './format';

export function effectFigures(runs: number, log: (s: string) => void): { rows: Row[]; json: unknown } {
	const f = new FollowUp(readDataDir('data').dataset!, new Date());
	const per: { target: string; fits: number; ms: number }[] = [];
	for (const a of f.targets) {
		if (a.indicator.own) continue;
		const m = a.target.measure ? f.measure(a.target.measure) : undefined;
		const start = Math.max(Number(m?.start?.slice(0, 4) ?? 0), a.target.baseline_period);
		const panel = municipalityPanel(f, a.indicator.id, a.target.gender);
		log(`effect ${a.target.id} (${runs} runs)`);
		const times: number[] = [];
		let fits = 0;
		for (let i = 0; i < runs; i++) {
			const t0 = performance.now();
			const r = estimateEffect(panel, a.target.municipality, start);
			times.push(performance.now() - t0);
			fits = r.estimate ? r.estimate.placebos.count + r.estimate.placebos.setAside + 1 : 0;
		}
		per.push({ target: a.target.id, fits, ms: median(times) });
	}
	const slowest = per.reduce((x, y) => (y.ms > x.ms ? y : x));
	const total = per.reduce((t, p) => t + p.ms, 0);
	return {
		rows: [
			{
				figure: `Synthetic comparison, slowest target (${slowest.target}: ${slowest.fits} fits with placebos)`,
				value: ms(slowest.ms),
				reference: `all ${per.length} targets: ${ms(total)}`,
				goal: 'well under 1 s',
				met: slowest.ms < 1000
			}
		],
		json: per
	};
}
