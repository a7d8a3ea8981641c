/**
 * A measure's own figures: the periods people write, the checks of data/measure_figures.csv and
 * data/measure_values.csv by line and column, small numbers taken out as the data is read, targets
 * on them over their own periods, and their summaries.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_FILES, loadDataset, type DataFile } from '$lib/data/load';
import { readPeriodText } from '$lib/model/period-text';
import { periodAtTime, periodTime, parsePeriod } from '$lib/model/periods';
import { describeProblem, formatProblem } from '$lib/data/problems';
import { FollowUp } from '$lib/followup/followup';
import { measureDetail } from '$lib/followup/views/entities';
import { figureFile } from '$lib/charts/kinds';

const TODAY = '2026-11-29';
const files = () =>
	Object.fromEntries(DATA_FILES.map((f) => [f, readFileSync(`data/${f}`, 'utf8')])) as Record<DataFile, string>;
const load = (change: Partial<Record<DataFile, (text: string) => string>>) => {
	const texts = files();
	for (const [f, fn] of Object.entries(change)) texts[f as DataFile] = fn!(texts[f as DataFile]);
	return loadDataset(texts, { today: TODAY });
};
/** Where each problem is; the demo's missing organisation number (a warning about config.json) is not about these files. */
const at = (problems: ReturnType<typeof load>['problems']) =>
	problems
		.filter((p) => p.kind !== 'org_number_missing')
		.map((p) => `${p.file.replace('data/', '')} ${p.line} ${p.column} ${p.kind}`);

describe('periods as people write them', () => {
	it('reads the codes and the Swedish forms to one period', () => {
		const read = (t: string) => readPeriodText(t)?.code ?? null;
		expect(['2025 halvår 1', 'halvår 1 2025', 'första halvåret 2025', '2025H1', '2025 H1'].map(read)).toEqual(
			Array(5).fill('2025H1')
		);
		expect(['VT 2025', 'vårterminen 2025', 'vt2025'].map(read)).toEqual(['VT2025', 'VT2025', 'VT2025']);
		expect(['HT 2025', 'hösttermin 2025'].map(read)).toEqual(['HT2025', 'HT2025']);
		expect(['kvartal 3 2025', 'Q3 2025', '2025-Q3', 'kv3 2025'].map(read)).toEqual(Array(4).fill('2025Q3'));
		expect(['tertial 2 2025', '2025T2'].map(read)).toEqual(['2025T2', '2025T2']);
		expect(['augusti 2025', 'aug 2025', '2025-08', '2025-08-01', '2025-08-31'].map(read)).toEqual(
			Array(5).fill('2025-08')
		);
		expect(['2025H3', 'HT25x', '2025-13', '2025-02-30', 'kvartal 5 2025', 'sommaren 2025', ''].map(read)).toEqual(
			Array(7).fill(null)
		);
	});

	it('a period and its time on the shared scale go both ways; a year is itself', () => {
		for (const code of ['2025', '2025H1', '2025H2', 'VT2025', 'HT2025', '2025T2', '2025Q3', '2025-08']) {
			const p = parsePeriod(code)!;
			expect(periodAtTime(periodTime(p), p.kind)?.code).toBe(code);
		}
		expect(periodTime(parsePeriod('2025')!)).toBe(2025);
		expect(periodTime(parsePeriod('2025H1')!)).toBe(2024.5);
		expect(periodAtTime(2024.5, 'quarter')?.code).toBe('2025Q2');
		expect(periodAtTime(2024.25, 'half')).toBeNull();
	});
});

describe('the files are checked like every other', () => {
	it('the demo passes; its figures are key figures of their measure', () => {
		const { dataset, problems } = load({});
		expect(problems.filter((p) => p.severity !== 'warning')).toEqual([]);
		expect(dataset!.figures.map((f) => f.id)).toContain('m02-avbrott');
		const f = new FollowUp(dataset!, new Date(`${TODAY}T00:00:00Z`));
		expect(f.figuresOf('m02').map((x) => x.indicator.id)).toEqual(['m02-unga', 'm02-avbrott', 'm02-foljt']);
		expect(f.indicator('m01-arbete')?.own).toMatchObject({ measure: 'm01', kind: 'share', periodKind: 'half' });
	});

	it('names each mistake by line and column: period, share, count, overlap, unknown ids, duplicates', () => {
		const { problems } = load({
			// With the status column a published file has, so that a mark can be given.
			'measure_values.csv': (t) =>
				t
					.trimEnd()
					.split('\n')
					.map((l, i) => (i === 0 ? `${l},status` : `${l},`))
					.join('\n') +
				'\n' +
				[
					'm01-avslutade,2025H3,10,,',
					'm01-arbete,2027H1,104.5,40,',
					'm01-avslutade,2027H1,-3,,',
					'm01-avslutade,2027H2,12.5,,',
					'm02-unga,2027,40,,',
					'm02-unga,VT2027,41,,',
					'okänd,2025H1,1,,',
					'm01-avslutade,2023 halvår 1,28,,',
					'm03-besok,2027H1,,,small',
					'm03-besok,2027H2,12,,small'
				].join('\n') +
				'\n',
			'measure_figures.csv': (t) => t + 'x1,m99,Titel,,count,,,higher,,,,no,\n'
		});
		const n = files()['measure_values.csv'].trimEnd().split('\n').length;
		expect(at(problems).sort()).toEqual(
			[
				`measure_figures.csv 8 measure unknown_reference`,
				`measure_values.csv ${n + 1} period not_a_period`,
				`measure_values.csv ${n + 7} figure unknown_reference`,
				`measure_values.csv ${n + 2} value share_out_of_range`,
				`measure_values.csv ${n + 3} value not_a_count`,
				`measure_values.csv ${n + 4} value not_a_count`,
				// A year among terms: another kind of period in the figure, and so is a term overlapping it.
				`measure_values.csv ${n + 5} period mixed_period_kinds`,
				`measure_values.csv ${n + 6} period mixed_period_kinds`,
				`measure_values.csv ${n + 8} period duplicate_key`,
				`measure_values.csv ${n + 10} status value_and_mark`
			].sort()
		);
		expect(
			describeProblem(
				problems.find((p) => p.kind === 'not_a_period')!,
				'sv'
			)
		).toContain('2025 halvår 1');
		expect(
			describeProblem(
				problems.find((p) => p.kind === 'mixed_period_kinds')!,
				'sv'
			)
		).toContain('2027');
	});

	it('a target on an own figure takes its periods; a Kolada target takes years', () => {
		const { problems } = load({
			'targets.csv': (t) =>
				t +
				[
					't20,m01,asn,m01-arbete,1488,T,Q1 2024,,60,2026H2,KF,,no',
					't21,m01,asn,N03926,1488,T,2019H1,,4,2024,KF,,no',
					't22,m01,asn,m01-arbete,1488,T,2024 halvår 1,,60,andra halvåret 2026,KF,,no'
				].join('\n') +
				'\n'
		});
		const lines = files()['targets.csv'].trimEnd().split('\n').length;
		expect(at(problems)).toEqual([
			`targets.csv ${lines + 1} baseline_period period_kind`,
			`targets.csv ${lines + 2} baseline_period period_kind`,
			`targets.csv ${lines + 1} baseline_value baseline_unknown`,
			`targets.csv ${lines + 2} baseline_value baseline_unknown`
		]);
		expect(
			describeProblem(
				problems.find((p) => p.kind === 'period_kind')!,
				'sv'
			)
		).toContain('2025H1, 2025H2');
	});
});

describe('what no cell shows wrong but the rows together do', () => {
	it('a denominator on a count, two kinds of period in one figure, a target on an own figure elsewhere, follow-up from after the end', () => {
		const { problems } = load({
			'measure_values.csv': (t) => `${t.trimEnd()}\nm01-avslutade,2027H1,12,40\nm01-avslutade,2027,30,\n`,
			'targets.csv': (t) => t.replace(/^(t13,m01,asn,m01-arbete,)1488,/m, '$10180,'),
			'measures.csv': (t) => t.replace(',half,2021-01-01,', ',half,2027-03-01,')
		});
		const lines = files()['measure_values.csv'].trimEnd().split('\n').length;
		const t13 =
			files()
				['targets.csv'].split('\n')
				.findIndex((l) => l.startsWith('t13,')) + 1;
		expect(at(problems)).toEqual(
			expect.arrayContaining([
				`measure_values.csv ${lines + 1} denominator count_with_denominator`,
				`measure_values.csv ${lines + 2} period mixed_period_kinds`,
				`targets.csv ${t13} municipality own_figure_elsewhere`,
				'measures.csv 2 followup_from followup_after_end'
			])
		);
		const said = problems.map((p) => formatProblem(p)).join('\n');
		expect(said).toContain('”2027” är en annan sorts period än 2023H1');
		expect(said).toContain('räknas i den här kommunen (1488), inte i ”0180”');
	});
});

describe('small numbers', () => {
	it('a count under the threshold, and a share of fewer people, have no value once read', () => {
		const { dataset } = load({ 'measure_values.csv': (t) => t + 'm03-besok,2026H2,4,\nm01-arbete,2026H2,75,4\n' });
		const value = (figure: string, period: string) =>
			dataset!.figureValues.find((v) => v.figure === figure && v.period === period)!;
		expect(value('m02-avbrott', 'HT2024')).toMatchObject({ value: null, status: 'small' });
		expect(value('m03-besok', '2026H2')).toMatchObject({ value: null, status: 'small' });
		expect(value('m01-arbete', '2026H2')).toMatchObject({ value: null, denominator: null, status: 'small' });
		expect(value('m02-avbrott', 'VT2025')).toMatchObject({ value: 5, status: null });
	});

	it('a share is withheld, with its denominator, when the people behind it or behind the rest are fewer than the threshold', () => {
		// 10 % of 30 is 3 people in work; 90 % of 30 leaves 3 who are not; 50 % of 30 is 15 and 15.
		const { dataset } = load({
			'measure_values.csv': (t) => t + 'm01-arbete,2026H2,10,30\nm01-arbete,2027H1,90,30\nm01-arbete,2027H2,50,30\n'
		});
		const value = (period: string) =>
			dataset!.figureValues.find((v) => v.figure === 'm01-arbete' && v.period === period)!;
		expect(value('2026H2')).toMatchObject({ value: null, denominator: null, status: 'small' });
		expect(value('2027H1')).toMatchObject({ value: null, denominator: null, status: 'small' });
		expect(value('2027H2')).toMatchObject({ value: 50, denominator: 30, status: null });
		// Whatever is published, no count under the threshold follows from a share and its denominator.
		for (const v of dataset!.figureValues.filter((x) => x.figure === 'm01-arbete' && x.value !== null)) {
			const people = Math.round((v.value! / 100) * v.denominator!);
			expect(Math.min(people, v.denominator! - people), v.period).toBeGreaterThanOrEqual(5);
		}
	});

	it('a share without the number of people it is taken of is refused at its line', () => {
		const lines = files()['measure_values.csv'].trimEnd().split('\n').length;
		const { problems } = load({ 'measure_values.csv': (t) => t + 'm01-arbete,2026H2,40,\nm01-arbete,2027H1,40,0\n' });
		expect(at(problems)).toEqual([
			`measure_values.csv ${lines + 1} denominator share_needs_denominator`,
			`measure_values.csv ${lines + 2} denominator share_needs_denominator`
		]);
	});

	it("the threshold is the config's; a baseline that is a small number is refused", () => {
		const { dataset } = load({
			'config.json': (t) => JSON.stringify({ ...JSON.parse(t), small_numbers: 30 }),
			'targets.csv': (t) => t.replace(/^t13,.*\n/m, '')
		});
		expect(dataset!.figureValues.find((v) => v.figure === 'm01-avslutade' && v.period === '2023H1')).toMatchObject({
			value: null,
			status: 'small'
		});
		expect(dataset!.figureValues.find((v) => v.figure === 'm01-avslutade' && v.period === '2023H2')).toMatchObject({
			value: 34
		});
		// The chart, its legend and its file say the config's threshold, not 5.
		const figure = measureDetail(new FollowUp(dataset!, new Date(`${TODAY}T00:00:00Z`)), 'm01', 'sv')!.figures.find(
			(x) => x.id === 'own-m01-avslutade'
		)!;
		expect(figure.small).toMatchObject({ mark: '<30', label: 'färre än 30' });
		const file = figureFile(figure);
		expect(file).toContain('&lt;30');
		expect(file).not.toContain('&lt;5');
		const refused = load({ 'config.json': (t) => JSON.stringify({ ...JSON.parse(t), small_numbers: 35 }) });
		expect(at(refused.problems)).toContain(
			`targets.csv ${
				files()
					['targets.csv'].split('\n')
					.findIndex((l) => l.startsWith('t13,')) + 1
			} baseline_period baseline_small`
		);
	});

	it('the measure page never holds a suppressed value, and says so in words', () => {
		const { dataset } = load({});
		const page = measureDetail(new FollowUp(dataset!, new Date(`${TODAY}T00:00:00Z`)), 'm02', 'sv')!;
		const figure = page.figures.find((x) => x.id === 'own-m02-avbrott')!;
		const ht2024 = figure.points.find((p) => p.code === 'HT2024')!;
		expect(ht2024).toMatchObject({ value: null, status: 'small' });
		expect(figure.small?.label).toBe('färre än 5');
		expect(JSON.stringify(figure)).not.toMatch(/"value":3[,}]/);
		expect(figure.summary).toBe('Unga som lämnat planen i förtid: 5 unga under VT 2026, samma som under VT 2025.');
	});
});

describe('gaps on own figures', () => {
	it("a target on an own figure is overdue once the report of a later period has passed, not by Kolada's lag", async () => {
		const { findGaps } = await import('$lib/followup/gaps');
		const { dataset } = load({});
		const stale = (day: string) => {
			const f = new FollowUp(dataset!, new Date(`${day}T00:00:00Z`));
			return findGaps(dataset!, f.targets, f.records, new Date(`${day}T00:00:00Z`)).filter(
				(g) => g.kind === 'target_values_stale' && g.subject.id === 't13'
			);
		};
		// The newest value is 2026H1; 2026H2 is reported in the annual accounts, after the year has ended.
		expect(stale('2026-11-29')).toEqual([]);
		const late = stale('2027-03-01');
		expect(late).toHaveLength(1);
		expect(late[0]!.detail).toMatchObject({ newest: periodTime(parsePeriod('2026H1')!) });
	});
});
