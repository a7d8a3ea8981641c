/**
 * Imports follow the data: every import in src/ (static and dynamic) is checked against the table
 * "Who may import whom" in ARCHITECTURE.md, so the folders keep the promise they make to a reader;
 * the command-line scripts use the library, never a page; and no module imports itself round a
 * circle of other modules, types included.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The wings: each has an entry module (index.ts) that says what it offers the rest of Följupp. */
const WINGS = [
	'model',
	'data',
	'kolada',
	'effect',
	'upload',
	'workspace',
	'followup',
	'followup/views',
	'charts',
	'report',
	'publish',
	'audits'
];

function rules(): Map<string, Set<string>> {
	const doc = readFileSync('ARCHITECTURE.md', 'utf8');
	const section = doc.slice(doc.indexOf('### Who may import whom'));
	const table = section.slice(0, section.indexOf('\n\n', section.indexOf('|')));
	const out = new Map<string, Set<string>>();
	for (const m of table.matchAll(/^\| `([^`]+)` \| ([^|]+) \|$/gm)) {
		const allowed = m[2]!.trim() === '—' ? [] : m[2]!.split(',').map((s) => s.trim());
		out.set(
			m[1]!,
			new Set(allowed.map((a) => (a === 'routes' || a === 'lib' || a === 'params' ? `src/${a}` : `src/lib/${a}`)))
		);
	}
	return out;
}

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		return statSync(full).isDirectory() ? files(full) : /\.(ts|svelte)$/.test(name) ? [full] : [];
	});
}

/** The folder of the table a path belongs to: the longest that holds it. */
const folderOf = (path: string, folders: string[]) =>
	folders.filter((f) => path === f || path.startsWith(`${f}/`)).sort((a, b) => b.length - a.length)[0] ?? null;

function importsOf(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)].map((m) => m[1]!);
	return specs
		.filter((s) => !s.endsWith('.css'))
		.flatMap((s) => {
			if (s.startsWith('$lib/')) return [normalize(`src/lib/${s.slice(5)}`)];
			if (s.startsWith('.')) return [normalize(join(dirname(file), s))];
			return []; // packages and $app/…
		});
}

describe('imports follow the data', () => {
	const table = rules();
	const folders = [...table.keys()];

	it('the table in ARCHITECTURE.md names every folder of src/lib', () => {
		expect(table.size).toBeGreaterThan(10);
		for (const name of readdirSync('src/lib')) {
			if (statSync(join('src/lib', name)).isDirectory()) expect(table.has(`src/lib/${name}`), name).toBe(true);
		}
	});

	it('no import runs against it', () => {
		const wrong: string[] = [];
		for (const file of files('src')) {
			const from = folderOf(relative('.', file), folders);
			if (!from) {
				wrong.push(`${file}: in no folder of the table`);
				continue;
			}
			const allowed = table.get(from)!;
			for (const target of importsOf(file)) {
				const to = folderOf(target, folders);
				if (to === null || to === from) continue;
				// A folder may use what lies inside it (src → src/lib …) only when the table says so.
				if (!allowed.has(to) && ![...allowed].some((a) => to.startsWith(`${a}/`)))
					wrong.push(`${file} imports ${target} (${from} → ${to})`);
			}
		}
		expect(wrong).toEqual([]);
	});

	it('scripts/ reads the library, never a page or the app that runs only in the browser', () => {
		const wrong = files('scripts').flatMap((file) =>
			importsOf(file)
				.filter(
					(target) =>
						target.startsWith('src/') &&
						(!target.startsWith('src/lib/') || /^src\/lib\/(app|components|workspace\/components)\//.test(target))
				)
				.map((target) => `${file} imports ${target}`)
		);
		expect(wrong).toEqual([]);
	});

	it('no module is in a circle of imports, types included', () => {
		const all = files('src').map((f) => relative('.', f));
		const known = new Set(all);
		const resolve = (target: string) =>
			['', '.ts', '.svelte', '.js', '/index.ts'].map((e) => target + e).find((t) => known.has(t)) ?? null;
		const edges = new Map(
			all.map((f) => [
				f,
				importsOf(f)
					.map(resolve)
					.filter((t): t is string => t !== null)
			])
		);
		const cycles = circles(edges);
		expect(cycles).toEqual([]);
		// The check finds a circle where there is one.
		expect(
			circles(
				new Map([
					['a', ['b']],
					['b', ['c']],
					['c', ['a']]
				])
			)
		).toEqual(['a → b → c → a']);
	});

	it('a wing is used from outside only through what its entry module offers', () => {
		const wrong: string[] = [];
		for (const wing of WINGS) {
			const dir = `src/lib/${wing}`;
			const offered = new Set(importsOf(`${dir}/index.ts`).map((t) => t.replace(/\.svelte$/, '')));
			expect(offered.size, `${dir}/index.ts offers nothing`).toBeGreaterThan(0);
			for (const file of [...files('src'), ...files('scripts')]) {
				const at = relative('.', file);
				// followup/ and its views/ are two layers: each is the other's outside.
				if (at.startsWith(`${dir}/`) && !(wing === 'followup' && at.startsWith(`${dir}/views/`))) continue;
				for (const target of importsOf(file)) {
					const inner = wing === 'followup' && target.startsWith(`${dir}/views/`); // the views layer's own entry
					if (target.startsWith(`${dir}/`) && !inner && !offered.has(target.replace(/\.svelte$/, '')))
						wrong.push(`${relative('.', file)} imports ${target}, which ${dir}/index.ts does not offer`);
				}
			}
		}
		expect(wrong).toEqual([]);
	});

	it('catches an import against the flow (the check itself works)', () => {
		const allowed = table.get('src/lib/data')!;
		expect(allowed.has('src/lib/followup')).toBe(false);
		expect(folderOf('src/lib/followup/views/pages.ts', folders)).toBe('src/lib/followup/views');
		expect(importsOf('src/lib/followup/views/charts.ts')).toContain('src/lib/url/paths');
		// The upload's byte readers are its own: its entry module does not offer them.
		expect(importsOf('src/lib/upload/index.ts')).toContain('src/lib/upload/store');
		expect(importsOf('src/lib/upload/index.ts')).not.toContain('src/lib/upload/scan-bytes');
	});
});

/** Every circle in a graph of imports, once each, as "a → b → a". */
function circles(edges: Map<string, string[]>): string[] {
	const found = new Set<string>();
	const state = new Map<string, 'open' | 'done'>();
	const path: string[] = [];
	const visit = (node: string) => {
		state.set(node, 'open');
		path.push(node);
		for (const next of edges.get(node) ?? []) {
			if (state.get(next) === 'open') {
				const circle = path.slice(path.indexOf(next));
				const start = circle.indexOf([...circle].sort()[0]!);
				const turned = [...circle.slice(start), ...circle.slice(0, start)];
				found.add([...turned, turned[0]].join(' → '));
			} else if (!state.has(next)) visit(next);
		}
		path.pop();
		state.set(node, 'done');
	};
	for (const node of edges.keys()) if (!state.has(node)) visit(node);
	return [...found].sort();
}
