/** One value per row: `nyckeltal;kommun;år;kön;värde;status` (kön and status may be missing). */
import type { CsvLayout } from './layout';

export const tidy: CsvLayout = {
	id: 'tidy',
	detect: () => true,
	required: ['indicator', 'municipality', 'period', 'value'],
	extra: () => [],
	valueColumns: (shape) => (shape.columns.value === undefined ? [] : [shape.columns.value]),
	long: (shape, common) => {
		const cp = shape.columns.period!;
		const cv = shape.columns.value!;
		return `SELECT rowid AS rn, ${cv} AS vcol, ${cp} AS pcol, ${common}, c${cp} AS r_period, c${cv} AS r_value FROM stage_raw`;
	},
	quick: true
};
