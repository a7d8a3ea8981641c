/**
 * Small numbers about people are never published. They are taken out here, when the data is read,
 * so that no page, chart, file, report or published data file can show them: the value becomes null
 * with the status `small`, or `secondary` for a value withheld only to protect a small one.
 *
 * Primary: a count under the threshold; a share or mean of fewer people than that; a share whose
 * people, or the rest of its denominator, are fewer than that (10 % of 30 is 3).
 * Complementary (as statistical offices do it): where a total and its parts (`part_of`) add up, a
 * withheld cell among them could be worked out by subtraction, so another is withheld too — the
 * smallest part still shown, which costs the reader least.
 */
import type { FigureValue, MeasureFigure, WithheldStatus } from '../model/model';
import { periodTime } from '../model/periods';
import type { RawFigureValue } from './own-figures';

/** The values as the site may show them: under the threshold, or leading back to it, no number at all. */
export function suppressSmall(figures: readonly MeasureFigure[], values: readonly RawFigureValue[], threshold: number): FigureValue[] {
	const kindOf = new Map(figures.map((f) => [f.id, f.kind]));
	const status = values.map((v) => primary(v, kindOf.get(v.figure), threshold));
	complementary(figures, values, status, threshold);
	return values.map((v, i) => {
		const withheld = status[i]!;
		return {
			figure: v.figure,
			period: v.period.code,
			kind: v.period.kind,
			time: periodTime(v.period),
			value: withheld ? null : v.value,
			denominator: withheld || (v.denominator !== null && v.denominator < threshold) ? null : v.denominator,
			status: withheld
		};
	});
}

function primary(v: RawFigureValue, kind: MeasureFigure['kind'] | undefined, threshold: number): WithheldStatus | null {
	if (v.status !== null) return v.status;
	const smallCount = kind === 'count' && v.value !== null && v.value < threshold;
	const fewPeople = kind !== 'count' && v.denominator !== null && v.denominator < threshold;
	// A share and its denominator give the people behind it (10 % of 30 is 3) and behind the rest (90 %
	// of 30 leaves 3): either under the threshold withholds the share and its denominator.
	const behind = kind === 'share' && v.value !== null && v.denominator !== null ? Math.round((v.value / 100) * v.denominator) : null;
	const fewBehind = behind !== null && (behind < threshold || v.denominator! - behind < threshold);
	return smallCount || fewPeople || fewBehind ? 'small' : null;
}

/**
 * Per total and period: total = sum of the parts, one equation. It gives a withheld cell away when it
 * is the only cell not shown, and, with the total shown, it gives the withheld parts' sum: fewer people
 * than the threshold is a small number too. Either way the smallest part still shown is withheld as
 * well, until neither holds. A cell never given stays an unknown no one can solve for. A total is no
 * part itself (checked), so the equations are apart and one pass settles each.
 */
function complementary(
	figures: readonly MeasureFigure[],
	values: readonly RawFigureValue[],
	status: (WithheldStatus | null)[],
	threshold: number
): void {
	const totals = new Set(figures.filter((f) => f.part_of !== null && f.part_of !== f.id).map((f) => f.part_of!));
	const index = new Map(values.map((v, i) => [`${v.figure}|${v.period.code}`, i]));
	const value = (i: number) => values[i]!.value!;
	for (const total of totals) {
		const parts = figures.filter((f) => f.part_of === total && f.id !== total).map((f) => f.id);
		const periods = new Set(values.filter((v) => v.figure === total || parts.includes(v.figure)).map((v) => v.period.code));
		for (const period of periods) {
			const cells = [total, ...parts].map((f) => index.get(`${f}|${period}`));
			if (cells.some((i) => i === undefined || values[i]!.value === null)) continue;
			const [totalCell, ...partCells] = cells as number[];
			for (;;) {
				const withheld = partCells.filter((i) => status[i] !== null);
				const totalShown = status[totalCell!] === null;
				if (withheld.length === 0 && totalShown) break;
				const unknown = withheld.length + (totalShown ? 0 : 1);
				const sum = withheld.reduce((a, i) => a + value(i), 0);
				if (unknown >= 2 && (!totalShown || sum >= threshold)) break;
				const shown = partCells.filter((i) => status[i] === null).sort((a, b) => value(a) - value(b));
				const next = shown[0] ?? (totalShown ? totalCell : undefined);
				if (next === undefined) break;
				status[next] = 'secondary';
			}
		}
	}
}
