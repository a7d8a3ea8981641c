/**
 * Which of Kolada's municipality groups Följupp compares with: the municipality's "Liknande
 * kommuner" groups (Kolada renews them, with new ids, every year or so) and its SKR kommungrupp.
 */
import type { KoladaGroup } from './api';

/** SKR's kommungruppsindelning 2017: the nine groups, as Kolada titles them. */
const SKR_GROUPS = [
	'Storstäder',
	'Pendlingskommun nära storstad',
	'Större stad',
	'Pendlingskommun nära större stad',
	'Lågpendlingskommun nära större stad',
	'Mindre stad/tätort',
	'Pendlingskommun nära mindre stad/tätort',
	'Landsbygdskommun',
	'Landsbygdskommun med besöksnäring'
];

export interface Group {
	id: string;
	title: string;
	members: string[];
}

export function similarGroups(groups: KoladaGroup[], home: string): Group[] {
	return groups
		.map((g) => ({ id: g.id, title: g.title, members: g.members.map((m) => m.id).sort() }))
		.filter((g) => g.members.includes(home))
		.filter((g) => /liknande kommuner/i.test(g.title) || SKR_GROUPS.some((s) => g.title.replace(/ \(ovägt medel\)$/, '') === s))
		.sort((a, b) => a.id.localeCompare(b.id));
}

/** New groups replace old ones with the same id; old ones stay, since key figures may point at them. */
export function mergeGroups(old: Group[], fresh: Group[]): Group[] {
	const byId = new Map(old.map((g) => [g.id, g]));
	for (const g of fresh) byId.set(g.id, g);
	return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}
