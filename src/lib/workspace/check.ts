/**
 * The check of an official's drafts is the check of the files they would publish: the drafts are
 * applied to the published files and the whole set is read by the same code as `npm run check-data`
 * (../load.ts). Each problem is then given to the draft on its line, so a form can show it at its field.
 */
import { loadDataset, type DataFile } from '../data/load';
import type { Dataset } from '../model/model';
import { isError, type Problem } from '../data/problems';
import { applyDrafts, type AppliedFile, type Drafts } from './drafts';
import { EDITABLE_FILES, type EditableFile } from './rows';

export interface DraftProblem extends Problem {
	/** The draft it is about, or null for a problem in a published row. */
	draft: { file: EditableFile; key: string } | null;
}

export interface DraftCheck {
	/** The data as it would be published, or null while there is an error. */
	dataset: Dataset | null;
	problems: DraftProblem[];
	files: Record<EditableFile, AppliedFile>;
	errors: number;
}

/**
 * `published`: the site's data files, observations left out (baselines are taken as written; the
 * target form fills them in from the published values).
 */
export function checkDrafts(published: Partial<Record<DataFile, string>>, drafts: Drafts, today: string): DraftCheck {
	const files = Object.fromEntries(
		EDITABLE_FILES.map((f) => [f, applyDrafts(f, published[f] ?? '', drafts)])
	) as Record<EditableFile, AppliedFile>;
	const texts: Partial<Record<DataFile, string>> = { ...published };
	for (const f of EDITABLE_FILES) texts[f] = files[f].text;
	const observations = published['observations.csv'] ?? 'indicator,municipality,period,gender,value,status\n';
	texts['observations.csv'] = observations.slice(0, observations.indexOf('\n') + 1);
	const { dataset, problems } = loadDataset(texts, { baselines: 'later', today });
	const located: DraftProblem[] = problems.map((p) => {
		const f = EDITABLE_FILES.find((e) => p.file === `data/${e}`);
		const owner = f && p.line !== null ? ownerOf(files[f], p.line) : null;
		return { ...p, draft: f && owner?.draft ? { file: f, key: owner.key } : null };
	});
	return { dataset, problems: located, files, errors: located.filter(isError).length };
}

/** The row a line belongs to: the last row starting on or before it. */
function ownerOf(file: AppliedFile, line: number) {
	let best: { key: string; draft: boolean } | null = null;
	for (const [start, owner] of file.lineOwner) if (start <= line) best = owner;
	return best;
}

/** A draft's problems, by column (null: the row as a whole). */
export function problemsOf(check: DraftCheck, file: EditableFile, key: string): DraftProblem[] {
	return check.problems.filter((p) => p.draft?.file === file && p.draft.key === key);
}
