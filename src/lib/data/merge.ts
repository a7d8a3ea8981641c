/** Uploaded values replace published ones with the same key and join the rest: what "apply" means. */
import type { Observation } from './model';

const key = (o: Observation) => `${o.indicator}|${o.municipality}|${o.period}|${o.gender}`;

export function mergeObservations(published: Observation[], uploaded: Observation[]): Observation[] {
	const replaced = new Set(uploaded.map(key));
	return [...published.filter((o) => !replaced.has(key(o))), ...uploaded];
}

/** The same, a slice at a time with a turn for the browser between (`pause`), for a million uploaded rows. */
export async function mergeObservationsInSlices(published: Observation[], uploaded: Observation[], pause: () => Promise<void>, slice = 50_000): Promise<Observation[]> {
	const replaced = new Set<string>();
	for (let i = 0; i < uploaded.length; i += slice) {
		for (const o of uploaded.slice(i, i + slice)) replaced.add(key(o));
		await pause();
	}
	const out: Observation[] = [];
	for (let i = 0; i < published.length; i += slice) {
		for (const o of published.slice(i, i + slice)) if (!replaced.has(key(o))) out.push(o);
		await pause();
	}
	for (const o of uploaded) out.push(o);
	return out;
}
