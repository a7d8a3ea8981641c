/**
 * Which of Kolada's municipality groups Följupp compares with, as fetched from the API: the home
 * municipality's own "Liknande kommuner" groups (by their titles, see ../groups.ts) and its SKR
 * kommungrupp; and each key figure's comparison group set to the home's group of its theme.
 */
import Papa from 'papaparse';
import { groupsOf, themeOf } from '../data/groups';
import type { MunicipalityGroup } from '../model/model';
import type { KoladaGroup } from './api';

export interface Group {
	id: string;
	title: string;
	members: string[];
}

export function similarGroups(groups: KoladaGroup[], home: { code: string; name: string }): Group[] {
	const all = groups.map((g) => ({ group_id: g.id, title: g.title, member_codes: g.members.map((m) => m.id).sort() }));
	return groupsOf(all, home).map((g) => ({ id: g.group_id, title: g.title, members: g.member_codes }));
}

/** New groups replace old ones with the same id; old ones stay, since key figures may point at them. */
export function mergeGroups(old: Group[], fresh: Group[]): Group[] {
	const byId = new Map(old.map((g) => [g.id, g]));
	for (const g of fresh) byId.set(g.id, g);
	return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * indicators.csv with each key figure's `similar_group` set to the home's own group of its theme
 * (`similar_theme`, or the theme of the group it had); every other cell as it was. Returns the ids
 * whose group changed.
 */
export function assignComparisonGroups(
	indicatorsCsv: string,
	own: readonly MunicipalityGroup[],
	known: readonly MunicipalityGroup[]
): { csv: string; changed: string[] } {
	const parsed = Papa.parse<Record<string, string>>(indicatorsCsv.replace(/^\ufeff/, ''), {
		header: true,
		skipEmptyLines: true,
		delimiter: ','
	});
	const fields = [...(parsed.meta.fields ?? [])];
	if (!fields.includes('similar_theme')) fields.splice(fields.indexOf('similar_group') + 1, 0, 'similar_theme');
	const byTheme = new Map(own.map((g) => [themeOf(g), g.group_id]));
	const changed: string[] = [];
	const rows = parsed.data.map((row) => {
		const theme = row.similar_theme || themeOf(known.find((g) => g.group_id === row.similar_group)) || '';
		const group = theme ? byTheme.get(theme) : undefined;
		if (group && group !== row.similar_group) changed.push(row.id ?? '');
		return { ...row, similar_theme: theme, similar_group: group ?? (theme ? '' : (row.similar_group ?? '')) };
	});
	return { csv: Papa.unparse(rows, { columns: fields, newline: '\n' }) + '\n', changed };
}
