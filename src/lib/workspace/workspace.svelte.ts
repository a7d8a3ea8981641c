/**
 * The workspace's state in this browser: the published data files, the official's drafts (kept in
 * localStorage at every change, so a reload or a crashed tab loses nothing; never sent anywhere), and
 * the check of the files they would publish, run again shortly after each change. Its side effects —
 * the published files, the storage, the clock — come in as one `WorkspaceEffects`, so that it is
 * tested without a browser (tests/unit/workspace-state.test.ts); `browserEffects` are the real ones.
 */
import { onLocalChange, readLocal, writeLocal } from '$lib/browser/local-store';
import { publishedText, siteBase } from '$lib/app/published';
import { checkDrafts, problemsOf, type DraftCheck, type DraftProblem } from '$lib/workspace/check';
import { readDrafts, settledDrafts, withDraft, withoutDraft, draftCount, type Drafts } from '$lib/workspace/drafts';
import { EDITABLE_FILES, parseRaw, rowKey, type EditableFile, type RawRow } from '$lib/workspace/rows';
import { DATA_FILES, OPTIONAL_FILES, type DataFile } from '$lib/data/load';
import type { Dataset } from '$lib/model/model';
import { checkImport, readImportCsv, type ImportedText } from '$lib/workspace/import';
import { mergeImport, type Conflict } from '$lib/workspace/merge';
import { describeProblem, isError, type Problem } from '$lib/data/problems';
import type { Lang } from '$lib/i18n/lang';
import { workspaceWords } from '$lib/i18n/workspace';

export interface ImportPart {
	file: EditableFile;
	added: number;
	unchanged: number;
	/** The rows added. */
	keys: string[];
}
export type ImportOutcome =
	| { kind: 'refused'; name: string; problems: Problem[] }
	| {
			kind: 'merged';
			name: string;
			parts: ImportPart[];
			conflicts: (Conflict & { file: EditableFile })[];
			fixed: boolean;
	  };

/** A workbook is a zip file: it starts with PK. */
export const isWorkbook = (name: string, bytes: Uint8Array) =>
	name.toLowerCase().endsWith('.xlsx') || (bytes[0] === 0x50 && bytes[1] === 0x4b);

/** The day in this browser's time zone (YYYY-MM-DD): a follow-up may not be dated later. */
export const localDay = (d: Date) => d.toLocaleDateString('sv-SE');

export interface WorkspaceEffects {
	/** A published data file's text; undefined for an optional file the site does not publish. */
	published(file: DataFile, optional: boolean): Promise<string | undefined>;
	/** Where the site is served (`/`, `/uppfoljning`): its drafts are kept apart from other sites'. */
	site: string;
	storage: {
		read(key: string): unknown;
		/** false when the browser refused (private mode, storage full). */
		write(key: string, value: unknown): boolean;
		/** Another tab changed the key. */
		onChange(key: string, callback: (value: unknown) => void): void;
	};
	now(): Date;
}

/** The browser's own: the site's files, localStorage, the clock. */
export const browserEffects = (): WorkspaceEffects => ({
	published: publishedText,
	site: siteBase(),
	storage: { read: readLocal, write: writeLocal, onChange: (key, callback) => void onLocalChange(key, callback) },
	now: () => new Date()
});

export class Workspace {
	status = $state<'loading' | 'ready' | 'failed'>('loading');
	/** The site's data files as published (observations: only their header line). */
	published = $state.raw<Partial<Record<DataFile, string>>>({});
	drafts = $state.raw<Drafts>({});
	/** Whether the last change could be kept in this browser. */
	kept = $state<boolean>(true);
	check = $state.raw<DraftCheck | null>(null);
	/** The data as published with the drafts, from the last check without errors. */
	data = $state.raw<Dataset | null>(null);
	readonly today: string;
	private key = '';
	private timer: ReturnType<typeof setTimeout> | null = null;
	private publishedRows = new Map<EditableFile, Map<string, RawRow>>();

	constructor(private readonly effects: WorkspaceEffects = browserEffects()) {
		this.today = localDay(effects.now());
	}

	async load(): Promise<void> {
		try {
			const files = DATA_FILES.filter((f) => f !== 'observations.csv');
			const texts = await Promise.all(
				files.map(async (f) => [f, await this.effects.published(f, OPTIONAL_FILES.includes(f))] as const)
			);
			const published = Object.fromEntries(texts.filter(([, t]) => t !== undefined)) as Partial<
				Record<DataFile, string>
			>;
			published['observations.csv'] = 'indicator,municipality,period,gender,value,status\n';
			const municipality =
				(JSON.parse(published['config.json'] ?? '{}') as { municipality?: string }).municipality ?? '';
			// One site's drafts are not another's: sites under other paths of the same host keep their own.
			this.key = `foljupp:${this.effects.site}:${municipality}:drafts`;
			for (const f of EDITABLE_FILES) {
				this.publishedRows.set(f, new Map(parseRaw(published[f] ?? '').rows.map((r) => [rowKey(f, r), r])));
			}
			this.published = published;
			// Drafts kept with an error still leave the published data to list and choose from.
			this.data = checkDrafts(published, {}, this.today).dataset;
			const kept = readDrafts((this.effects.storage.read(this.key) as { drafts?: unknown } | null)?.drafts);
			const settled = settledDrafts(kept, (f, k) => this.publishedRow(f, k));
			// Drafts that have been published since are let go, here and in storage.
			if (draftCount(settled) !== draftCount(kept))
				this.kept = this.effects.storage.write(this.key, { version: 1, drafts: settled });
			this.drafts = settled;
			this.effects.storage.onChange(this.key, (v) => {
				this.drafts = readDrafts((v as { drafts?: unknown } | null)?.drafts);
				this.runCheck();
			});
			this.runCheck();
			this.status = 'ready';
		} catch (e) {
			console.error('Följupp: the workspace could not read the published files', e);
			this.status = 'failed';
		}
	}

	/** When a draft was changed: this moment, as the storage keeps it. */
	now(): string {
		return this.effects.now().toISOString();
	}

	publishedRow(file: EditableFile, key: string): RawRow | null {
		return this.publishedRows.get(file)?.get(key) ?? null;
	}

	publishedKeys(file: EditableFile): string[] {
		return [...(this.publishedRows.get(file)?.keys() ?? [])];
	}

	/** The row as this browser would publish it: its draft, else the published row. */
	row(file: EditableFile, key: string): RawRow | null {
		const d = this.drafts[file]?.[key];
		return d ? d.row : this.publishedRow(file, key);
	}

	isDraft(file: EditableFile, key: string): boolean {
		return this.drafts[file]?.[key] !== undefined;
	}

	get count(): number {
		return draftCount(this.drafts);
	}

	set(file: EditableFile, key: string, row: RawRow | null): void {
		this.replace(withDraft(this.drafts, file, key, row, this.publishedRow(file, key), this.now()));
	}

	discard(file: EditableFile, key: string): void {
		this.replace(withoutDraft(this.drafts, file, key));
	}

	discardAll(): void {
		this.replace({});
	}

	/** Every change goes through here: kept at once, checked shortly after. */
	replace(drafts: Drafts): void {
		this.drafts = drafts;
		this.kept = this.effects.storage.write(this.key, { version: 1, drafts });
		if (this.timer) clearTimeout(this.timer);
		this.timer = setTimeout(() => this.runCheck(), 120);
	}

	/** Checks now (before an export, say) rather than after the pause. */
	checkNow(): DraftCheck {
		if (this.timer) clearTimeout(this.timer);
		this.timer = null;
		return this.runCheck();
	}

	/**
	 * A file brought in (a CSV file of one of the editable files, or a workbook): checked with the
	 * published files and the drafts; with no error, merged into the drafts (new rows added, differing
	 * rows left as conflicts to decide). A file with an error changes nothing.
	 */
	async importFile(
		name: string,
		bytes: Uint8Array,
		reading: (busy: boolean) => void = () => undefined
	): Promise<ImportOutcome> {
		let read: { ok: true; texts: ImportedText[]; fixed: boolean } | { ok: false; problems: Problem[] };
		if (isWorkbook(name, bytes)) {
			reading(true);
			try {
				const r = await (await import('$lib/workspace/workbook')).readWorkbook(name, bytes);
				read = r.ok ? { ok: true, texts: r.sheets, fixed: false } : r;
			} finally {
				reading(false);
			}
		} else {
			const r = readImportCsv(name, bytes);
			read = r.ok ? { ok: true, texts: [{ file: r.file, name, text: r.text }], fixed: r.changes.length > 0 } : r;
		}
		if (!read.ok) return { kind: 'refused', name, problems: read.problems };
		const problems = checkImport(read.texts, this.published, this.drafts, this.today).filter(isError);
		if (problems.length) return { kind: 'refused', name, problems };
		const check = this.checkNow();
		let drafts = this.drafts;
		const parts: ImportPart[] = [];
		const conflicts: (Conflict & { file: EditableFile })[] = [];
		const now = this.now();
		for (const t of read.texts) {
			const m = mergeImport(t.file, check.files[t.file].rows, drafts, parseRaw(t.text), now);
			drafts = m.drafts;
			parts.push({ file: t.file, added: m.added.length, unchanged: m.unchanged, keys: m.added });
			conflicts.push(...m.conflicts.map((c) => ({ ...c, file: t.file })));
		}
		this.replace(drafts);
		return { kind: 'merged', name, parts, conflicts, fixed: read.fixed };
	}

	private runCheck(): DraftCheck {
		const check = checkDrafts(this.published, this.drafts, this.today);
		this.check = check;
		if (check.dataset) this.data = check.dataset;
		return check;
	}
}

/**
 * One row of an editable file as a form edits it: its cells, a change (which makes or updates the
 * draft, starting from `fresh` for a row not yet written), and the check's problems at each column.
 */
export class RowEditor {
	constructor(
		private readonly ws: Workspace,
		readonly file: EditableFile,
		readonly key: string,
		private readonly fresh: () => RawRow
	) {}

	get row(): RawRow | null {
		return this.ws.row(this.file, this.key);
	}
	get draft(): boolean {
		return this.ws.isDraft(this.file, this.key);
	}
	get published(): RawRow | null {
		return this.ws.publishedRow(this.file, this.key);
	}
	get problems(): DraftProblem[] {
		return this.ws.check ? problemsOf(this.ws.check, this.file, this.key) : [];
	}
	/** new: a draft of a row not published; changed: a draft of a published row. */
	get state(): 'new' | 'changed' | 'published' | 'missing' {
		return this.draft ? (this.published ? 'changed' : 'new') : this.published ? 'published' : 'missing';
	}

	/** A row not written yet shows what it would start from (today's date, the usual role). */
	value(column: string): string {
		return (this.row ?? this.fresh())[column] ?? '';
	}

	set(column: string, value: string): void {
		this.ws.set(this.file, this.key, { ...(this.row ?? this.fresh()), [column]: value });
	}

	setMany(values: RawRow): void {
		this.ws.set(this.file, this.key, { ...(this.row ?? this.fresh()), ...values });
	}

	discard(): void {
		this.ws.discard(this.file, this.key);
	}

	/** The problems at a column, in words for the field. */
	errors(column: string, lang: Lang): string[] {
		return this.problems.filter((p) => p.column === column).map((p) => describeAtField(p, lang));
	}
}

/** A problem said at its field: an empty field is asked to be filled in, whatever it should hold. */
export function describeAtField(p: DraftProblem, lang: Lang): string {
	return p.kind === 'required' || p.text === '' ? workspaceWords(lang).ws_required : describeProblem(p, lang);
}
