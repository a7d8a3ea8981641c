/**
 * npm run large-upload -- <rows> <out.csv> [excel]
 *
 * Writes a Kolada-shaped file of <rows> rows for benchmarks and trials of big uploads, built only
 * from real Kolada values: the real rows first, then copies of them until there are enough. Every
 * value, municipality code and gender is real; only the copies' years or key-figure ids are not.
 *
 * The source is, in this order: FOLJUPP_SHARED_OBSERVATIONS, ../shared/data/observations.csv (421 547
 * values of 74 key figures, beside the repository where Följupp is developed; copies move the years
 * 30, 60 … on), or the repository's own data/observations.csv (about 113 000 values of the demo's
 * key figures: copies keep the years and give the key figures other first letters, `N02797` →
 * `Z02797`, so that a clone of Följupp needs nothing else). With `excel`, the file is written as
 * Swedish Excel would (`;`, decimal comma, UTF-8 with BOM).
 */
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';

const [rowsArg, out, style] = process.argv.slice(2);
const wanted = Number(rowsArg);
if (!Number.isInteger(wanted) || wanted <= 0 || !out) {
	console.error('Usage: npm run large-upload -- <rows> <out.csv> [excel]');
	process.exit(1);
}
const SHARED = '../shared/data/observations.csv';
const SOURCE = process.env.FOLJUPP_SHARED_OBSERVATIONS ?? (existsSync(SHARED) ? SHARED : 'data/observations.csv');
const excel = style === 'excel';

// Kolada's layout (kpi_id, municipality_code, period, gender, value, …) or the repository's (indicator, …, value, status).
const real: string[][] = [];
let header: string[] | null = null;
for await (const line of createInterface({ input: createReadStream(SOURCE) })) {
	const cells = line.split(',');
	if (!header) {
		header = cells;
		continue;
	}
	// A value that Kolada marks as missing has none to copy.
	if (cells.length < 5 || cells[4] === '') continue;
	real.push(cells.slice(0, 5));
}
const moveYears = header?.[0] === 'kpi_id';

const file = createWriteStream(out);
const write = (s: string) =>
	file.write(s) ? Promise.resolve() : new Promise<void>((r) => file.once('drain', () => r()));
await write(excel ? '\ufeffnyckeltal;kommun;år;kön;värde\r\n' : 'indicator,municipality,period,gender,value\n');
// The first letters of the copies' key figures: none that Kolada uses (N, U).
const LETTERS = 'NZYXWVQPOJ';
let n = 0;
for (let copy = 0; n < wanted; copy++) {
	if (!moveYears && copy >= LETTERS.length) {
		console.error(`${SOURCE} gives at most ${n} rows this way.`);
		process.exit(1);
	}
	for (const [kpi, code, period, gender, value] of real) {
		if (n >= wanted) break;
		const id = moveYears || copy === 0 ? kpi! : LETTERS[copy] + kpi!.slice(1);
		const p = moveYears ? Number(period) + 30 * copy : Number(period);
		await write(
			excel ? `${id};${code};${p};${gender};${value!.replace('.', ',')}\r\n` : `${id},${code},${p},${gender},${value}\n`
		);
		n++;
	}
}
file.end();
await new Promise<void>((r) => file.on('finish', () => r()));
console.log(`${out}: ${n} rows from ${SOURCE}`);
