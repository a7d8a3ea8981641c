/** Uploaded values replace published ones with the same key and join the rest: what "apply" means. */
import type { Observation } from './model';

const key = (o: Observation) => `${o.indicator}|${o.municipality}|${o.period}|${o.gender}`;

export function mergeObservations(published: Observation[], uploaded: Observation[]): Observation[] {
	const replaced = new Set(uploaded.map(key));
	return [...published.filter((o) => !replaced.has(key(o))), ...uploaded];
}
