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
