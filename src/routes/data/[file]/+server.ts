/**
 * The published data files, as open data and for DuckDB in the browser: data/ copied into the
 * static site at build time, after the check that stops a bad file.
 */
import { error } from '@sveltejs/kit';
import { dataset, publishedFileText } from '$lib/data/repository.server';
import { DATA_FILES, type DataFile } from '$lib/data/load';

export const prerender = true;
export const trailingSlash = 'never';

export const entries = () => DATA_FILES.map((file) => ({ file }));

export const GET = ({ params }) => {
	if (!(DATA_FILES as readonly string[]).includes(params.file)) error(404, 'Okänd fil');
	dataset(); // a file that fails the check is never published
	const type = params.file.endsWith('.json') ? 'application/json' : 'text/csv';
	return new Response(publishedFileText(params.file as DataFile), {
		headers: { 'content-type': `${type}; charset=utf-8` }
	});
};
