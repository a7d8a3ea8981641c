/**
 * Observations as series: the shapes charts, tables and target assessments read. Pure functions
 * over plain arrays; an index is built once per dataset because pages ask many times.
 */
import type { Gender, Indicator, Municipality, MunicipalityGroup, Observation, Point } from '$lib/model/model';

export interface GroupPoint {
	period: number;
	mean: number;
	min: number;
	max: number;
	/** How many members had a value: Kolada's group figures are unweighted means of these. */
	n: number;
}

const key = (indicator: string, municipality: string, gender: Gender) => `${indicator}|${municipality}|${gender}`;

export class ObservationIndex {
	private readonly byKey = new Map<string, Point[]>();

	constructor(observations: readonly Observation[] = []) {
		this.add(observations);
		this.sort();
	}

	/** More observations (an upload's, a slice at a time); `sort` once they are all in. */
	add(observations: readonly Observation[]): void {
		for (const o of observations) {
			const k = key(o.indicator, o.municipality, o.gender);
			let list = this.byKey.get(k);
			if (!list) this.byKey.set(k, (list = []));
			list.push({ period: o.period, value: o.value, status: o.status });
		}
	}

	sort(): void {
		for (const list of this.byKey.values()) list.sort((a, b) => a.period - b.period);
	}

	points(indicator: string, municipality: string, gender: Gender = 'T'): Point[] {
		return this.byKey.get(key(indicator, municipality, gender)) ?? [];
	}

	/** Unweighted mean and spread of a group's members per period, as Kolada computes group figures. */
	groupPoints(indicator: string, members: readonly string[], gender: Gender = 'T'): GroupPoint[] {
		const byPeriod = new Map<number, number[]>();
		for (const m of members) {
			for (const p of this.points(indicator, m, gender)) {
				if (p.value === null) continue;
				let vs = byPeriod.get(p.period);
				if (!vs) byPeriod.set(p.period, (vs = []));
				vs.push(p.value);
			}
		}
		return [...byPeriod.entries()]
			.sort(([a], [b]) => a - b)
			.map(([period, vs]) => ({
				period,
				mean: vs.reduce((s, v) => s + v, 0) / vs.length,
				min: Math.min(...vs),
				max: Math.max(...vs),
				n: vs.length
			}));
	}
}

/** The newest point that has a value. */
export function latest(points: readonly Point[]): (Point & { value: number }) | null {
	for (let i = points.length - 1; i >= 0; i--) {
		const p = points[i]!;
		if (p.value !== null) return p as Point & { value: number };
	}
	return null;
}

export type Quartile = 'best' | 'middle' | 'worst';

export interface Rank {
	period: number;
	/** 1 = best, taking the indicator's direction into account. Ties share the better rank. */
	rank: number;
	of: number;
	quartile: Quartile;
}

/**
 * The municipality's place among all kommuner for a period, shown as Kolada does: the best
 * quarter, the middle half, the worst quarter. A comparison, not a goal.
 */
export function rankAmongKommuner(
	index: ObservationIndex,
	indicator: Pick<Indicator, 'id' | 'direction'>,
	kommuner: readonly Pick<Municipality, 'code'>[],
	code: string,
	period: number,
	gender: Gender = 'T'
): Rank | null {
	const values: number[] = [];
	let own: number | null = null;
	for (const k of kommuner) {
		const v = index.points(indicator.id, k.code, gender).find((p) => p.period === period)?.value ?? null;
		if (v === null) continue;
		values.push(v);
		if (k.code === code) own = v;
	}
	if (own === null) return null;
	const better = (v: number) => (indicator.direction === 'higher' ? v > own! : v < own!);
	const rank = values.filter(better).length + 1;
	const of = values.length;
	const share = (rank - 1) / of;
	return { period, rank, of, quartile: share < 0.25 ? 'best' : share >= 0.75 ? 'worst' : 'middle' };
}

export function groupMembers(group: MunicipalityGroup | undefined, exclude: string): string[] {
	return group ? group.member_codes.filter((c) => c !== exclude) : [];
}
