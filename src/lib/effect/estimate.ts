/**
 * Did a unit move differently from what it would likely have done anyway? The synthetic control
 * method (Abadie, Diamond & Hainmueller 2010; Abadie 2021) for one treated unit and a panel of
 * untreated ones, outcomes only (./fit.ts), with:
 *  - overfitting guarded by a donor pool restricted by similarity (Abadie 2021, §4: donors unlike the
 *    unit add interpolation bias, and with hundreds of them a near-perfect pre-fit is easy and
 *    meaningless): the K donors nearest the unit over the pre-period, K chosen out of sample — fitted
 *    on the earlier pre-periods, judged on the last two or three;
 *  - no estimate where none can be made (too few pre-periods or donors, a start outside the data, a
 *    unit the others cannot combine to), with the reason instead of a number;
 *  - inference by placebo in space (every donor as if it had started, its post/pre RMSPE ratio ranked;
 *    placebos whose pre-period MSPE is over five times the unit's set aside, as in the 2010 paper) and
 *    in time (a pretend start before the real one, where the pre-period allows).
 * The result says what the method can tell; the words (./words.ts) never say "caused".
 */
import { combine, fitWeights, rmspe } from './fit';

/** Values by unit and period: values[u][p] for units[u] and periods[p], null where missing. */
export interface Panel {
	units: readonly string[];
	periods: readonly number[];
	values: readonly (readonly (number | null)[])[];
}

export type NoEstimateReason =
	| 'unknown_unit'
	| 'few_pre'
	| 'no_post'
	| 'few_donors'
	/** Its pre-period fit is worse than nearly every placebo's: outside what the others combine to. */
	| 'outside';

export interface Placebos {
	/** Placebos kept (pre-period MSPE at most five times the unit's). */
	count: number;
	setAside: number;
	/** How many kept placebos moved at least as much as the unit (post/pre RMSPE ratio ≥ its). */
	asLarge: number;
	/** (asLarge + 1) / (count + 1): the share of units, the unit included, with a ratio as large. */
	p: number;
	/** Each kept placebo's gap per period (the classic figure's thin lines). */
	gaps: { unit: string; gaps: number[] }[];
}

export interface InTimePlacebo {
	/** The pretend start. */
	start: number;
	/** The mean gap from the pretend start to the real one. */
	meanGap: number;
	/** Its post/pre RMSPE ratio; near 1 when the fit holds before the real start. */
	ratio: number;
}

export interface Estimate {
	unit: string;
	start: number;
	/** The periods used (every period with the unit's value), with the pre-period count. */
	periods: number[];
	pre: number;
	actual: number[];
	synthetic: number[];
	/** actual − synthetic, per period. */
	gaps: number[];
	/** The donors with weight, largest first (weights under 0,1 % left out; the rest sum to about 1). */
	weights: { unit: string; weight: number }[];
	/** The donor pool's size: the K donors nearest the unit over the pre-period, of `donors`. */
	pool: number;
	donors: number;
	/** The out-of-sample check K was chosen by: RMSPE over the last pre-periods, fitted without them. */
	validation: { periods: number; rmspe: number };
	preRmspe: number;
	postRmspe: number;
	/** The mean gap over the post-period. */
	meanGap: number;
	placebos: Placebos;
	inTime: InTimePlacebo | null;
}

export type EffectResult =
	{ estimate: Estimate; reason?: undefined } | { estimate: null; reason: NoEstimateReason; detail: string };

export const MIN_PRE = 5;
export const MIN_DONORS = 5;
/** The pool sizes tried; all donors too where there are at most 80. */
const POOLS = [5, 10, 20, 40, 80];

interface Prepared {
	periods: number[];
	pre: number;
	target: Float64Array;
	donorIds: string[];
	donors: Float64Array[];
}

function prepare(panel: Panel, unit: string, start: number): Prepared | Exclude<EffectResult, { estimate: Estimate }> {
	const u = panel.units.indexOf(unit);
	if (u < 0) return { estimate: null, reason: 'unknown_unit', detail: unit };
	const row = panel.values[u]!;
	const used = panel.periods.map((p, i) => ({ p, i })).filter(({ i }) => row[i] !== null && row[i] !== undefined);
	if (!used.length) return { estimate: null, reason: 'unknown_unit', detail: unit };
	const pre = used.filter(({ p }) => p < start).length;
	if (pre === used.length) return { estimate: null, reason: 'no_post', detail: String(start) };
	if (pre < MIN_PRE) return { estimate: null, reason: 'few_pre', detail: String(pre) };
	const donorIds: string[] = [];
	const donors: Float64Array[] = [];
	panel.units.forEach((id, d) => {
		if (d === u) return;
		const values = used.map(({ i }) => panel.values[d]![i]);
		if (values.every((v): v is number => typeof v === 'number' && Number.isFinite(v))) {
			donorIds.push(id);
			donors.push(Float64Array.from(values));
		}
	});
	if (donors.length < MIN_DONORS) return { estimate: null, reason: 'few_donors', detail: String(donors.length) };
	return {
		periods: used.map(({ p }) => p),
		pre,
		target: Float64Array.from(used.map(({ i }) => row[i]!)),
		donorIds,
		donors
	};
}

/** The donors' indices, nearest the unit first, by RMSE over periods [0, upTo). */
function nearest(target: Float64Array, donors: Float64Array[], upTo: number): number[] {
	const d = donors.map((x) => rmspe(target, x, 0, upTo));
	return donors.map((_, j) => j).sort((a, b) => d[a]! - d[b]!);
}

/** The out-of-sample fit of every donor: fitted without the last pre-periods, judged on them. */
function heldOut(target: Float64Array, donors: Float64Array[], pre: number) {
	const held = pre >= 8 ? 3 : 2;
	const train = pre - held;
	const w = fitWeights({ target: target.subarray(0, train), donors: donors.map((x) => x.subarray(0, train)) });
	return { periods: held, rmspe: rmspe(target, combine(w, donors, pre), train, pre) };
}

/** K with the best out-of-sample fit on the last pre-periods (2 or, from 8 pre-periods, 3). */
function choosePool(target: Float64Array, donors: Float64Array[], pre: number) {
	const held = pre >= 8 ? 3 : 2;
	const train = pre - held;
	const order = nearest(target, donors, train);
	const sizes = [...POOLS.filter((k) => k < donors.length), ...(donors.length <= 80 ? [donors.length] : [])];
	let best = { pool: sizes[0] ?? donors.length, rmspe: Infinity };
	for (const k of sizes) {
		const pool = order.slice(0, k).map((j) => donors[j]!);
		const w = fitWeights({ target: target.subarray(0, train), donors: pool.map((x) => x.subarray(0, train)) });
		const err = rmspe(target, combine(w, pool, pre), train, pre);
		// Ties go to the smaller pool: fewer, closer donors for the same fit.
		if (err < best.rmspe * (1 - 1e-6)) best = { pool: k, rmspe: err };
	}
	return { pool: best.pool, validation: { periods: held, rmspe: best.rmspe } };
}

/** One fit over the pre-period from the `pool` donors nearest the unit, and what it gives over every period. */
function fitOne(target: Float64Array, donors: Float64Array[], pre: number, pool: number) {
	const chosen = nearest(target, donors, pre).slice(0, pool);
	const poolDonors = chosen.map((j) => donors[j]!);
	const w = fitWeights({ target: target.subarray(0, pre), donors: poolDonors.map((d) => d.subarray(0, pre)) });
	const weights = new Float64Array(donors.length);
	chosen.forEach((j, k) => (weights[j] = w[k]!));
	const synthetic = combine(w, poolDonors, target.length);
	const gaps = Array.from(target, (v, t) => v - synthetic[t]!);
	return {
		weights,
		synthetic,
		gaps,
		preRmspe: rmspe(target, synthetic, 0, pre),
		postRmspe: rmspe(target, synthetic, pre, target.length)
	};
}

const ratioOf = (f: { preRmspe: number; postRmspe: number }) => f.postRmspe / Math.max(f.preRmspe, 1e-9);

export interface EffectOptions {
	/**
	 * The donor pool: chosen out of sample (the default), or every donor — the original method with
	 * outcomes only, as published studies report it (`npm run effect -- --pool all`).
	 */
	pool?: 'chosen' | 'all';
}

export function estimateEffect(panel: Panel, unit: string, start: number, options: EffectOptions = {}): EffectResult {
	const prepared = prepare(panel, unit, start);
	if (!('target' in prepared)) return prepared;
	const { periods, pre, target, donorIds, donors } = prepared;
	const { pool, validation } =
		options.pool === 'all'
			? { pool: donors.length, validation: heldOut(target, donors, pre) }
			: choosePool(target, donors, pre);
	const fit = fitOne(target, donors, pre, pool);

	// Placebos in space: each donor as if it had started, fitted from the other donors (never the unit).
	const placeboFits = donors.map((d, j) => {
		const others = donors.filter((_, k) => k !== j);
		return { unit: donorIds[j]!, ...fitOne(d, others, pre, Math.min(pool, others.length)) };
	});
	const preMspes = placeboFits.map((f) => f.preRmspe).sort((a, b) => a - b);
	const median = preMspes[Math.floor(preMspes.length / 2)]!;
	const worseThan = preMspes.filter((r) => r < fit.preRmspe).length / preMspes.length;
	if (worseThan >= 0.95 && fit.preRmspe > 2 * median)
		return {
			estimate: null,
			reason: 'outside',
			detail: `${fit.preRmspe.toPrecision(3)} / ${median.toPrecision(3)}`
		};
	const kept = placeboFits.filter((f) => f.preRmspe ** 2 <= 5 * fit.preRmspe ** 2);
	const ratio = ratioOf(fit);
	const asLarge = kept.filter((f) => ratioOf(f) >= ratio).length;

	// In time: a pretend start a third of the pre-period earlier, fitted only on what came before it.
	let inTime: InTimePlacebo | null = null;
	const back = Math.max(2, Math.floor(pre / 3));
	if (pre - back >= MIN_PRE) {
		const fake = pre - back;
		const t = target.subarray(0, pre);
		const f = fitOne(
			t,
			donors.map((d) => d.subarray(0, pre)),
			fake,
			pool
		);
		inTime = {
			start: periods[fake]!,
			meanGap: f.gaps.slice(fake).reduce((a, b) => a + b, 0) / back,
			ratio: ratioOf(f)
		};
	}

	const post = fit.gaps.slice(pre);
	return {
		estimate: {
			unit,
			start,
			periods,
			pre,
			actual: Array.from(target),
			synthetic: Array.from(fit.synthetic),
			gaps: fit.gaps,
			weights: donorIds
				.map((id, j) => ({ unit: id, weight: fit.weights[j]! }))
				.filter((w) => w.weight >= 0.001)
				.sort((a, b) => b.weight - a.weight),
			pool,
			donors: donors.length,
			validation,
			preRmspe: fit.preRmspe,
			postRmspe: fit.postRmspe,
			meanGap: post.reduce((a, b) => a + b, 0) / post.length,
			placebos: {
				count: kept.length,
				setAside: placeboFits.length - kept.length,
				asLarge,
				p: (asLarge + 1) / (kept.length + 1),
				gaps: kept.map((f) => ({ unit: f.unit, gaps: f.gaps }))
			},
			inTime
		}
	};
}
