/**
 * The site's own published data files (`/data/<file>`), fetched from where the site is served: the one
 * way every browser reader gets them (the workspace, an upload shown on the pages, DuckDB's reference).
 */
import { base } from '$app/paths';

/** A published file's bytes; a file the site does not publish is an error naming it. */
export async function publishedBytes(file: string): Promise<Uint8Array> {
	const r = await fetch(`${base}/data/${file}`);
	if (!r.ok) throw new Error(`${file}: HTTP ${r.status}`);
	return new Uint8Array(await r.arrayBuffer());
}

/** A published file's text, or undefined where an optional file is not published. */
export async function publishedText(file: string, optional = false): Promise<string | undefined> {
	const r = await fetch(`${base}/data/${file}`);
	if (!r.ok && optional) return undefined;
	if (!r.ok) throw new Error(`${file}: HTTP ${r.status}`);
	return r.text();
}

/** Where the site is served: sites under other paths of one host keep their drafts apart by it. */
export const siteBase = () => base || '/';
