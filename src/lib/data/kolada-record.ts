/**
 * The shape of one value record from Kolada's data API (v2 and v3), checked the same way for a
 * refresh (./api.ts) and for a response an official saved and uploads (../upload/layouts): a record
 * of another shape is named and refused, never read as missing values.
 */
export interface KoladaRecord {
	kpi: string;
	municipality: string;
	period: number;
	values: { gender: string; status?: string | null; value: number | null; count?: number; isdeleted?: boolean }[];
	isdeleted?: boolean;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What is wrong with a record, in a few words of English (the messages around it are translated), or null. */
export function recordProblem(r: unknown): string | null {
	if (!isObject(r)) return `not a record but ${r === null ? 'null' : Array.isArray(r) ? 'a list' : typeof r}`;
	if (typeof r.kpi !== 'string' || r.kpi === '') return 'no "kpi"';
	if (typeof r.municipality !== 'string' || r.municipality === '') return 'no "municipality"';
	if (!(typeof r.period === 'number' || (typeof r.period === 'string' && /^\d{4}$/.test(r.period)))) return 'no "period" year';
	if (!Array.isArray(r.values)) return 'no "values" list (a flat record is not Kolada\'s shape)';
	for (const v of r.values) {
		if (!isObject(v)) return `"values" holds ${v === null ? 'null' : typeof v}`;
		if (typeof v.gender !== 'string') return 'a value without "gender"';
		if (!(v.value === null || (typeof v.value === 'number' && Number.isFinite(v.value)))) return `a "value" that is no number: ${JSON.stringify(v.value)?.slice(0, 40)}`;
	}
	return null;
}
