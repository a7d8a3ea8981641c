/** Uploaded values replace published ones with the same key and join the rest: what "apply" means. */
import { GENDERS, type Observation } from '../model/model';

/**
 * Each key as one number: ids, codes and periods numbered as they are met, then the gender. A
 * million keys as numbers in a Set, not a million strings built only to be compared.
 */
function keyOf(): (o: Observation) => number {
	const seen = [new Map<string | number, number>(), new Map<string | number, number>(), new Map<string | number, number>()] as const;
	const LIMIT = 100_000; // three numbers below this and a gender stay below 2^53: exact in a double
	const number = (m: Map<string | number, number>, v: string | number) => {
		let n = m.get(v);
		if (n === undefined) {
			if (m.size >= LIMIT) throw new Error(`More than ${LIMIT} distinct ids, codes or periods in one upload`);
			m.set(v, (n = m.size));
		}
		return n;
	};
	return (o) => ((number(seen[0], o.indicator) * LIMIT + number(seen[1], o.municipality)) * LIMIT + number(seen[2], o.period)) * 4 + GENDERS.indexOf(o.gender);
}

export function mergeObservations(published: Observation[], uploaded: Observation[]): Observation[] {
	const key = keyOf();
	const replaced = new Set(uploaded.map(key));
	return [...published.filter((o) => !replaced.has(key(o))), ...uploaded];
}

/** The same, a slice at a time with a turn for the browser between (`pause`), for a million uploaded rows. */
export async function mergeObservationsInSlices(published: Observation[], uploaded: Observation[], pause: () => Promise<void>, slice = 50_000): Promise<Observation[]> {
	const key = keyOf();
	const replaced = new Set<number>();
	for (let i = 0; i < uploaded.length; i += slice) {
		for (let j = i; j < Math.min(i + slice, uploaded.length); j++) replaced.add(key(uploaded[j]!));
		await pause();
	}
	const out: Observation[] = [];
	for (let i = 0; i < published.length; i += slice) {
		for (let j = i; j < Math.min(i + slice, published.length); j++) if (!replaced.has(key(published[j]!))) out.push(published[j]!);
		await pause();
	}
	for (const o of uploaded) out.push(o);
	return out;
}
