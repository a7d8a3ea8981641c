/**
 * An estimate as one tidy CSV — `what,unit,period,value`, one value a line: the unit's actual values,
 * its synthetic comparison and the gap per period, each donor's weight, and every kept placebo's gap —
 * so that an evaluator can redo the figure or the test with their own tools. `npm run effect` writes it,
 * and the site publishes it per target (/diagram/effekt/<target>.csv).
 */
import type { Estimate } from './estimate';

const quote = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function effectCsv(e: Estimate): string {
	const unit = quote(e.unit);
	const lines = ['what,unit,period,value'];
	e.periods.forEach((p, t) => {
		lines.push(`actual,${unit},${p},${e.actual[t]}`);
		lines.push(`synthetic,${unit},${p},${e.synthetic[t]}`);
		lines.push(`gap,${unit},${p},${e.gaps[t]}`);
	});
	for (const w of e.weights) lines.push(`weight,${quote(w.unit)},,${w.weight}`);
	for (const pg of e.placebos.gaps)
		e.periods.forEach((p, t) => lines.push(`placebo_gap,${quote(pg.unit)},${p},${pg.gaps[t]}`));
	return lines.join('\n') + '\n';
}
