/**
 * The upload page's workflow (check → preview → apply → keep → undo) on the Node engine, with the
 * browser's storage replaced by a record of what was kept: what an official does, step by step.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NodeEngine } from '../../scripts/lib/node-engine';
import { readDataDir } from '$lib/data/repository.server';
import type { KeptUpload } from '$lib/upload/kept';
import { ObservationStore } from '$lib/upload/store';
import { referenceOf } from '$lib/upload/report';
import { UploadFlow, type Phase, type PickedFile, type UploadDeps } from '$lib/upload/workflow';

const { dataset } = readDataDir('data');
const published = readFileSync('data/observations.csv');
let engine: NodeEngine;
let store: ObservationStore;

beforeAll(async () => {
	engine = await NodeEngine.create();
	store = new ObservationStore(engine, referenceOf(dataset!));
	await store.init(published);
});
afterAll(() => engine.close());
beforeEach(() => store.undo());

const file = (name: string, text: string, size?: number): PickedFile & { read: number } => {
	const f = {
		name,
		size: size ?? text.length,
		read: 0,
		bytes: async () => {
			f.read++;
			return new TextEncoder().encode(text);
		}
	};
	return f;
};

function flow(overrides: Partial<UploadDeps> = {}) {
	const kept: KeptUpload[] = [];
	const phases: Phase['kind'][] = [];
	let discarded = 0;
	const f = new UploadFlow(
		{
			store: async () => store,
			kept: async () => kept.at(-1) ?? null,
			keep: async (k) => void kept.push(k),
			discard: async () => {
				discarded++;
				await store.undo();
			},
			shown: ['N02797'],
			now: () => new Date('2026-11-29T10:00:00Z'),
			...overrides
		},
		(p) => phases.push(p.kind)
	);
	return { f, kept, phases, discarded: () => discarded };
}

const good = 'nyckeltal;kommun;år;kön;värde\nN02797;1488;2023;T;5,5\nN03926;1488;2023;T;4,1\n';
const shown = async () => (await store.series('N02797', '1488', 'T')).find((p) => p.period === 2023)?.value ?? null;

describe('the upload workflow', () => {
	it('reads, previews, applies and keeps a file; every page can show it', async () => {
		const { f, kept, phases } = flow();
		const report = await f.check(file('ny.csv', good));
		expect(report.kind).toBe('report');
		expect(phases).toContain('working');
		expect(await shown()).toBeNull(); // nothing changes before it is applied
		const applied = await f.apply();
		expect(applied).toEqual({ kind: 'applied', values: 2 });
		expect(await shown()).toBe(5.5);
		expect(kept).toHaveLength(1);
		expect(kept[0]!.files).toEqual(['ny.csv']);
		expect(kept[0]!.appliedAt).toBe('2026-11-29T10:00:00.000Z');
		// The pages' own copy holds only the key figures they show.
		const pages = new TextDecoder().decode(kept[0]!.shown);
		expect(pages).toContain('N02797,1488,2023,T,5.5');
		expect(pages).not.toContain('N03926');
		expect(new TextDecoder().decode(kept[0]!.rows)).toContain('N03926,1488,2023,T,4.1');
	});

	it('a file with errors shows its problems and cannot be applied', async () => {
		const { f, kept } = flow();
		const after = await f.check(file('fel.csv', 'nyckeltal;kommun;år;kön;värde\nN02797;1488;20x3;T;5,5\n'));
		expect(after.kind === 'report' && after.report.ok).toBe(false);
		expect((await f.apply()).kind).toBe('report');
		expect(kept).toHaveLength(0);
		expect(await store.counts()).toMatchObject({ values: 0 });
	});

	it('a file too large is refused before a byte of it is read', async () => {
		const { f } = flow();
		const big = file('stor.csv', good, 200 * 1024 * 1024);
		const after = await f.check(big);
		expect(after.kind === 'report' && after.report.problems[0]!.kind).toBe('too_large');
		expect(big.read).toBe(0);
	});

	it('short codes are padded when the official asks, on the same file', async () => {
		const { f } = flow();
		const first = await f.check(file('kort.csv', 'nyckeltal;kommun;år;kön;värde\nN02797;138;2030;T;1\n'));
		expect(first.kind === 'report' && first.report.paddable).toBe(1);
		const again = await f.recheckPadded();
		expect(again.kind === 'report' && again.report.ok).toBe(true);
	});

	it('if keeping fails, DuckDB goes back to what was kept before and says so', async () => {
		const { f, kept } = flow();
		await f.check(file('första.csv', good));
		await f.apply();
		const failing = flow({
			kept: async () => kept.at(-1) ?? null,
			keep: async () => Promise.reject(new Error('QuotaExceededError'))
		});
		await failing.f.check(file('andra.csv', 'nyckeltal;kommun;år;kön;värde\nN02797;1488;2023;T;9\n'));
		const after = await failing.f.apply();
		expect(after).toEqual({ kind: 'failed', message: 'QuotaExceededError' });
		expect(await shown()).toBe(5.5);
	});

	it('the store is released once the rows are out, before the pages are built; the next step starts a new one from what is kept', async () => {
		const engines: NodeEngine[] = [];
		const open = async (k?: KeptUpload) => {
			const e = await NodeEngine.create();
			engines.push(e);
			const s = new ObservationStore(e, referenceOf(dataset!));
			await s.init(published, k ? { rows: k.rows.slice(), indicators: k.indicators } : undefined);
			return s;
		};
		const kept: KeptUpload[] = [];
		const order: string[] = [];
		let current: ObservationStore | null = null;
		const deps: UploadDeps = {
			store: async () => (current ??= await open(kept.at(-1))),
			kept: async () => kept.at(-1) ?? null,
			keep: async (k) => {
				order.push(current ? 'keep, DuckDB running' : 'keep, DuckDB ended');
				kept.push(k);
			},
			release: async () => {
				order.push('release');
				current = null;
			},
			discard: async () => undefined,
			shown: ['N02797'],
			now: () => new Date('2026-11-29T10:00:00Z')
		};
		const value2023 = async () =>
			(await (await deps.store()).series('N02797', '1488', 'T')).find((p) => p.period === 2023)?.value ?? null;
		try {
			const f = new UploadFlow(deps);
			await f.check(file('ny.csv', good));
			expect(await f.apply()).toEqual({ kind: 'applied', values: 2 });
			expect(order).toEqual(['release', 'keep, DuckDB ended']);
			expect(new TextDecoder().decode(kept[0]!.rows)).toContain('N02797,1488,2023,T,5.5');
			// The next file finds a new store holding the kept upload.
			expect(await value2023()).toBe(5.5);
			// Keeping fails after the store was released: the one started again holds what was kept before.
			const failing = new UploadFlow({ ...deps, keep: async () => Promise.reject(new Error('QuotaExceededError')) });
			await failing.check(file('tredje.csv', 'nyckeltal;kommun;år;kön;värde\nN02797;1488;2023;T;9\n'));
			expect(await failing.apply()).toEqual({ kind: 'failed', message: 'QuotaExceededError' });
			expect(await value2023()).toBe(5.5);
		} finally {
			for (const e of engines) e.close();
		}
	});

	it('undo goes back to the published data', async () => {
		const { f, discarded } = flow();
		await f.check(file('ny.csv', good));
		await f.apply();
		await f.undo();
		expect(discarded()).toBe(1);
		expect(f.phase.kind).toBe('idle');
		expect(await shown()).toBeNull();
	});

	it('a report from an earlier file cannot be applied once another file is staged', async () => {
		const { f } = flow();
		const first = await f.check(file('a.csv', good));
		await store.stage(new TextEncoder().encode('nyckeltal;kommun;år;kön;värde\nN02797;1488;2024;T;1\n'), 'b.csv');
		expect(first.kind).toBe('report');
		await expect(store.apply([], first.kind === 'report' ? first.report : undefined)).rejects.toThrow();
	});
});
