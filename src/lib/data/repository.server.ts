/**
 * The build's one way to the data: reads data/ from disk once per build and checks it.
 * A bad file stops the build with the problems listed, never a site with wrong numbers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DATA_FILES, loadDataset, type DataFile, type LoadResult } from './load';
import type { Dataset } from './model';
import { formatProblem } from './problems';

export const DATA_DIR = resolve(process.env.FOLJUPP_DATA ?? 'data');

export function readDataDir(dir = DATA_DIR): LoadResult {
	const files: Partial<Record<DataFile, string>> = {};
	for (const f of DATA_FILES) {
		if (existsSync(resolve(dir, f))) files[f] = readFileSync(resolve(dir, f), 'utf8');
	}
	return loadDataset(files, 'data');
}

export class DataError extends Error {}

let cached: Dataset | null = null;

export function dataset(): Dataset {
	if (cached) return cached;
	const { dataset, problems } = readDataDir();
	if (!dataset) {
		const shown = problems.slice(0, 20).map((p) => formatProblem(p)).join('\n');
		const more = problems.length > 20 ? `\n… och ${problems.length - 20} problem till` : '';
		throw new DataError(`Data i data/ har fel:\n${shown}${more}`);
	}
	cached = dataset;
	return dataset;
}

export function dataFileText(name: DataFile, dir = DATA_DIR): string {
	return readFileSync(resolve(dir, name), 'utf8');
}
