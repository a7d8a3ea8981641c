/**
 * The upload state of the pages with its side effects passed in (the published files, the keeping,
 * the pages' reload), as the layout and the upload page use it: an applied upload is shown on the
 * pages only once they can be built with it, kept only then, and dropped everywhere on discard.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ShownUploads, type UploadEffects } from '$lib/upload/shown.svelte';
import type { KeptUpload, ShownUpload } from '$lib/upload/kept';
import { OPTIONAL_FILES, type DataFile } from '$lib/data/load';

const DIR = 'tests/fixtures/golden-data';
const TODAY = '2026-11-29';
const upload = (value: string): KeptUpload => {
	const csv = `indicator,municipality,period,gender,value,status\nN00700,1488,2023,T,${value},\n`;
	const bytes = new TextEncoder().encode(csv);
	return {
		rows: bytes,
		shown: bytes,
		indicators: [],
		files: ['egna.csv'],
		values: 1,
		appliedAt: '2026-11-29T09:00:00Z'
	};
};

function effects(over: Partial<UploadEffects> = {}) {
	const log: string[] = [];
	let kept: ShownUpload | null = null;
	const e: UploadEffects = {
		published: async (file: DataFile) => {
			try {
				return readFileSync(`${DIR}/${file}`, 'utf8');
			} catch (err) {
				if (OPTIONAL_FILES.includes(file)) return undefined;
				throw err;
			}
		},
		kept: {
			load: async () => (log.push('load'), kept),
			save: async (k) => {
				log.push('save');
				kept = k;
			},
			clear: async () => {
				log.push('clear');
				kept = null;
			}
		},
		refreshPages: async () => void log.push(`refresh while ${uploads.state.status}`),
		...over
	};
	const uploads = new ShownUploads(e);
	return { uploads, log, keptNow: () => kept };
}

describe('the upload shown on the pages', () => {
	it('shows nothing and reloads nothing when this browser keeps no upload', async () => {
		const { uploads, log } = effects();
		await uploads.restore(TODAY);
		expect(uploads.state.status).toBe('none');
		expect(uploads.followUp).toBeNull();
		expect(log).toEqual(['load']);
	});

	it('builds the pages with an applied upload, keeps it, then says it is shown once the pages are reloaded', async () => {
		const { uploads, log, keptNow } = effects();
		await uploads.keep(upload('12.5'), TODAY);
		expect(log).toEqual(['save', 'refresh while none']);
		expect(uploads.state.status).toBe('active');
		expect(uploads.state.summary?.files).toEqual(['egna.csv']);
		expect(keptNow()).not.toBeNull();
		const points = uploads.shownPoints('N00700', '1488', 'T');
		expect(points?.find((p) => p.period === 2023)?.value).toBe(12.5);
		// A key figure the pages do not show is not answered here (DuckDB answers it).
		expect(uploads.shownPoints('NOPE', '1488', 'T')).toBeNull();
	});

	it('never keeps an upload the pages cannot be built with', async () => {
		const { uploads, log, keptNow } = effects({
			published: async (f) => {
				if (f === 'targets.csv') throw new Error('targets.csv: HTTP 404');
				return readFileSync(`${DIR}/${f}`, 'utf8');
			}
		});
		await expect(uploads.keep(upload('1'), TODAY)).rejects.toThrow(/HTTP 404/);
		expect(keptNow()).toBeNull();
		expect(log).toEqual([]);
		expect(uploads.state.status).toBe('none');
	});

	it('picks up a kept upload at start-up, once however often it is asked', async () => {
		const first = effects();
		await first.uploads.keep(upload('7'), TODAY);
		const { uploads, log } = effects({
			kept: { load: async () => first.keptNow(), save: async () => {}, clear: async () => {} }
		});
		await Promise.all([uploads.restore(TODAY), uploads.restore(TODAY), uploads.read()]);
		expect(log).toEqual(['refresh while loading']);
		expect(uploads.state.status).toBe('active');
		expect(uploads.shownPoints('N00700', '1488', 'T')?.find((p) => p.period === 2023)?.value).toBe(7);
	});

	it('says the kept upload failed when the pages cannot be built with it, and shows the published data', async () => {
		const broken = { ...upload('1'), shown: new TextEncoder().encode('x') };
		const { uploads } = effects({
			published: async () => {
				throw new Error('offline');
			},
			kept: { load: async () => broken, save: async () => {}, clear: async () => {} }
		});
		await uploads.restore(TODAY);
		expect(uploads.state.status).toBe('failed');
		expect(uploads.followUp).toBeNull();
	});

	it('goes back to the published data everywhere: removed from the browser and from DuckDB, the banner last', async () => {
		const { uploads, log, keptNow } = effects();
		await uploads.keep(upload('3'), TODAY);
		uploads.onDiscard(async () => void log.push('duckdb undo'));
		await uploads.discard();
		expect(log.slice(2)).toEqual(['clear', 'duckdb undo', 'refresh while active']);
		expect(uploads.state).toEqual({ status: 'none', summary: null });
		expect(uploads.followUp).toBeNull();
		expect(keptNow()).toBeNull();
	});
});
