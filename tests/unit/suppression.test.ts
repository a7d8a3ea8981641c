/**
 * Complementary suppression: where a total and its parts (`part_of`) add up, a withheld part could be
 * worked out by subtraction, so a second cell is withheld — said as such, never as "färre än 5". The
 * relation is checked (counts only, one level, the parts add up), and generated totals and parts show
 * that no withheld count can be solved for from what is shown.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATA_FILES, loadDataset, type DataFile } from '$lib/data/load';
import { suppressSmall } from '$lib/data/suppression';
import type { RawFigureValue } from '$lib/data/own-figures';
import { describeProblem } from '$lib/data/problems';
import type { MeasureFigure } from '$lib/model/model';
import { parsePeriod } from '$lib/model/periods';
import { FollowUp } from '$lib/followup/followup';
import { measureDetail } from '$lib/followup/views/entities';
import { figureFile, figureCsv } from '$lib/charts/kinds';

const TODAY = '2026-11-29';
const files = () =>
	Object.fromEntries(DATA_FILES.map((f) => [f, readFileSync(`data/${f}`, 'utf8')])) as Record<DataFile, string>;
const load = (change: Partial<Record<DataFile, (text: string) => string>>) => {
	const texts = files();
	for (const [f, fn] of Object.entries(change)) texts[f as DataFile] = fn!(texts[f as DataFile]);
	return loadDataset(texts, { today: TODAY });
};
const lineOf = (file: DataFile, start: string) =>
	files()
		[file].split('\n')
		.findIndex((l) => l.startsWith(start)) + 1;

describe('a withheld part is not left to be worked out from its total', () => {
	it('the demo: HT 2024 had 3 who left early (withheld); those who kept to their plan are withheld too, the total shown', () => {
		const { dataset } = load({});
		const value = (figure: string, period: string) =>
			dataset!.figureValues.find((v) => v.figure === figure && v.period === period)!;
		expect(value('m02-avbrott', 'HT2024')).toMatchObject({ value: null, status: 'small' });
		expect(value('m02-foljt', 'HT2024')).toMatchObject({ value: null, status: 'secondary' });
		expect(value('m02-unga', 'HT2024')).toMatchObject({ value: 34, status: null });
		// A term with nothing small withholds nothing.
		expect(['m02-unga', 'm02-avbrott', 'm02-foljt'].map((f) => value(f, 'VT2025').status)).toEqual([null, null, null]);
	});

	it('the chart says why, in its own words, in the picture, its table, its file and its CSV', () => {
		const { dataset } = load({});
		const page = measureDetail(new FollowUp(dataset!, new Date(`${TODAY}T00:00:00Z`)), 'm02', 'sv')!;
		const figure = page.figures.find((x) => x.id === 'own-m02-foljt')!;
		expect(figure.kind).toBe('periods');
		if (figure.kind !== 'periods') return;
		expect(figure.small).toBeNull();
		expect(figure.secondary).toMatchObject({ mark: '×', label: 'utelämnat, se not' });
		expect(figure.secondary!.note).toContain('räknas fram');
		const ht = figure.points.find((p) => p.code === 'HT2024')!;
		expect(ht).toMatchObject({ value: null, status: 'secondary' });
		const svg = figureFile(figure);
		expect(svg).toContain('×: utelämnat, se not');
		expect(svg).not.toMatch(/färre än/);
		expect(svg).not.toMatch(/>31</);
		const csv = figureCsv(figure);
		expect(csv).toMatch(/HT2024;;utelämnat, se not/);
		// The same figure in English.
		const en = measureDetail(new FollowUp(dataset!, new Date(`${TODAY}T00:00:00Z`)), 'm02', 'en')!.figures.find(
			(x) => x.id === 'own-m02-foljt'
		)!;
		expect(en.kind === 'periods' && en.secondary?.label).toBe('withheld, see note');
	});

	it('a baseline that was withheld to protect a small number is refused like a small one', () => {
		const { problems } = load({
			'targets.csv': (t) =>
				t.trimEnd() + '\nt99,m02,asn,m02-foljt,1488,T,HT2024,,40,VT2026,Socialnämnden,2024-02-01,yes\n'
		});
		const header = files()['targets.csv'].split('\n')[0]!.split(',');
		expect(header.slice(0, 4)).toEqual(['id', 'measure', 'organisation', 'indicator']);
		expect(problems.filter((p) => p.kind === 'baseline_small').map((p) => p.column)).toEqual(['baseline_period']);
	});
});

describe('totals and parts are checked', () => {
	it('a part of itself, of a share, two levels deep, an unknown total, and parts that do not add up: each at its line and column', () => {
		const figures = (t: string) =>
			t.trimEnd() +
			'\nx-self,m02,Själv,,count,,,higher,,,,yes,x-self' +
			'\nx-share,m01,Andel del,,share,,,higher,,,,yes,m01-arbete' +
			'\nx-deep,m02,Djup,,count,,,higher,,,,yes,m02-avbrott' +
			'\nx-typo,m02,Stavfel,,count,,,higher,,,,yes,m02-ungaa\n';
		const values = (t: string) => t.replace('m02-foljt,VT2025,33,', 'm02-foljt,VT2025,32,');
		const { problems } = load({ 'measure_figures.csv': figures, 'measure_values.csv': values });
		const n = files()['measure_figures.csv'].trimEnd().split('\n').length;
		const seen = problems
			.filter((p) => p.column === 'part_of' || p.kind === 'parts_not_total')
			.map((p) => `${p.file.replace('data/', '')} ${p.line} ${p.column} ${p.kind}`);
		expect(seen).toEqual([
			`measure_figures.csv ${n + 4} part_of unknown_reference`,
			`measure_figures.csv ${n + 1} part_of part_of_itself`,
			`measure_figures.csv ${n + 2} part_of part_of_not_count`,
			`measure_figures.csv ${n + 3} part_of part_of_nested`,
			`measure_values.csv ${lineOf('measure_values.csv', 'm02-unga,VT2025')} value parts_not_total`
		]);
		const said = problems.map((p) => describeProblem(p, 'sv')).join('\n');
		expect(said).toContain('Delarna blir tillsammans m02-avbrott + m02-foljt = 37, men summan är 38');
		expect(said).toContain('”m02-avbrott” är själv en del av ”m02-unga”');
	});
});

/** A total and its parts over a few periods, with small values, missing values and a marked one now and then. */
const group = fc.record({
	parts: fc.integer({ min: 1, max: 4 }),
	periods: fc.array(
		fc.array(fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 60 }), fc.constant(null)), {
			minLength: 4,
			maxLength: 4
		}),
		{ minLength: 1, maxLength: 4 }
	),
	threshold: fc.integer({ min: 2, max: 10 })
});

describe('property: no withheld count can be solved for', () => {
	it('in every generated total and parts, a period with a withheld cell has two unknowns whose shown-total sum is no small number; shown values are as written', () => {
		fc.assert(
			fc.property(group, ({ parts, periods, threshold }) => {
				const ids = Array.from({ length: parts }, (_, i) => `p${i}`);
				const figures: MeasureFigure[] = ['t', ...ids].map((id) => ({
					id,
					measure: 'm',
					title: id,
					title_en: null,
					kind: 'count',
					unit: null,
					unit_en: null,
					direction: 'higher',
					description: null,
					description_en: null,
					source: null,
					part_of: id === 't' ? null : 't',
					example: true
				}));
				const raw: RawFigureValue[] = [];
				periods.forEach((cells, y) => {
					const period = parsePeriod(String(2020 + y))!;
					const partValues = ids.map((_, i) => cells[i] ?? null);
					// The total is the sum when every part is given (as check-data requires), or anything when not.
					const total = partValues.every((v) => v !== null) ? partValues.reduce((a, b) => a! + b!, 0) : cells[3];
					raw.push({ figure: 't', period, value: total ?? null, denominator: null, status: null });
					ids.forEach((id, i) =>
						raw.push({ figure: id, period, value: partValues[i]!, denominator: null, status: null })
					);
				});
				const shown = suppressSmall(figures, raw, threshold);
				for (let y = 0; y < periods.length; y++) {
					const at = shown.map((v, i) => ({ v, raw: raw[i]! })).filter((c) => c.v.period === String(2020 + y));
					// A cell never given is an unknown no one can solve for: only equations without one are at risk.
					if (at.some((c) => c.raw.value === null) || !at.some((c) => c.v.status !== null)) continue;
					const [total, ...parts] = at;
					const withheld = parts.filter((c) => c.v.value === null);
					const unknown = withheld.length + (total!.v.value === null ? 1 : 0);
					expect(unknown).toBeGreaterThanOrEqual(2);
					// With the total shown, the withheld parts' sum is known: it is no small number either.
					if (total!.v.value !== null)
						expect(withheld.reduce((a, c) => a + c.raw.value!, 0)).toBeGreaterThanOrEqual(threshold);
				}
				shown.forEach((v, i) => {
					if (v.value !== null) expect(v.value).toBe(raw[i]!.value);
					if (raw[i]!.value !== null && raw[i]!.value! < threshold) expect(v.value).toBeNull();
				});
			}),
			{ numRuns: 400 }
		);
	});
});
