/**
 * npm run check-data [file …]
 *
 * Without files: checks everything in data/ — every file against its format and every reference
 * between files, and data/observations.csv once more through the upload importer — and lists each
 * problem with file, line and column. Runs before every build, so a bad file never becomes a site
 * with wrong numbers.
 *
 * With files: checks each as the upload page would (the same DuckDB SQL and the same messages),
 * against the key figures and municipalities in data/, and tells what it would change. For
 * officials before they publish, and for CI. Exit code 1 when there is any error.
 *
 * With a workbook (.xlsx, as the workspace exports it), or one of the workspace's files as CSV
 * (measures, targets, follow-ups, a measure's own figures or values): checks its sheets in place of
 * those files with the rest of data/, problems by sheet, row and column; when there is none, writes
 * them to data/ and says what changed. A row of data/ the file lacks is not removed unless --remove
 * says so; a value the site published as too small to show keeps the number data/ has.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readDataDir, DATA_DIR, dirLabel } from '../src/lib/data/repository.server';
import { SCHEMAS, type DataFile } from '../src/lib/data/load';
import { fixCsv, type Fixed } from '../src/lib/data/fix';
import { formatProblem, isError, type Problem } from '../src/lib/data/problems';
import { ObservationStore } from '../src/lib/upload/store';
import { referenceOf, type StageReport } from '../src/lib/upload/report';
import { NodeEngine } from './lib/node-engine';

const lang = process.env.FOLJUPP_LANG === 'en' ? 'en' : 'sv';
const sv = lang === 'sv';
const files = process.argv.slice(2).filter((a) => !a.startsWith('-'));

// --fix: files saved the way Swedish Excel saves them are rewritten in the repository's format first —
// but only when the folder, with them rewritten, has no error: a file that cannot be read cleanly is
// left exactly as it is, so nothing is changed by a run that reports an error.
if (process.argv.includes('--fix')) {
	const words = {
		encoding: sv ? 'från Windows-1252 till UTF-8' : 'from Windows-1252 to UTF-8',
		delimiter: sv ? 'kommatecken i stället för semikolon' : 'commas instead of semicolons',
		decimal: sv ? 'decimalpunkt i talkolumnerna' : 'decimal points in the number columns',
		line_ends: sv ? 'LF-radslut' : 'LF line ends'
	};
	const fixes = Object.entries(SCHEMAS)
		.filter(([name]) => existsSync(join(DATA_DIR, name)))
		.map(([name, schema]) => ({
			name: name as DataFile,
			fixed: fixCsv(new Uint8Array(readFileSync(join(DATA_DIR, name))), schema)
		}))
		.filter((f): f is { name: DataFile; fixed: Fixed } => f.fixed !== null);
	if (fixes.length) {
		const after = readDataDir(DATA_DIR, Object.fromEntries(fixes.map((f) => [f.name, f.fixed.text])));
		const errors = after.problems.filter(isError);
		if (errors.length) {
			list(
				sv
					? `--fix skrev inte om något: ${fixes.map((f) => f.name).join(', ')} skulle ha skrivits om, men mappen har fel. Rätta dem (raderna är desamma före och efter), och kör --fix igen:`
					: `--fix rewrote nothing: ${fixes.map((f) => f.name).join(', ')} would have been rewritten, but the folder has errors. Fix them (the lines are the same before and after), and run --fix again:`,
				errors
			);
			process.exit(1);
		}
		for (const { name, fixed } of fixes) {
			const path = join(DATA_DIR, name);
			copyFileSync(path, `${path}.bak`);
			writeFileSync(path, fixed.text);
			console.log(
				sv
					? `${dirLabel(DATA_DIR)}/${name}: omskriven (${fixed.changes.map((c) => words[c]).join(', ')}; UTF-8 med BOM, så att Excel läser å, ä och ö rätt). Originalet finns kvar som ${name}.bak.`
					: `${dirLabel(DATA_DIR)}/${name}: rewritten (${fixed.changes.map((c) => words[c]).join(', ')}; UTF-8 with a BOM, so that Excel reads å, ä and ö right). The original is kept as ${name}.bak.`
			);
		}
	}
}

// A workbook, or a CSV file of the workspace's (a measure's own values, say), is written to data/ once it checks.
const { sniffEditable } = await import('../src/lib/workspace/import');
const isEditableCsv = (f: string) => {
	if (!f.toLowerCase().endsWith('.csv') || !existsSync(f)) return false;
	const kind = sniffEditable(new Uint8Array(readFileSync(f).subarray(0, 4096)));
	return kind !== null && kind !== 'workbook';
};
const workbook = files.find((f) => f.toLowerCase().endsWith('.xlsx') || isEditableCsv(f));
if (workbook) process.exit(await importWorkbook(workbook));

const { dataset, problems } = readDataDir(DATA_DIR);
if (!dataset) {
	list(
		sv
			? `Datakontrollen hittade ${problems.length} problem i ${DATA_DIR}:`
			: `The data check found ${problems.length} problem(s) in ${DATA_DIR}:`,
		problems
	);
	process.exit(1);
}
for (const w of problems) console.warn((sv ? 'Obs: ' : 'Note: ') + formatProblem(w, lang));

const engine = await NodeEngine.create();
const store = new ObservationStore(engine, referenceOf(dataset));
const published = readFileSync(`${DATA_DIR}/observations.csv`);
await store.init(published);

let failed = false;
if (files.length === 0) {
	const report = await store.stage(published, 'data/observations.csv');
	if (!report.ok) fail(report);
	else
		console.log(
			sv
				? `Data OK: ${dataset.observations.length} observationer, ${dataset.indicators.length} nyckeltal, ${dataset.measures.length} insatser, ${dataset.targets.length} effektmål.`
				: `Data OK: ${dataset.observations.length} observations, ${dataset.indicators.length} key figures, ${dataset.measures.length} measures, ${dataset.targets.length} targets.`
		);
} else {
	for (const file of files) {
		if (!existsSync(file)) {
			console.error(sv ? `${file}: filen finns inte.` : `${file}: no such file.`);
			failed = true;
			continue;
		}
		const report = await store.stage(new Uint8Array(readFileSync(file)), basename(file));
		const warnings = report.problems.filter((p) => !isError(p));
		if (!report.ok) fail(report);
		else {
			for (const w of warnings) console.warn('  ' + formatProblem(w, lang, report.lineUnit));
			console.log(summary(file, report));
		}
	}
}
engine.close();
process.exit(failed ? 1 : 0);

function fail(report: StageReport) {
	failed = true;
	const more = report.problemCount - report.problems.length;
	list(
		sv ? `${report.fileName}: ${report.errorCount} fel.` : `${report.fileName}: ${report.errorCount} error(s).`,
		report.problems,
		more,
		report.lineUnit
	);
}

function list(title: string, problems: Problem[], more = 0, unit: StageReport['lineUnit'] = 'line') {
	const shown = problems.slice(0, 50);
	console.error(title);
	for (const p of shown) console.error('  ' + formatProblem(p, lang, unit));
	const rest = problems.length - shown.length + more;
	if (rest > 0) console.error(sv ? `  … och ${rest} till.` : `  … and ${rest} more.`);
}

function summary(file: string, r: StageReport): string {
	const p = r.preview!;
	const sum = (k: 'new' | 'changed' | 'unchanged') => p.indicators.filter((i) => i.known).reduce((n, i) => n + i[k], 0);
	const unknown = p.indicators.filter((i) => !i.known);
	const years = p.periods.length ? `${p.periods[0]}–${p.periods.at(-1)}` : '';
	const lines = sv
		? [
				`${file}: OK. ${r.rowsRead} rader, ${p.values} värden, ${p.municipalities} kommuner, ${years}.`,
				`  Mot data/: ${sum('new')} nya, ${sum('changed')} ändrade, ${sum('unchanged')} oförändrade värden.`
			]
		: [
				`${file}: OK. ${r.rowsRead} rows, ${p.values} values, ${p.municipalities} municipalities, ${years}.`,
				`  Against data/: ${sum('new')} new, ${sum('changed')} changed, ${sum('unchanged')} unchanged values.`
			];
	if (unknown.length)
		lines.push(
			sv
				? `  Nyckeltal som inte finns i data/indicators.csv (läggs inte in förrän de beskrivs där): ${unknown.map((i) => i.id).join(', ')}.`
				: `  Key figures not in data/indicators.csv (not added until described there): ${unknown.map((i) => i.id).join(', ')}.`
		);
	return lines.join('\n');
}

/** npm run check-data -- arbetsbok.xlsx: the workbook's sheets checked with data/, then written there. */
async function importWorkbook(path: string): Promise<number> {
	const [{ readWorkbook }, { checkImport }, { differences, keepUnchanged }, { parseRaw, writeRaw }, { DATA_FILES }] =
		await Promise.all([
			import('../src/lib/workspace/workbook'),
			import('../src/lib/workspace/import'),
			import('../src/lib/workspace/merge'),
			import('../src/lib/workspace/rows'),
			import('../src/lib/data/load')
		]);
	if (!existsSync(path)) {
		console.error(sv ? `${path}: filen finns inte.` : `${path}: no such file.`);
		return 1;
	}
	const bytes = new Uint8Array(readFileSync(path));
	const read = path.toLowerCase().endsWith('.xlsx')
		? await readWorkbook(basename(path), bytes)
		: await import('../src/lib/workspace/import').then(({ readImportCsv }) => {
				const r = readImportCsv(basename(path), bytes);
				return r.ok ? { ok: true as const, sheets: [{ file: r.file, name: basename(path), text: r.text }] } : r;
			});
	if (!read.ok) {
		list(sv ? `${path} kan inte läsas:` : `${path} cannot be read:`, read.problems);
		return 1;
	}
	const published = Object.fromEntries(
		DATA_FILES.filter((f) => existsSync(join(DATA_DIR, f))).map((f) => [f, readFileSync(join(DATA_DIR, f), 'utf8')])
	);
	const today = process.env.FOLJUPP_TODAY ?? new Date().toISOString().slice(0, 10);
	const problems = checkImport(read.sheets, published, {}, today, 'check', 'replace');
	const errors = problems.filter(isError);
	for (const w of problems.filter((p) => !isError(p))) console.warn((sv ? 'Obs: ' : 'Note: ') + formatProblem(w, lang));
	if (errors.length) {
		list(
			sv
				? `${path}: ${errors.length} fel. Inget skrevs till ${dirLabel(DATA_DIR)}/.`
				: `${path}: ${errors.length} error(s). Nothing was written to ${dirLabel(DATA_DIR)}/.`,
			errors
		);
		return 1;
	}
	const changes = read.sheets.map((sheet) => ({
		sheet,
		...differences(sheet.file, parseRaw(published[sheet.file] ?? ''), parseRaw(sheet.text))
	}));
	const removing = changes.filter((c) => c.removed.length);
	if (removing.length && !process.argv.includes('--remove')) {
		console.error(
			removing
				.map((c) =>
					sv
						? `${c.sheet.name} saknar ${c.removed.length} rader som finns i ${dirLabel(DATA_DIR)}/${c.sheet.file}: ${c.removed.join(', ')}.`
						: `${c.sheet.name} lacks ${c.removed.length} row(s) that ${dirLabel(DATA_DIR)}/${c.sheet.file} has: ${c.removed.join(', ')}.`
				)
				.join('\n') +
				(sv
					? '\nLägg tillbaka dem, eller kör igen med --remove om de ska tas bort. Inget skrevs.'
					: '\nPut them back, or run again with --remove if they are to go. Nothing was written.')
		);
		return 1;
	}
	for (const c of changes) {
		// A row the workbook did not change is written as it stood, so the file's history shows only real changes.
		const table = keepUnchanged(c.sheet.file, parseRaw(published[c.sheet.file] ?? ''), parseRaw(c.sheet.text));
		writeFileSync(join(DATA_DIR, c.sheet.file), writeRaw(table.columns, table.rows).text);
		console.log(
			sv
				? `${dirLabel(DATA_DIR)}/${c.sheet.file} från ${c.sheet.name}: ${c.added.length} nya, ${c.changed.length} ändrade, ${c.removed.length} borttagna rader.`
				: `${dirLabel(DATA_DIR)}/${c.sheet.file} from ${c.sheet.name}: ${c.added.length} new, ${c.changed.length} changed, ${c.removed.length} removed rows.`
		);
	}
	return 0;
}
