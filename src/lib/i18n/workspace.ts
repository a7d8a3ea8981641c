/**
 * The words of the workspace (Följ upp, its forms and files), apart from the dictionary every page
 * loads: only the pages that write or read in data files fetch them.
 */
import type { Lang } from './lang';
import { strings } from './strings';
import * as workbook from './strings/workbook';
import * as workspaceStrings from './strings/workspace';
import * as workspaceAudits from './strings/workspace-audits';

/** The workspace's own words, its forms and files, with the workbook's. */
const workspace = {
	sv: { ...workspaceStrings.sv, ...workbook.sv, ...workspaceAudits.sv },
	en: { ...workspaceStrings.en, ...workbook.en, ...workspaceAudits.en }
};

export type WorkspaceStrings = typeof strings.sv & typeof workspace.sv;

const merged: Record<Lang, WorkspaceStrings> = {
	sv: { ...strings.sv, ...workspace.sv },
	en: { ...strings.en, ...workspace.en }
};

/** Every word a workspace page says: the site's and the workspace's own. */
export const workspaceWords = (lang: Lang): WorkspaceStrings => merged[lang];

/** The workspace's dictionaries, each a feature of its own (the strings test holds no key to two of them). */
export const WORKSPACE_FEATURES = { workspace: workspaceStrings, workbook, workspaceAudits } as const;
