/**
 * npm run large-upload -- <rows> <out.csv> [excel]
 *
 * Writes a Kolada-shaped file of <rows> rows for benchmarks and trials of big uploads, built only
 * from the real values in ../shared/data/observations.csv (421 547 of them): the real rows first,
 * then the same rows again with their periods moved 30, 60, … years on, until there are enough.
 * So every value, code and gender is real; only the later copies' years are not. With `excel`,
 * the file is written as Swedish Excel would (`;`, decimal comma, Windows-1252 is not needed for
 * these ASCII rows, so UTF-8 with BOM).
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';

const [rowsArg, out, style] = process.argv.slice(2);
const wanted = Number(rowsArg);
if (!Number.isInteger(wanted) || wanted <= 0 || !out) {
	console.error('Usage: npm run large-upload -- <rows> <out.csv> [excel]');
	process.exit(1);
}
const SOURCE = process.env.FOLJUPP_SHARED_OBSERVATIONS ?? '../shared/data/observations.csv';
const excel = style === 'excel';

const real: string[][] = [];
for await (const line of createInterface({ input: createReadStream(SOURCE) })) {
	const cells = line.split(',');
	if (cells[0] === 'kpi_id' || cells.length < 5) continue;
	real.push(cells.slice(0, 5));
}

const file = createWriteStream(out);
const write = (s: string) => (file.write(s) ? Promise.resolve() : new Promise<void>((r) => file.once('drain', () => r())));
await write(excel ? '\ufeffnyckeltal;kommun;år;kön;värde\r\n' : 'indicator,municipality,period,gender,value\n');
let n = 0;
for (let shift = 0; n < wanted; shift += 30) {
	for (const [kpi, code, period, gender, value] of real) {
		if (n >= wanted) break;
		const p = Number(period) + shift;
		await write(excel ? `${kpi};${code};${p};${gender};${value!.replace('.', ',')}\r\n` : `${kpi},${code},${p},${gender},${value}\n`);
		n++;
	}
}
file.end();
await new Promise((r) => file.on('finish', r));
console.log(`${out}: ${n} rows`);
