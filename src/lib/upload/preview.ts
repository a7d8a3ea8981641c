/**
 * What applying a staged file would change, against what the site shows now (published plus
 * earlier uploads): values new, changed and unchanged per key figure, the first changes, and one
 * affected series before and after.
 */
import type { Gender } from '../model/model';
import { withRows, type SqlEngine, type SqlValue } from './engine';
import type { Change, ChartPoint, Preview, PreviewChart, Reference } from './report';
import { KEY } from './sql';

/** What a preview counts of the staged values, before comparing them with what is shown. */
export interface Counted {
	values: number;
	municipalities: number;
	periods: number[];
	indicators: { id: string; values: number }[];
	/** Values per key figure and gender of the home municipality, where they were counted on the way (./scan.ts). */
	home?: { id: string; gender: Gender; values: number }[];
}

/** The default match: the staged values joined with what is shown. The quick read passes its own. */
export const MATCH_STAGED = `SELECT s.*, o.value AS before, o.status AS before_status FROM stage_values s JOIN observations o USING (${KEY})`;

export async function preview(
	engine: SqlEngine,
	reference: Reference,
	matched = MATCH_STAGED,
	counted?: Counted
): Promise<Preview> {
	// Only values already shown can be changed or unchanged; everything else is new. Joining
	// keeps just those (at most what the site shows), never a copy of the whole upload.
	await engine.run(`CREATE OR REPLACE TEMP TABLE stage_hit AS
		SELECT *, before IS DISTINCT FROM value OR before_status IS DISTINCT FROM status AS is_changed FROM (${matched})`);
	counted ??= await count(engine);
	const hits = new Map(
		(
			await engine.all<{
				id: string;
				hit: number;
				changed: number;
			}>(`SELECT indicator AS id, CAST(count(*) AS INTEGER) AS hit,
				CAST(count(*) FILTER (WHERE is_changed) AS INTEGER) AS changed FROM stage_hit GROUP BY indicator`)
		).map((h) => [h.id, h])
	);
	const known = new Set([
		...reference.indicators,
		...(await engine.all<{ id: string }>('SELECT id FROM upload_indicator')).map((u) => u.id)
	]);
	const indicators = counted.indicators
		.map(({ id, values }) => {
			const h = hits.get(id);
			const [hit, changed] = [h?.hit ?? 0, h?.changed ?? 0];
			return { id, known: known.has(id), values, new: values - hit, changed, unchanged: hit - changed };
		})
		.sort((a, b) => Number(b.known) - Number(a.known) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const changes = (
		await engine.all<Change>(`SELECT indicator, municipality, period, gender, before, before_status AS "beforeStatus",
			value AS after, status AS "afterStatus" FROM stage_hit WHERE is_changed ORDER BY ${KEY} LIMIT 20`)
	).map((c) => ({ ...c, period: Number(c.period) }));
	return {
		values: counted.values,
		indicators,
		municipalities: counted.municipalities,
		periods: counted.periods,
		changes,
		chart: await previewChart(engine, reference, counted.home)
	};
}

/** Values, municipalities, years and values per key figure of what is staged. */
async function count(engine: SqlEngine): Promise<Counted> {
	const [totals] = await engine.all<{ values: number; municipalities: number }>(
		'SELECT CAST(count(*) AS INTEGER) AS values, CAST(count(DISTINCT municipality) AS INTEGER) AS municipalities FROM stage_values'
	);
	const periods = (
		await engine.all<{ period: number }>('SELECT DISTINCT period FROM stage_values ORDER BY period')
	).map((r) => Number(r.period));
	const indicators = await engine.all<{ id: string; values: number }>(
		'SELECT indicator AS id, CAST(count(*) AS INTEGER) AS values FROM stage_values GROUP BY indicator'
	);
	return { values: totals?.values ?? 0, municipalities: totals?.municipalities ?? 0, periods, indicators };
}

/** The affected series that matters most here: the home municipality's, of a known key figure, with most changes. */
async function previewChart(
	engine: SqlEngine,
	reference: Reference,
	homeCounts?: Counted['home']
): Promise<PreviewChart | null> {
	const known = '(SELECT id FROM known_indicator UNION ALL SELECT id FROM upload_indicator)';
	// New or changed values per series (t: its values; u: its unchanged ones), the series to show first.
	const pickAmong = (t: string, params: SqlValue[]) =>
		engine.all<{ indicator: string; municipality: string; gender: Gender }>(
			`WITH t AS (${t}),
				u AS (SELECT indicator, municipality, gender, count(*) AS n FROM stage_hit WHERE NOT is_changed GROUP BY ALL)
			SELECT t.indicator, t.municipality, t.gender FROM t LEFT JOIN u USING (indicator, municipality, gender)
			WHERE t.indicator IN ${known} AND t.n > coalesce(u.n, 0)
			ORDER BY t.gender = 'T' DESC, t.n - coalesce(u.n, 0) DESC, t.indicator, t.municipality, t.gender LIMIT 1`,
			params
		);
	const grouped = (where: string) =>
		`SELECT indicator, municipality, gender, count(*) AS n FROM stage_values WHERE ${where} GROUP BY ALL`;
	// The home municipality first, and only its rows grouped when it has any: a large upload is mostly
	// others. Where its series were counted while the file was judged (./scan.ts), not even those.
	const home = homeCounts
		? await withRows(
				engine,
				'upload-home.csv',
				{ indicator: 'VARCHAR', gender: 'VARCHAR', n: 'INTEGER' },
				homeCounts.map((c) => [c.id, c.gender, c.values]),
				(rows) =>
					pickAmong(`SELECT indicator, CAST(? AS VARCHAR) AS municipality, gender, n FROM ${rows}`, [reference.home])
			)
		: await pickAmong(grouped('municipality = ?'), [reference.home]);
	const [pick] = home.length > 0 ? home : await pickAmong(grouped('municipality <> ?'), [reference.home]);
	if (!pick) return null;
	const points = (rows: ChartPoint[]) => rows.map((p) => ({ period: Number(p.period), value: p.value }));
	const where = 'indicator = ? AND municipality = ? AND gender = ?';
	const params = [pick.indicator, pick.municipality, pick.gender];
	const before = points(
		await engine.all<ChartPoint>(`SELECT period, value FROM observations WHERE ${where} ORDER BY period`, params)
	);
	const after = points(
		await engine.all<ChartPoint>(
			`WITH s AS (SELECT period, value FROM stage_values WHERE ${where}),
				o AS (SELECT period, value FROM observations WHERE ${where})
			SELECT * FROM s UNION ALL SELECT o.* FROM o ANTI JOIN s USING (period) ORDER BY period`,
			[...params, ...params]
		)
	);
	return { ...pick, before, after };
}
