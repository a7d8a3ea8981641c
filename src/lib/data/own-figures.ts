/**
 * A measure's own figures (data/measure_figures.csv, data/measure_values.csv): the checks that
 * concern more than a cell, the suppression of small numbers, and the figures seen as key figures
 * and their values as observations of the home municipality, so that targets, trajectories and
 * status work on them exactly as on Kolada's.
 *
 * Small numbers: a count under the threshold, and a share or mean of fewer people than that, is
 * never published. It is taken out here, when the data is read, so that no page, chart, file,
 * report or published data file can show it: its value becomes null with the status `small`.
 */
import type { Config, FigureValue, Indicator, MeasureFigure, Observation } from '../model/model';
import { periodTime, type Period } from '../model/periods';
import type { Problem } from './problems';
import type { Located } from './table';

export interface RawFigureValue {
	figure: string;
	period: Period;
	value: number | null;
	denominator: number | null;
	status: 'small' | null;
}

export function figureProblems(
	figures: readonly Located<MeasureFigure>[],
	values: readonly Located<RawFigureValue>[],
	file: string,
	problems: Problem[]
): void {
	const kindOf = new Map(figures.map((f) => [f.value.id, f.value.kind]));
	const seen = new Map<string, { line: number; period: Period }[]>();
	for (const { line, value: v } of values) {
		const at = (column: string, kind: Problem['kind'], text: string, detail?: string) =>
			problems.push({ file, line, column, kind, text, ...(detail !== undefined ? { detail } : {}) });
		const kind = kindOf.get(v.figure);
		if (v.value !== null && v.status === 'small') at('status', 'value_and_mark', 'small', String(v.value));
		if (v.value !== null && kind === 'count' && (v.value < 0 || !Number.isInteger(v.value))) at('value', 'not_a_count', String(v.value));
		if (v.value !== null && kind === 'share' && (v.value < 0 || v.value > 100)) at('value', 'share_out_of_range', String(v.value));
		// A share of people without the number it is taken of could hide a handful of people: it needs it.
		if (v.value !== null && kind === 'share' && (v.denominator === null || v.denominator === 0)) at('denominator', 'share_needs_denominator', v.denominator === null ? '' : '0');
		if (v.denominator !== null && (v.denominator < 0 || !Number.isInteger(v.denominator))) at('denominator', 'not_a_count', String(v.denominator));
		// A count is its own number: a denominator beside it is a share or mean written in the wrong figure.
		if (v.denominator !== null && kind === 'count') at('denominator', 'count_with_denominator', String(v.denominator));
		const earlier = seen.get(v.figure) ?? [];
		// One figure, one kind of period: half-years and terms in one line could not be drawn or compared
		// (and a year beside its half-years would count the same people twice).
		const otherKind = earlier.find((e) => e.period.kind !== v.period.kind);
		if (otherKind) at('period', 'mixed_period_kinds', v.period.code, `${otherKind.period.code} (${otherKind.line})`);
		const same = earlier.find((e) => e.period.code === v.period.code);
		if (same) at('period', 'duplicate_key', `${v.figure} ${v.period.code}`, String(same.line));
		earlier.push({ line, period: v.period });
		seen.set(v.figure, earlier);
	}
}

/** The values as the site may show them: under the threshold, no number at all. */
export function suppressSmall(figures: readonly MeasureFigure[], values: readonly RawFigureValue[], threshold: number): FigureValue[] {
	const kindOf = new Map(figures.map((f) => [f.id, f.kind]));
	return values.map((v) => {
		const kind = kindOf.get(v.figure);
		const smallCount = kind === 'count' && v.value !== null && v.value < threshold;
		const fewPeople = kind !== 'count' && v.denominator !== null && v.denominator < threshold;
		// A share and its denominator give the people behind it (10 % of 30 is 3) and behind the rest (90 %
		// of 30 leaves 3): either under the threshold withholds the share and its denominator.
		const behind = kind === 'share' && v.value !== null && v.denominator !== null ? Math.round((v.value / 100) * v.denominator) : null;
		const fewBehind = behind !== null && (behind < threshold || v.denominator! - behind < threshold);
		const small = v.status === 'small' || smallCount || fewPeople || fewBehind;
		return {
			figure: v.figure,
			period: v.period.code,
			kind: v.period.kind,
			time: periodTime(v.period),
			value: small ? null : v.value,
			denominator: small || (v.denominator !== null && v.denominator < threshold) ? null : v.denominator,
			status: small ? 'small' : null
		};
	});
}

/** A measure's own figure as a key figure: a target names it like any other. */
export function figureAsIndicator(f: MeasureFigure, values: readonly FigureValue[], area: string, source: string): Indicator {
	const periodKind = values.find((v) => v.figure === f.id)?.kind ?? 'year';
	return {
		id: f.id,
		own: { measure: f.measure, kind: f.kind, periodKind, example: f.example },
		title: f.title,
		title_en: f.title_en,
		area,
		unit: f.kind === 'share' ? '%' : (f.unit ?? ''),
		direction: f.direction,
		source,
		description: f.description ?? '',
		gender_split: false,
		similar_group: null,
		similar_theme: null,
		lag_years: 0,
		definition_retrieved: null,
		published_period: null,
		next_publication: null
	};
}

/** Its values as observations of the home municipality, in total: how targets read them. */
export function figureObservations(values: readonly FigureValue[], config: Pick<Config, 'municipality'>): Observation[] {
	return values.map((v) => ({ indicator: v.figure, municipality: config.municipality, period: v.time, gender: 'T', value: v.value, status: v.status }));
}
