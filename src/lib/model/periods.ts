/**
 * The council's reporting periods: the interim report as of 31 August (delårsrapport) and the
 * annual accounts as of 31 December (årsbokslut), each in a year; or the follow-up as it stands.
 * Written `delar-2025` and `ar-2025` wherever a period is named in text (the report's address).
 */
export type ReportKind = 'current' | 'delar' | 'ar';

export interface ReportPeriod {
	kind: ReportKind;
	/** null for the current follow-up. */
	year: number | null;
	/** The day the targets are assessed on (ISO date), null for the current follow-up. */
	asOf: string | null;
}

export const CURRENT: ReportPeriod = { kind: 'current', year: null, asOf: null };

/** `delar-2025` or `ar-2025`; anything else is null. */
export function parseReportPeriod(code: string | null | undefined): ReportPeriod | null {
	const m = /^(delar|ar)-(\d{4})$/.exec(code ?? '');
	if (!m) return null;
	const year = Number(m[2]);
	return { kind: m[1] as ReportKind, year, asOf: m[1] === 'delar' ? `${year}-08-31` : `${year}-12-31` };
}

export function reportPeriodCode(p: ReportPeriod): string | null {
	return p.kind === 'current' || p.year === null ? null : `${p.kind}-${p.year}`;
}

/** A council report's code for the period a follow-up or a value belongs to: the report it is told in. */
export const reportCode = (kind: 'delar' | 'ar', year: number) => `${kind}-${year}`;

/**
 * Periods shorter than a year, as measures are followed up and count their own figures: a year
 * (`2025`), a half-year (`2025H1`), a tertial (`2025T2`), a quarter (`2025Q3`), a month (`2025-08`)
 * or a school term (`VT2025` spring, `HT2025` autumn). Each has a start and an end, an order, and
 * the council report it is told in: what ends by August in the delårsrapport, the rest in the årsbokslut.
 */
export type PeriodKind = 'year' | 'half' | 'tertial' | 'quarter' | 'month' | 'term';
export const PERIOD_KINDS: readonly PeriodKind[] = ['year', 'half', 'tertial', 'quarter', 'month', 'term'];

export interface Period {
	kind: PeriodKind;
	year: number;
	/** 1-based: H1/H2, T1–T3, Q1–Q4, the month, VT = 1 and HT = 2; 1 for a year. */
	index: number;
	/** The canonical spelling: `2025H1`, `VT2025`, `2025-08`. */
	code: string;
	/** First and last month, 1–12. */
	from: number;
	to: number;
}

const PARTS: Record<PeriodKind, number> = { year: 1, half: 2, tertial: 3, quarter: 4, month: 12, term: 2 };

export function period(kind: PeriodKind, year: number, index = 1): Period {
	const months = 12 / PARTS[kind];
	const from = (index - 1) * months + 1;
	const to = index * months;
	const code =
		kind === 'year'
			? String(year)
			: kind === 'half'
				? `${year}H${index}`
				: kind === 'tertial'
					? `${year}T${index}`
					: kind === 'quarter'
						? `${year}Q${index}`
						: kind === 'month'
							? `${year}-${String(index).padStart(2, '0')}`
							: `${index === 1 ? 'VT' : 'HT'}${year}`;
	return { kind, year, index, code, from, to };
}

/** A period in its canonical spelling; null for anything else (see ./period-text.ts for the forms people write). */
export function parsePeriod(code: string): Period | null {
	const t = code.trim();
	let m: RegExpExecArray | null;
	if ((m = /^(\d{4})$/.exec(t))) return period('year', Number(m[1]));
	if ((m = /^(\d{4})H([12])$/.exec(t))) return period('half', Number(m[1]), Number(m[2]));
	if ((m = /^(\d{4})T([1-3])$/.exec(t))) return period('tertial', Number(m[1]), Number(m[2]));
	if ((m = /^(\d{4})Q([1-4])$/.exec(t))) return period('quarter', Number(m[1]), Number(m[2]));
	if ((m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(t))) return period('month', Number(m[1]), Number(m[2]));
	if ((m = /^(VT|HT)(\d{4})$/.exec(t))) return period('term', Number(m[2]), m[1] === 'VT' ? 1 : 2);
	return null;
}

/** The last day of a period (ISO date). */
export function periodEnd(p: Period): string {
	const last = new Date(Date.UTC(p.year, p.to, 0)).getUTCDate();
	return `${p.year}-${String(p.to).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}
export const periodStart = (p: Period): string => `${p.year}-${String(p.from).padStart(2, '0')}-01`;

/** A number that orders periods of one kind in time (and any two periods by their end). */
export const periodOrder = (p: Period): number => p.year * 12 + p.to;

/** The council report a period is told in: ended by August, the delårsrapport; else the årsbokslut. */
export function reportOf(p: Period): ReportPeriod {
	return parseReportPeriod(reportCode(p.to <= 8 ? 'delar' : 'ar', p.year))!;
}

/** Every period of a kind that ends from `from` (ISO date) to `to` (ISO date), in order. */
export function periodsBetween(kind: PeriodKind, from: string, to: string): Period[] {
	const out: Period[] = [];
	const [y0, y1] = [Number(from.slice(0, 4)), Number(to.slice(0, 4))];
	for (let y = y0; y <= y1; y++)
		for (let i = 1; i <= PARTS[kind]; i++) {
			const p = period(kind, y, i);
			if (periodEnd(p) >= from && periodEnd(p) <= to) out.push(p);
		}
	return out;
}

/** The council reports, newest last, whose day (31 August, 31 December) lies before `today`. */
export function reportsBefore(today: string, since: number): ReportPeriod[] {
	const out: ReportPeriod[] = [];
	for (let y = since; y <= Number(today.slice(0, 4)); y++)
		for (const kind of ['delar', 'ar'] as const) {
			const r = parseReportPeriod(reportCode(kind, y))!;
			if (r.asOf! < today) out.push(r);
		}
	return out;
}

/**
 * A period on the one time scale targets, trajectories and charts share: its end, counted so that a
 * year is itself (`2025` → 2025) and a shorter period is the fraction of that year it has run
 * (`2025H1` → 2024.5, `2025Q3` → 2024.75, `HT2025` → 2025). Kolada's yearly values keep their years.
 */
export const periodTime = (p: Period): number => p.year - 1 + p.to / 12;

/** The period of a kind that ends at a time on that scale, or null when none does. */
export function periodAtTime(t: number, kind: PeriodKind): Period | null {
	const months = Math.round((t + 1) * 12);
	if (Math.abs((t + 1) * 12 - months) > 1e-6) return null;
	const year = Math.floor((months - 1) / 12);
	const to = months - year * 12;
	const size = 12 / PARTS[kind];
	return to % size === 0 ? period(kind, year, to / size) : null;
}
