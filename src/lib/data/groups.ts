/**
 * Kolada's municipality groups that Följupp compares with. "Liknande kommuner" groups are made for
 * one municipality and one theme ("Liknande kommuner arbetsmarknad, Tyresö, 2024"); they do not
 * list that municipality itself, so a municipality's own groups are found by their title. Kolada
 * renews them, with new ids, every year or so: the newest of each theme is the one to use. The SKR
 * kommungrupp a municipality belongs to is found by its members.
 */
import type { MunicipalityGroup } from '../model/model';

/** SKR's kommungruppsindelning 2017: the nine groups, as Kolada titles them. */
export const SKR_GROUPS = [
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

export interface SimilarTitle {
	theme: string;
	/** The municipality the group is made for. */
	name: string;
	year: number | null;
}

/** "Liknande kommuner arbetsmarknad, Tyresö, 2024" → arbetsmarknad, Tyresö, 2024; anything else → null. */
export function parseSimilarTitle(title: string): SimilarTitle | null {
	const m = /^Liknande kommuner,?\s+(.+?),\s*(.+?)(?:,\s*(\d{4}))?$/.exec(title.trim());
	return m ? { theme: m[1]!.trim(), name: m[2]!.trim(), year: m[3] ? Number(m[3]) : null } : null;
}

const isSkr = (title: string) => SKR_GROUPS.includes(title.replace(/ \(ovägt medel\)$/, ''));

/** A municipality's own groups: the newest "Liknande kommuner" group of each theme, and its SKR kommungrupp. */
export function groupsOf(all: readonly MunicipalityGroup[], home: { code: string; name: string }): MunicipalityGroup[] {
	const newest = new Map<string, { group: MunicipalityGroup; year: number }>();
	for (const g of all) {
		const t = parseSimilarTitle(g.title);
		if (!t || t.name.localeCompare(home.name, 'sv', { sensitivity: 'base' }) !== 0) continue;
		const year = t.year ?? 0;
		const before = newest.get(t.theme);
		if (!before || year > before.year || (year === before.year && g.group_id > before.group.group_id)) newest.set(t.theme, { group: g, year });
	}
	const skr = all.filter((g) => isSkr(g.title) && g.member_codes.includes(home.code));
	return [...[...newest.values()].map((x) => x.group), ...skr].sort((a, b) => a.group_id.localeCompare(b.group_id));
}

/** The theme a group stands for ("arbetsmarknad"), or null for a group that is not "Liknande kommuner". */
export const themeOf = (group: MunicipalityGroup | undefined) => (group ? (parseSimilarTitle(group.title)?.theme ?? null) : null);
