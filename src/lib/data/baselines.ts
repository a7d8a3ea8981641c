/**
 * A target's baseline is a published value: the key figure's value for the target's municipality,
 * gender and baseline year. An empty baseline is filled from the data; a baseline typed otherwise
 * than the published value (allowing for rounding to the decimals written) is named with both.
 */
import { isWithheld, type Observation, type Target } from '../model/model';
import type { Problem } from './problems';

/** A target as read: its baseline value may be empty, to be filled in. */
export type TargetAsRead = Omit<Target, 'baseline_value'> & { baseline_value: number | null };

const key = (indicator: string, municipality: string, gender: string, period: number) => `${indicator}|${municipality}|${gender}|${period}`;

/** Half a unit of the last decimal written: 6.1 stands for 6.05–6.15. */
const tolerance = (v: number) => {
	const decimals = (String(v).split('.')[1] ?? '').length;
	return 0.5 * 10 ** -decimals + 1e-12;
};

export function settleBaselines(
	targets: readonly { line: number; value: TargetAsRead }[],
	observations: readonly Observation[],
	file: string
): { targets: Target[]; problems: Problem[] } {
	const published = new Map<string, number | null>();
	const small = new Set<string>();
	const wanted = new Set(targets.map(({ value: t }) => key(t.indicator, t.municipality, t.gender, t.baseline_period)));
	for (const o of observations) {
		const k = key(o.indicator, o.municipality, o.gender, o.period);
		if (!wanted.has(k)) continue;
		published.set(k, o.value);
		if (isWithheld(o.status)) small.add(k);
	}
	const problems: Problem[] = [];
	const settled: Target[] = [];
	for (const { line, value: t } of targets) {
		// A baseline that is a small number about people would show it on every page of the target.
		if (small.has(key(t.indicator, t.municipality, t.gender, t.baseline_period))) {
			problems.push({ file, line, column: 'baseline_period', kind: 'baseline_small', text: t.baseline_value === null ? '' : String(t.baseline_value) });
			continue;
		}
		const value = published.get(key(t.indicator, t.municipality, t.gender, t.baseline_period)) ?? null;
		if (t.baseline_value === null) {
			if (value === null) problems.push({ file, line, column: 'baseline_value', kind: 'baseline_unknown', text: '' });
			else settled.push({ ...t, baseline_value: value });
			continue;
		}
		if (value !== null && Math.abs(t.baseline_value - value) > tolerance(t.baseline_value))
			problems.push({ file, line, column: 'baseline_value', kind: 'baseline_differs', text: String(t.baseline_value), detail: String(value) });
		settled.push({ ...t, baseline_value: t.baseline_value });
	}
	return { targets: settled, problems };
}
