/**
 * A refresh from Kolada goes through the upload's own checks: the fetched records become a Kolada
 * JSON document, staged and applied by the same ObservationStore as a file an official uploads;
 * values Kolada marks `isdeleted` are removed. Nothing is written unless all of it is valid.
 * Metadata (titles, definitions, publication dates) is merged into the indicators file, and a
 * changed definition is kept beside the old one with the date it was retrieved.
 */
import Papa from 'papaparse';
import type { StageReport } from '../upload/report';
import type { ObservationStore } from '../upload/store';
import type { Kolada, KoladaKpi, KoladaRecord } from './api';

export interface RefreshPlan {
	kpis: string[];
	municipalities: string[] | 'all';
	from: number;
	to: number;
}

export interface Changes {
	new: number;
	changed: number;
	unchanged: number;
	deleted: number;
}

export type ObservationRefresh =
	{ ok: true; changes: Changes; observations: Uint8Array; report: StageReport } | { ok: false; report: StageReport };

export const years = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

export async function refreshObservations(
	kolada: Kolada,
	store: ObservationStore,
	plan: RefreshPlan
): Promise<ObservationRefresh> {
	const records = await kolada.data(plan.kpis, plan.municipalities, years(plan.from, plan.to));
	const deleted: { indicator: string; municipality: string; period: number; gender: string }[] = [];
	const kept: KoladaRecord[] = [];
	for (const r of records) {
		const live = r.values.filter((v) => {
			if (r.isdeleted || v.isdeleted)
				deleted.push({ indicator: r.kpi, municipality: r.municipality, period: r.period, gender: v.gender });
			return !(r.isdeleted || v.isdeleted);
		});
		if (live.length) kept.push({ ...r, values: live });
	}
	const report = await store.stage(new TextEncoder().encode(JSON.stringify({ values: kept })), 'kolada-v3.json');
	if (!report.ok) return { ok: false, report };
	const sum = (k: 'new' | 'changed' | 'unchanged') => report.preview!.indicators.reduce((n, i) => n + i[k], 0);
	const counts = { new: sum('new'), changed: sum('changed'), unchanged: sum('unchanged') };
	await store.apply();
	const removed = await store.remove(deleted);
	return {
		ok: true,
		changes: { ...counts, deleted: removed },
		observations: await store.exportObservations('repository'),
		report
	};
}

export interface Definition {
	id: string;
	retrieved: string;
	title: string;
	description: string;
}

export interface MetadataChanges {
	indicatorsCsv: string;
	definitionsCsv: string;
	/** Ids whose title or description Kolada changed since the last retrieval. */
	redefined: string[];
}

/**
 * Kolada's metadata into indicators.csv (title, description, gender split, publication dates,
 * retrieval date), every other column and row kept as it was; a changed definition is appended to
 * the definitions file with today's date, so the site can say that it changed.
 */
export function mergeMetadata(
	indicatorsCsv: string,
	definitionsCsv: string,
	kpis: KoladaKpi[],
	today: string
): MetadataChanges {
	const parsed = Papa.parse<Record<string, string>>(indicatorsCsv.replace(/^\ufeff/, ''), {
		header: true,
		skipEmptyLines: true
	});
	const fields = [...(parsed.meta.fields ?? [])];
	for (const f of ['published_period', 'next_publication']) if (!fields.includes(f)) fields.push(f);
	const history = Papa.parse<Definition>(definitionsCsv.replace(/^\ufeff/, ''), {
		header: true,
		skipEmptyLines: true
	}).data;
	const latest = new Map<string, Definition>();
	for (const d of history) {
		const prev = latest.get(d.id);
		if (!prev || d.retrieved >= prev.retrieved) latest.set(d.id, d);
	}
	const byId = new Map(kpis.map((k) => [k.id, k]));
	const redefined: string[] = [];
	const rows = parsed.data.map((row) => {
		const k = byId.get(row.id ?? '');
		if (!k) return row;
		const before = latest.get(k.id);
		const description = (k.description ?? '').trim();
		const changed = !before || before.title !== k.title || before.description !== description;
		if (changed) {
			if (before) redefined.push(k.id);
			history.push({ id: k.id, retrieved: today, title: k.title, description });
		}
		return {
			...row,
			title: k.title,
			description,
			gender_split: k.is_divided_by_gender === true || k.is_divided_by_gender === 1 ? 'yes' : 'no',
			definition_retrieved: changed ? today : row.definition_retrieved || today,
			published_period: k.publ_period === null || k.publ_period === undefined ? '' : String(k.publ_period),
			next_publication: k.publication_date ?? ''
		};
	});
	const csv = (data: object[], columns: string[]) => Papa.unparse(data, { columns, newline: '\n' }) + '\n';
	return {
		indicatorsCsv: csv(rows, fields),
		definitionsCsv: csv(history, ['id', 'retrieved', 'title', 'description']),
		redefined
	};
}
