/**
 * npm run check-data — checks every file in data/ with the same code the site builds with, and
 * lists each problem with file, line and column. Exit code 1 when there is any problem.
 * Runs before every build, so a bad file never becomes a site with wrong numbers.
 */
import { readDataDir, DATA_DIR } from '../src/lib/data/repository.server';
import { formatProblem } from '../src/lib/data/problems';

const lang = process.env.FOLJUPP_LANG === 'en' ? 'en' : 'sv';
const { dataset, problems } = readDataDir(DATA_DIR);
if (problems.length > 0) {
	const shown = problems.slice(0, 50);
	console.error(
		lang === 'sv'
			? `Datakontrollen hittade ${problems.length} problem i ${DATA_DIR}:`
			: `The data check found ${problems.length} problem(s) in ${DATA_DIR}:`
	);
	for (const p of shown) console.error('  ' + formatProblem(p, lang));
	if (problems.length > shown.length)
		console.error(lang === 'sv' ? `  … och ${problems.length - shown.length} till.` : `  … and ${problems.length - shown.length} more.`);
	process.exit(1);
}
if (dataset) {
	console.log(
		`Data OK: ${dataset.observations.length} observationer, ${dataset.indicators.length} nyckeltal, ` +
			`${dataset.measures.length} insatser, ${dataset.targets.length} effektmål.`
	);
}
