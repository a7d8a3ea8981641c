/**
 * Every UI word, Swedish first, in one dictionary per feature. The English of each feature must have
 * exactly the Swedish keys (the type says so), so no word is left untranslated; a unit test holds
 * that no key is defined by two features. A sentence that takes values is a function.
 */
import * as accessibility from './accessibility';
import * as audits from './audits';
import * as charts from './charts';
import * as common from './common';
import * as effect from './effect';
import * as figures from './figures';
import * as followups from './followups';
import * as gaps from './gaps';
import * as keyFigure from './key-figure';
import * as problems from './problems';
import * as report from './report';
import * as status from './status';
import * as summary from './summary';
import * as upload from './upload';

/** The features every page may use; the workspace's words are apart (../workspace.ts), loaded only by its pages. */
export const FEATURES = {
	common,
	charts,
	report,
	upload,
	keyFigure,
	gaps,
	status,
	summary,
	problems,
	accessibility,
	followups,
	figures,
	effect,
	audits
} as const;

const sv = {
	...common.sv,
	...charts.sv,
	...report.sv,
	...upload.sv,
	...keyFigure.sv,
	...gaps.sv,
	...status.sv,
	...summary.sv,
	...problems.sv,
	...accessibility.sv,
	...followups.sv,
	...figures.sv,
	...effect.sv,
	...audits.sv
};

export type Strings = typeof sv;

const en: Strings = {
	...common.en,
	...charts.en,
	...report.en,
	...upload.en,
	...keyFigure.en,
	...gaps.en,
	...status.en,
	...summary.en,
	...problems.en,
	...accessibility.en,
	...followups.en,
	...figures.en,
	...effect.en,
	...audits.en
};

export const strings = { sv, en } as const;
