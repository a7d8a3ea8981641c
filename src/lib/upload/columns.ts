/** The columns an uploaded file may have, under the names people and Kolada give them. */
export type CanonicalColumn = 'indicator' | 'municipality' | 'period' | 'gender' | 'value' | 'status';

/** Column names, lower-cased, for each canonical column; the first is the repository's own. */
export const ALIASES: Record<CanonicalColumn, readonly string[]> = {
	indicator: ['indicator', 'nyckeltal', 'kpi', 'kpi_id', 'id', 'variabelkod', 'nyckeltals-id', 'nyckeltalsid'],
	municipality: [
		'municipality',
		'kommun',
		'kommunkod',
		'municipality_code',
		'municipality_id',
		'kod',
		'code',
		'kommun-id'
	],
	period: ['period', 'år', 'ar', 'year', 'tid'],
	gender: ['gender', 'kön', 'kon', 'sex'],
	value: ['value', 'värde', 'varde'],
	status: ['status']
};

const normal = (h: string) => h.trim().toLowerCase().replace(/^"|"$/g, '');

export function canonicalColumn(header: string): CanonicalColumn | null {
	const h = normal(header);
	for (const [k, names] of Object.entries(ALIASES) as [CanonicalColumn, readonly string[]][])
		if (names.includes(h)) return k;
	return null;
}

/** For each canonical column, the index of the first header that names it. */
export function findColumns(header: readonly string[]): Partial<Record<CanonicalColumn, number>> {
	const columns: Partial<Record<CanonicalColumn, number>> = {};
	header.forEach((h, i) => {
		const c = canonicalColumn(h);
		if (c && columns[c] === undefined) columns[c] = i;
	});
	return columns;
}
