/**
 * A long-format panel (`unit, period, value` by default) read from CSV for `npm run effect`: comma or
 * semicolon separated, a decimal comma accepted where the separator is a semicolon, Kolada's marks
 * (`..`, `-`, `.`) and empty cells read as missing. Anything else that is not a number, a period that
 * is not a whole number, or the same unit and period twice is a problem naming its line and column:
 * no estimate is made from a panel with a problem.
 */
import Papa from 'papaparse';
import type { Panel } from './estimate';

export interface PanelColumns {
	unit: string;
	period: string;
	value: string;
}

export interface PanelProblem {
	line: number | null;
	column: string | null;
	message: string;
}

const MISSING = new Set(['', '..', '-', '.']);

export function readPanelCsv(
	text: string,
	columns: PanelColumns = { unit: 'unit', period: 'period', value: 'value' }
): { panel: Panel | null; problems: PanelProblem[] } {
	const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
		header: true,
		skipEmptyLines: true,
		delimitersToGuess: [',', ';', '\t']
	});
	const semicolon = parsed.meta.delimiter === ';';
	const fields = parsed.meta.fields ?? [];
	const absent = Object.values(columns).filter((c) => !fields.includes(c));
	if (absent.length)
		return {
			panel: null,
			problems: [
				{
					line: 1,
					column: null,
					message: `no column ${absent.map((c) => `"${c}"`).join(', ')}; the file has ${fields.map((c) => `"${c}"`).join(', ') || 'no header'}. Name the columns with --unit-column, --period-column and --value.`
				}
			]
		};
	const problems: PanelProblem[] = [];
	const seen = new Map<string, number>();
	const at = new Map<string, number | null>();
	const units = new Set<string>();
	const periods = new Set<number>();
	parsed.data.forEach((row, i) => {
		const line = i + 2;
		const unit = (row[columns.unit] ?? '').trim();
		const periodText = (row[columns.period] ?? '').trim();
		const valueText = (row[columns.value] ?? '').trim();
		if (!unit) return void problems.push({ line, column: columns.unit, message: 'the unit is empty' });
		const period = Number(periodText);
		if (!/^-?\d+$/.test(periodText))
			return void problems.push({
				line,
				column: columns.period,
				message: `"${periodText.slice(0, 40)}" is not a whole number (a year)`
			});
		let value: number | null = null;
		if (!MISSING.has(valueText)) {
			const n = Number(semicolon ? valueText.replace(',', '.') : valueText);
			if (!Number.isFinite(n) || valueText === '')
				return void problems.push({
					line,
					column: columns.value,
					message: `"${valueText.slice(0, 40)}" is not a number (leave it empty, or write .. for a missing value)`
				});
			value = n;
		}
		const key = `${unit}\u0000${period}`;
		const before = seen.get(key);
		if (before !== undefined)
			return void problems.push({
				line,
				column: null,
				message: `${unit} ${period} is given twice (lines ${before} and ${line}); keep one`
			});
		seen.set(key, line);
		at.set(key, value);
		units.add(unit);
		periods.add(period);
	});
	for (const e of parsed.errors.slice(0, 5))
		problems.push({ line: e.row === undefined ? null : e.row + 2, column: null, message: e.message });
	if (problems.length) return { panel: null, problems };
	const unitList = [...units];
	const periodList = [...periods].sort((a, b) => a - b);
	return {
		panel: {
			units: unitList,
			periods: periodList,
			values: unitList.map((u) => periodList.map((p) => at.get(`${u}\u0000${p}`) ?? null))
		},
		problems
	};
}
