/**
 * Kolada's API v3, fetched politely: at most 25 ids in a path part, pages of up to 5 000 rows
 * followed through `next_url`, 429 and 5xx retried with back-off (honouring Retry-After), and every
 * response checked for the fields we read before anything is used. `fetch` and the clock are
 * passed in, so tests run against recorded responses without a network.
 */
export const KOLADA_API = 'https://api.kolada.se/v3';
export const MAX_IDS = 25;
export const PER_PAGE = 5000;

import { recordProblem, type KoladaRecord } from '../data/kolada-record';

export type { KoladaRecord };

export type Fetch = (
	url: string
) => Promise<{ ok: boolean; status: number; headers: { get(name: string): string | null }; text(): Promise<string> }>;

export interface KoladaOptions {
	fetch: Fetch;
	base?: string;
	sleep?: (ms: number) => Promise<void>;
	retries?: number;
	/** Told before each wait, so a long refresh says what it is doing. */
	onRetry?: (url: string, status: number, waitMs: number) => void;
}

export type KoladaFailure = 'offline' | 'http' | 'malformed';

export class KoladaError extends Error {
	constructor(
		readonly kind: KoladaFailure,
		readonly url: string,
		detail: string
	) {
		super(detail);
	}
}

export interface KoladaKpi {
	id: string;
	title: string;
	description: string;
	is_divided_by_gender: boolean | number;
	publication_date?: string | null;
	prel_publication_date?: string | null;
	publ_period?: string | number | null;
}

export interface KoladaGroup {
	id: string;
	title: string;
	members: { id: string; title?: string }[];
}

export const chunk = <T>(xs: T[], n = MAX_IDS): T[][] =>
	Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

export class Kolada {
	private readonly base: string;
	private readonly sleep: (ms: number) => Promise<void>;
	private readonly retries: number;

	constructor(private readonly options: KoladaOptions) {
		this.base = options.base ?? KOLADA_API;
		this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
		this.retries = options.retries ?? 5;
	}

	/** Values of the KPIs for the municipalities (or all, when none are given) from a year on. */
	async data(kpis: string[], municipalities: string[] | 'all', years: number[]): Promise<KoladaRecord[]> {
		const out: KoladaRecord[] = [];
		const y = years.join(',');
		for (const k of chunk(kpis)) {
			const parts = municipalities === 'all' ? [null] : chunk(municipalities);
			for (const m of parts) {
				const path = m
					? `/data/kpi/${k.join(',')}/municipality/${m.join(',')}/year/${y}`
					: `/data/kpi/${k.join(',')}/year/${y}`;
				for (const record of await this.pages(`${this.base}${path}?per_page=${PER_PAGE}`))
					out.push(checkRecord(record, path));
			}
		}
		return out;
	}

	async kpis(ids: string[]): Promise<KoladaKpi[]> {
		const out: KoladaKpi[] = [];
		for (const k of chunk(ids)) {
			const url = `${this.base}/kpi/${k.join(',')}?per_page=${PER_PAGE}`;
			for (const v of await this.pages(url)) {
				const kpi = v as KoladaKpi;
				if (typeof kpi?.id !== 'string' || typeof kpi.title !== 'string')
					throw new KoladaError('malformed', url, 'a KPI without id or title');
				out.push(kpi);
			}
		}
		return out;
	}

	/** KPIs whose title contains the words: how an official finds the id of a key figure to follow. */
	async searchKpis(title: string): Promise<KoladaKpi[]> {
		const url = `${this.base}/kpi?title=${encodeURIComponent(title)}&per_page=${PER_PAGE}`;
		return (await this.pages(url)).map((v) => {
			const kpi = v as KoladaKpi;
			if (typeof kpi?.id !== 'string' || typeof kpi.title !== 'string')
				throw new KoladaError('malformed', url, 'a KPI without id or title');
			return kpi;
		});
	}

	async municipalityGroups(): Promise<KoladaGroup[]> {
		const url = `${this.base}/municipality_groups?per_page=${PER_PAGE}`;
		return (await this.pages(url)).map((g) => {
			const group = g as KoladaGroup;
			if (typeof group?.id !== 'string' || !Array.isArray(group.members))
				throw new KoladaError('malformed', url, 'a group without id or members');
			return group;
		});
	}

	/** Every page's `values`, following `next_url` until it is empty. */
	private async pages(first: string): Promise<unknown[]> {
		const out: unknown[] = [];
		const seen = new Set<string>();
		for (let url: string | null = first; url;) {
			if (seen.has(url)) throw new KoladaError('malformed', url, 'next_url points back to a page already read');
			seen.add(url);
			const body = await this.json(url);
			const values = (body as { values?: unknown }).values;
			if (!Array.isArray(values)) throw new KoladaError('malformed', url, 'the response has no "values" list');
			out.push(...values);
			const next =
				(body as { next_url?: unknown; next_page?: unknown }).next_url ?? (body as { next_page?: unknown }).next_page;
			url = typeof next === 'string' && next !== '' ? next : null;
		}
		return out;
	}

	private async json(url: string): Promise<unknown> {
		for (let attempt = 0; ; attempt++) {
			let response: Awaited<ReturnType<Fetch>>;
			try {
				response = await this.options.fetch(url);
			} catch (e) {
				throw new KoladaError('offline', url, e instanceof Error ? e.message : String(e));
			}
			if (response.ok) {
				const text = await response.text();
				try {
					return JSON.parse(text);
				} catch {
					throw new KoladaError('malformed', url, `not JSON: ${text.slice(0, 80)}`);
				}
			}
			const retryable = response.status === 429 || response.status >= 500;
			if (!retryable || attempt >= this.retries) throw new KoladaError('http', url, `HTTP ${response.status}`);
			const after = Number(response.headers.get('retry-after'));
			const wait = Number.isFinite(after) && after > 0 ? after * 1000 : 1000 * 2 ** attempt;
			this.options.onRetry?.(url, response.status, wait);
			await this.sleep(wait);
		}
	}
}

function checkRecord(r: unknown, path: string): KoladaRecord {
	const problem = recordProblem(r);
	if (problem)
		throw new KoladaError(
			'malformed',
			path,
			`a value record of another shape (${problem}): ${JSON.stringify(r)?.slice(0, 120)}`
		);
	const rec = r as KoladaRecord;
	return { ...rec, period: Number(rec.period) };
}
