/**
 * Files out of the importer: every observation the site now shows (in the repository's format, to
 * publish, or for Swedish Excel), the applied upload (to keep it in this browser), and a file's
 * problems as a CSV for the official to work through.
 */
import type { Problem } from '../data/problems';
import { literal, type SqlEngine } from './engine';
import type { StageReport } from './report';
import { KEY, guard } from './sql';
import { formulaSafe } from '../data/text';

async function copy(engine: SqlEngine, select: string, delimiter: string): Promise<Uint8Array> {
	const path = await engine.outputPath('export.csv');
	await engine.run(`COPY (${select}) TO ${literal(path)} (HEADER, DELIMITER ${literal(delimiter)})`);
	return engine.takeFile('export.csv');
}

/**
 * 'repository' is data/observations.csv's own format, to publish by replacing that file; 'excel' is
 * what Swedish Excel opens: `;`, decimal comma, UTF-8 with BOM, Swedish headers, and no cell that a
 * spreadsheet would run as a formula.
 */
export async function exportObservations(engine: SqlEngine, format: 'repository' | 'excel'): Promise<Uint8Array> {
	// data/observations.csv's own order, so publishing an unchanged export changes no line.
	const order = `ORDER BY indicator, municipality, period, CASE gender WHEN 'T' THEN 0 WHEN 'K' THEN 1 ELSE 2 END`;
	if (format === 'repository') return copy(engine, `SELECT * FROM observations ${order}`, ',');
	const bytes = await copy(
		engine,
		`SELECT ${guard('indicator')} AS nyckeltal, ${guard('municipality')} AS kommun, period AS "år", gender AS "kön",
			replace(CAST(value AS VARCHAR), '.', ',') AS "värde", ${guard('status')} AS status
		 FROM observations ${order}`,
		';'
	);
	const out = new Uint8Array(bytes.length + 3);
	out.set([0xef, 0xbb, 0xbf]);
	out.set(bytes, 3);
	return out;
}

/**
 * The applied upload in the repository's format: every row, or those of the key figures the pages
 * show. Unordered where only a reader that sorts takes them (keeping them in the browser): sorting a
 * million rows costs DuckDB memory that it never gives back.
 */
export async function uploadRows(engine: SqlEngine, indicators?: string[], ordered = true): Promise<Uint8Array> {
	const order = ordered ? `ORDER BY ${KEY}` : '';
	if (!indicators) return copy(engine, `SELECT * FROM upload ${order}`, ',');
	await engine.run('CREATE OR REPLACE TEMP TABLE shown_indicator (id VARCHAR)');
	for (const id of indicators) await engine.run('INSERT INTO shown_indicator VALUES (?)', [id]);
	return copy(engine, `SELECT * FROM upload WHERE indicator IN (SELECT id FROM shown_indicator) ${order}`, ',');
}

/** Every problem of a report (up to DOWNLOADED) as CSV: `;`, BOM, for Excel. */
export function problemsCsv(report: StageReport, describe: (p: Problem) => string, headers: readonly string[]): string {
	const q = (s: string) => `"${s.replaceAll('"', '""')}"`;
	const lines = report.problems.map((p) =>
		[p.line ?? '', p.column ?? '', p.text, describe(p)].map((v) => q(formulaSafe(String(v)))).join(';')
	);
	return '\ufeff' + [headers.map(q).join(';'), ...lines].join('\r\n') + '\r\n';
}
