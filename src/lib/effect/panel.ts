/** A key figure as a panel of every municipality (kommun) by year: what the synthetic comparison is built from. */
import type { FollowUp } from '$lib/followup/followup';
import type { Gender } from '$lib/model/model';
import type { Panel } from './estimate';

export function municipalityPanel(f: FollowUp, indicator: string, gender: Gender): Panel {
	// Only municipalities: a region or Riket is an aggregate of them, never a donor.
	const units = f.data.municipalities.filter((m) => m.level === 'kommun').map((m) => m.code);
	const series = units.map((u) => f.index.points(indicator, u, gender));
	const periods = [...new Set(series.flatMap((s) => s.map((p) => p.period)))].sort((a, b) => a - b);
	const at = new Map(periods.map((p, i) => [p, i]));
	const values = series.map((s) => {
		const row: (number | null)[] = periods.map(() => null);
		for (const p of s) if (p.value !== null) row[at.get(p.period)!] = p.value;
		return row;
	});
	return { units, periods, values };
}
