/**
 * The synthetic control's weights: w ≥ 0, Σw = 1, so that the donors' weighted values follow the
 * treated unit's over the pre-period — minimise ‖x − X w‖², the original method with outcomes only
 * (Abadie, Diamond & Hainmueller 2010). An optional penalty λ Σ_j w_j ‖x − X_j‖² (Abadie & L'Hour
 * 2021) makes a far-away donor cost what it is far by. Solved by accelerated projected gradient
 * (FISTA, with adaptive restart) on the simplex: the problem is convex, small and dense, and this
 * needs no library.
 */

/** Euclidean projection of v onto the simplex {w ≥ 0, Σw = 1} (Duchi et al. 2008), in place. */
export function projectToSimplex(v: Float64Array): Float64Array {
	const u = Float64Array.from(v).sort().reverse();
	let sum = 0;
	let theta = 0;
	for (let i = 0; i < u.length; i++) {
		sum += u[i]!;
		const t = (sum - 1) / (i + 1);
		if (u[i]! - t > 0) theta = t;
	}
	for (let i = 0; i < v.length; i++) v[i] = Math.max(0, v[i]! - theta);
	return v;
}

export interface FitInput {
	/** The treated unit's values over the fitted periods. */
	target: ArrayLike<number>;
	/** Each donor's values over the same periods. */
	donors: readonly ArrayLike<number>[];
	/** The penalty λ ≥ 0 (0, the default: the original method). */
	lambda?: number;
	/** Where to start (warm start), e.g. the weights of a nearby λ. */
	start?: Float64Array;
}

/** A step that moves no weight by more than this ends the fit: a weight is shown to 0,1 %. */
const TOLERANCE = 1e-7;
/** For the benchmark: how many steps the last fit took. */
export let lastIterations = 0;
const MAX_STEPS = 20_000;

/** The weights. */
export function fitWeights(input: FitInput): Float64Array {
	const J = input.donors.length;
	const T = input.target.length;
	if (J === 0) return new Float64Array(0);
	// As Σw = 1, a vector taken from the unit and every donor alike changes no fit: taking the donors'
	// mean away removes the level they share, which otherwise makes the problem so ill-conditioned that
	// the steps crawl (thousands instead of tens).
	const mean = new Float64Array(T);
	for (const x of input.donors) for (let t = 0; t < T; t++) mean[t] = mean[t]! + x[t]! / J;
	const target = Float64Array.from({ length: T }, (_, t) => input.target[t]! - mean[t]!);
	const donors = input.donors.map((x) => Float64Array.from({ length: T }, (_, t) => x[t]! - mean[t]!));
	const { lambda = 0, start } = input;
	// Each donor's distance to the treated unit: the penalty's linear term.
	const dist = new Float64Array(J);
	for (let j = 0; j < J; j++) {
		let d = 0;
		const xj = donors[j]!;
		for (let t = 0; t < T; t++) d += (target[t]! - xj[t]!) ** 2;
		dist[j] = d / T;
	}
	// The step: 1 / L, L the largest eigenvalue of 2XᵀX/T (by power iteration, a bound is enough).
	const L = (2 / T) * largestEigenvalue(donors, T) * 1.05 + 1e-12;
	const w = start ? Float64Array.from(start) : new Float64Array(J).fill(1 / J);
	const y = Float64Array.from(w);
	const prev = Float64Array.from(w);
	let tk = 1;
	const residual = new Float64Array(T);
	const grad = new Float64Array(J);
	lastIterations = MAX_STEPS;
	for (let iter = 0; iter < MAX_STEPS; iter++) {
		// residual = X y − x
		residual.fill(0);
		for (let j = 0; j < J; j++) {
			const yj = y[j]!;
			if (yj === 0) continue;
			const xj = donors[j]!;
			for (let t = 0; t < T; t++) residual[t] = residual[t]! + yj * xj[t]!;
		}
		for (let t = 0; t < T; t++) residual[t] = residual[t]! - target[t]!;
		for (let j = 0; j < J; j++) {
			const xj = donors[j]!;
			let g = 0;
			for (let t = 0; t < T; t++) g += xj[t]! * residual[t]!;
			grad[j] = (2 / T) * g + lambda * dist[j]!;
		}
		for (let j = 0; j < J; j++) w[j] = y[j]! - grad[j]! / L;
		projectToSimplex(w);
		let moved = 0;
		// Adaptive restart (O'Donoghue & Candès 2015): momentum that points uphill is dropped.
		let uphill = 0;
		for (let j = 0; j < J; j++) {
			moved = Math.max(moved, Math.abs(w[j]! - prev[j]!));
			uphill += (y[j]! - w[j]!) * (w[j]! - prev[j]!);
		}
		if (moved < TOLERANCE) {
			lastIterations = iter;
			break;
		}
		if (uphill > 0) tk = 1;
		const tNext = (1 + Math.sqrt(1 + 4 * tk * tk)) / 2;
		const m = (tk - 1) / tNext;
		for (let j = 0; j < J; j++) y[j] = w[j]! + m * (w[j]! - prev[j]!);
		prev.set(w);
		tk = tNext;
	}
	return w;
}

/** The largest eigenvalue of XᵀX, X the donors as columns (T × J), by power iteration on XXᵀ (T × T). */
function largestEigenvalue(donors: readonly ArrayLike<number>[], T: number): number {
	const G = new Float64Array(T * T);
	for (const x of donors)
		for (let a = 0; a < T; a++) for (let b = 0; b < T; b++) G[a * T + b] = G[a * T + b]! + x[a]! * x[b]!;
	let v = new Float64Array(T).fill(1 / Math.sqrt(T));
	let value = 0;
	for (let i = 0; i < 100; i++) {
		const next = new Float64Array(T);
		for (let a = 0; a < T; a++) for (let b = 0; b < T; b++) next[a] = next[a]! + G[a * T + b]! * v[b]!;
		const norm = Math.hypot(...next);
		if (norm === 0) return 0;
		for (let a = 0; a < T; a++) next[a] = next[a]! / norm;
		if (Math.abs(norm - value) < 1e-10 * norm) return norm;
		value = norm;
		v = next;
	}
	return value;
}

/** The weighted donors over periods: the synthetic unit's values. */
export function combine(
	weights: ArrayLike<number>,
	donors: readonly ArrayLike<number>[],
	length: number
): Float64Array {
	const out = new Float64Array(length);
	for (let j = 0; j < donors.length; j++) {
		const w = weights[j]!;
		if (w === 0) continue;
		const x = donors[j]!;
		for (let t = 0; t < length; t++) out[t] = out[t]! + w * x[t]!;
	}
	return out;
}

/** Root mean squared difference over [from, to). */
export function rmspe(a: ArrayLike<number>, b: ArrayLike<number>, from: number, to: number): number {
	let s = 0;
	for (let t = from; t < to; t++) s += (a[t]! - b[t]!) ** 2;
	return to > from ? Math.sqrt(s / (to - from)) : NaN;
}
