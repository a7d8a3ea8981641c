/**
 * A response saved from Kolada's API (v2 or v3: `{"values":[{"kpi","municipality","period",
 * "values":[{"gender","status","value"}]}]}`) becomes the tidy CSV of data/README.md, so it goes
 * through the same reading and the same checks as any CSV. Each CSV line remembers which record
 * of the response it came from, so problems are placed where the official can find them. A record
 * of another shape is refused with its number, as `npm run kolada` refuses it.
 */
import { recordProblem } from '../../data/kolada-record';
import type { TextFormat } from './layout';

type KoladaJson = ReturnType<TextFormat['toCsv']>;

/** Kolada's API words for a value that is not there, as the marks of its tables and ours. */
function mark(status: string): '..' | '-' | '.' {
	const s = status.toLowerCase();
	if (s === '..' || s.includes('privacy') || s.includes('sekretess')) return '..';
	if (s === '.' || s.includes('not applicable') || s.includes('ej tillämplig')) return '.';
	return '-';
}

function koladaJsonToCsv(text: string): KoladaJson {
	let doc: unknown;
	try {
		doc = JSON.parse(text);
	} catch (e) {
		return { ok: false, detail: e instanceof Error ? e.message : String(e) };
	}
	const records = Array.isArray(doc) ? doc : (doc as { values?: unknown })?.values;
	if (!Array.isArray(records)) return { ok: false, detail: 'fältet "values" saknas / "values" is missing' };

	const lines = ['indicator,municipality,period,gender,value,status'];
	const recordOfLine = [0, 0]; // index = line; line 1 is the header
	for (const [i, record] of records.entries()) {
		const problem = recordProblem(record);
		if (problem) return { ok: false, detail: problem, record: i + 1 };
		const r = record as {
			kpi: string;
			municipality: string;
			period: number | string;
			isdeleted?: boolean;
			values: Record<string, unknown>[];
		};
		for (const v of r.values) {
			if (v.isdeleted === true || r.isdeleted === true) continue;
			const value = v.value as number | null;
			const status = typeof v.status === 'string' ? v.status.trim() : '';
			lines.push(
				[r.kpi, r.municipality, r.period, v.gender, value === null ? '' : value, value === null ? mark(status) : '']
					.map(cell)
					.join(',')
			);
			recordOfLine.push(i + 1);
		}
	}
	return { ok: true, csv: lines.join('\n') + '\n', recordOfLine };
}

/** Quoted when needed, so a field holding a comma, a quote or a line break stays one field. */
function cell(v: unknown): string {
	const s = String(v);
	return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export const koladaJson: TextFormat = {
	id: 'kolada-json',
	detect: (head) => /^\s*[{[]/.test(head),
	toCsv: koladaJsonToCsv
};
