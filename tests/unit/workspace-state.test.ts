/**
 * The workspace's state with its side effects passed in (the published files, the storage, the clock),
 * as the page uses it: drafts kept at every change and read back, drafts published since let go, a
 * file that cannot be fetched said as a failure, storage that refuses said as not kept.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Workspace, type WorkspaceEffects } from '$lib/workspace/workspace.svelte';
import { OPTIONAL_FILES, type DataFile } from '$lib/data/load';
import { parseRaw } from '$lib/workspace/rows';

const NOW = new Date('2026-11-29T10:00:00Z');

function effects(
	over: Partial<WorkspaceEffects> = {},
	store = new Map<string, unknown>()
): WorkspaceEffects & { store: Map<string, unknown> } {
	return {
		published: async (file: DataFile, optional: boolean) => {
			try {
				return readFileSync(`data/${file}`, 'utf8');
			} catch (e) {
				if (optional) return undefined;
				throw e;
			}
		},
		site: '/uppfoljning',
		storage: {
			read: (key) => store.get(key) ?? null,
			write: (key, value) => (store.set(key, JSON.parse(JSON.stringify(value))), true),
			onChange: () => undefined
		},
		now: () => NOW,
		store,
		...over
	};
}
const KEY = '/uppfoljning:1488';
const measures = parseRaw(readFileSync('data/measures.csv', 'utf8'));

describe('the workspace with its side effects passed in', () => {
	it('keeps a change at once under the site and municipality, dated by the clock, and reads it back', async () => {
		const fx = effects();
		const ws = new Workspace(fx);
		await ws.load();
		expect(ws.status).toBe('ready');
		expect(ws.today).toBe('2026-11-29');
		const m01 = measures.rows.find((r) => r.id === 'm01')!;
		ws.set('measures.csv', 'm01', { ...m01, status: 'finished' });
		const kept = fx.store.get(`foljupp:${KEY}:drafts`) as {
			drafts: Record<string, Record<string, { changed: string; row: Record<string, string> }>>;
		};
		expect(kept.drafts['measures.csv']!.m01).toMatchObject({ changed: NOW.toISOString(), row: { status: 'finished' } });
		const again = new Workspace(effects({}, fx.store));
		await again.load();
		expect(again.isDraft('measures.csv', 'm01')).toBe(true);
		expect(again.row('measures.csv', 'm01')?.status).toBe('finished');
	});

	it('lets go of a draft that the published file now holds, in storage too', async () => {
		const m01 = measures.rows.find((r) => r.id === 'm01')!;
		const store = new Map<string, unknown>([
			[
				`foljupp:${KEY}:drafts`,
				{ version: 1, drafts: { 'measures.csv': { m01: { row: { ...m01 }, changed: '2026-11-01T00:00:00Z' } } } }
			]
		]);
		const ws = new Workspace(effects({}, store));
		await ws.load();
		expect(ws.count).toBe(0);
		expect(store.get(`foljupp:${KEY}:drafts`)).toEqual({ version: 1, drafts: {} });
	});

	it('a published file that cannot be fetched is a failure, not a half-read workspace', async () => {
		const ws = new Workspace(
			effects({
				published: async (f) =>
					f === 'targets.csv' ? Promise.reject(new Error('targets.csv: HTTP 500')) : readFileSync(`data/${f}`, 'utf8')
			})
		);
		const quiet = console.error;
		console.error = () => undefined;
		await ws.load();
		console.error = quiet;
		expect(ws.status).toBe('failed');
	});

	it('storage that refuses is said: the change is not kept', async () => {
		const ws = new Workspace(effects({ storage: { read: () => null, write: () => false, onChange: () => undefined } }));
		await ws.load();
		expect(ws.kept).toBe(true);
		ws.set('measures.csv', 'm99', { ...measures.rows[0]!, id: 'm99' });
		expect(ws.kept).toBe(false);
	});

	it('an optional file the site does not publish is no failure', async () => {
		const ws = new Workspace(
			effects({
				published: async (f, optional) =>
					OPTIONAL_FILES.includes(f) && optional ? undefined : readFileSync(`data/${f}`, 'utf8')
			})
		);
		await ws.load();
		expect(ws.status).toBe('ready');
	});
});
