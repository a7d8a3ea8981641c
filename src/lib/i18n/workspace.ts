/**
 * The words of the workspace (Följ upp, its forms and files), apart from the dictionary every page
 * loads: only the pages that write or read in data files fetch them.
 */
import type { Lang } from './lang';
import { strings } from './strings';
import * as workspace from './strings/workspace';

export type WorkspaceStrings = typeof strings.sv & typeof workspace.sv;

const merged: Record<Lang, WorkspaceStrings> = {
	sv: { ...strings.sv, ...workspace.sv },
	en: { ...strings.en, ...workspace.en }
};

/** Every word a workspace page says: the site's and the workspace's own. */
export const tw = (lang: Lang): WorkspaceStrings => merged[lang];

export const WORKSPACE_FEATURE = workspace;
