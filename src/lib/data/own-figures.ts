/**
 * A measure's own figures (data/measure_figures.csv, data/measure_values.csv): the checks that
 * concern more than a cell, and the figures seen as key figures and their values as observations of
 * the home municipality, so that targets, trajectories and status work on them exactly as on
 * Kolada's. Small numbers are taken out before either (./suppression.ts).
 */
import type { Config, FigureValue, Indicator, MeasureFigure, Observation, WithheldStatus } from '../model/model';
import type { Period } from '../model/periods';
import type { Problem } from './problems';
import type { Located } from './table';

export interface RawFigureValue {
	figure: string;
	period: Period;
	value: number | null;
	denominator: number | null;
	status: WithheldStatus | null;
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
		if (v.value !== null && v.status !== null) at('status', 'value_and_mark', v.status, String(v.value));
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

/**
 * Totals and their parts (`part_of`): a part and its total are counts, a total is no part itself, and
 * where a period has the total and every part, the parts add up to it — what complementary
 * suppression relies on when it keeps a withheld part from being worked out by subtraction.
 */
export function partProblems(
	figures: readonly Located<MeasureFigure>[],
	values: readonly Located<RawFigureValue>[],
	paths: { figures: string; values: string },
	problems: Problem[]
): void {
	const byId = new Map(figures.map((f) => [f.value.id, f.value]));
	for (const { line, value: f } of figures) {
		if (f.part_of === null) continue;
		const total = byId.get(f.part_of);
		const at = (kind: Problem['kind'], detail?: string) =>
			problems.push({ file: paths.figures, line, column: 'part_of', kind, text: f.part_of!, ...(detail !== undefined ? { detail } : {}) });
		if (f.part_of === f.id) at('part_of_itself');
		else if (total && (f.kind !== 'count' || total.kind !== 'count')) at('part_of_not_count', f.kind !== 'count' ? f.id : total.id);
		else if (total && total.part_of !== null) at('part_of_nested', total.part_of);
	}
	const partsOf = new Map<string, string[]>();
	for (const f of byId.values())
		if (f.part_of !== null && f.part_of !== f.id && byId.get(f.part_of)?.part_of === null) partsOf.set(f.part_of, [...(partsOf.get(f.part_of) ?? []), f.id]);
	const valueAt = new Map(values.map((v) => [`${v.value.figure}|${v.value.period.code}`, v]));
	for (const [total, parts] of partsOf)
		for (const t of values.filter((v) => v.value.figure === total && v.value.value !== null)) {
			const found = parts.map((p) => valueAt.get(`${p}|${t.value.period.code}`)?.value.value ?? null);
			if (found.some((v) => v === null)) continue;
			const sum = (found as number[]).reduce((a, b) => a + b, 0);
			if (sum !== t.value.value)
				problems.push({ file: paths.values, line: t.line, column: 'value', kind: 'parts_not_total', text: String(t.value.value), detail: `${parts.join(' + ')} = ${sum}` });
		}
}
