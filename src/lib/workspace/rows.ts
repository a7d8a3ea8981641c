/**
 * The files officials edit in the browser (measures, targets, follow-ups, a measure's own figures and
 * their values; the auditors' audits, their recommendations, the committees' answers, the actions
 * promised and each action's status), as rows of text exactly as
 * the file holds them: what is not edited is written back as it was read, so an export never loses or
 * rewrites a published record. The repository's format: comma, UTF-8, `\n`, a header line.
 */
import Papa from 'papaparse';
import { isError } from '../data/problems';
import {
	actionFollowUpSchema,
	auditActionSchema,
	auditAnswerSchema,
	auditSchema,
	figureValueSchema,
	followUpSchema,
	measureFigureSchema,
	measureSchema,
	recommendationSchema,
	targetSchema
} from '../data/schemas';
import { readTable, type RowOf } from '../data/table';
import { formulaSafe, unguarded } from '../data/text';

export const EDITABLE_FILES = [
	'measures.csv',
	'targets.csv',
	'followups.csv',
	'measure_figures.csv',
	'measure_values.csv',
	'audits.csv',
	'recommendations.csv',
	'audit_answers.csv',
	'audit_actions.csv',
	'audit_action_followups.csv'
] as const;
export type EditableFile = (typeof EDITABLE_FILES)[number];

export const EDITABLE_SCHEMAS = {
	'measures.csv': measureSchema,
	'targets.csv': targetSchema,
	'followups.csv': followUpSchema,
	'measure_figures.csv': measureFigureSchema,
	'measure_values.csv': figureValueSchema,
	'audits.csv': auditSchema,
	'recommendations.csv': recommendationSchema,
	'audit_answers.csv': auditAnswerSchema,
	'audit_actions.csv': auditActionSchema,
	'audit_action_followups.csv': actionFollowUpSchema
} as const;

export type RawRow = Record<string, string>;
export interface RawTable {
	columns: string[];
	rows: RawRow[];
}

/** A file's rows as text. Call only on a file that passed the check (the published ones do). */
export function parseRaw(text: string): RawTable {
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	if (body.trim() === '') return { columns: [], rows: [] };
	const parsed = Papa.parse<RawRow>(body, {
		header: true,
		delimiter: ',',
		skipEmptyLines: 'greedy',
		// Följupp writes a text Excel would run as a formula behind an apostrophe; it is not part of the value.
		transform: unguarded
	});
	return { columns: (parsed.meta.fields ?? []).map((c) => c.trim()), rows: parsed.data };
}

/** The file's columns: as published, then any of the schema's it lacks (a rhythm column added later). */
export function columnsOf(file: EditableFile, published: readonly string[]): string[] {
	return [...published, ...Object.keys(EDITABLE_SCHEMAS[file]).filter((c) => !published.includes(c))];
}

export const emptyRow = (file: EditableFile): RawRow =>
	Object.fromEntries(Object.keys(EDITABLE_SCHEMAS[file]).map((c) => [c, '']));

/**
 * What identifies a row: its id; a follow-up's subject and period; a value's figure and period; an
 * answer's recommendation and committee; an action's status, the action and the report.
 */
export function rowKey(file: EditableFile, row: RawRow): string {
	const cell = (c: string) => (row[c] ?? '').trim();
	if (file === 'measure_values.csv') return `${cell('figure')}|${cell('period')}`;
	if (file === 'audit_answers.csv') return `${cell('recommendation')}|${cell('organisation')}`;
	if (file === 'audit_action_followups.csv') return `${cell('action')}|${cell('period')}`;
	if (file !== 'followups.csv') return (row.id ?? '').trim();
	return row.measure
		? `measure|${row.measure.trim()}|${(row.period ?? '').trim()}`
		: `target|${(row.target ?? '').trim()}|${(row.period ?? '').trim()}`;
}

export interface Written {
	text: string;
	/** The line each row starts on, in the order written (a row whose prose spans lines takes more than one). */
	lines: number[];
}

/** Rows as the repository's file: one header line, `\n` line ends, quoted only where needed. */
export function writeRaw(columns: readonly string[], rows: readonly RawRow[]): Written {
	const fields = [...columns];
	let text = Papa.unparse([fields], { newline: '\n' }) + '\n';
	let line = 2;
	const lines: number[] = [];
	for (const r of rows) {
		// Line ends inside prose are written as \n, so that the file's lines are counted the same everywhere.
		// A text a spreadsheet would run as a formula is written behind an apostrophe (read back without it).
		const one =
			Papa.unparse([fields.map((c) => formulaSafe((r[c] ?? '').replace(/\r\n?/g, '\n')))], { newline: '\n' }) + '\n';
		lines.push(line);
		line += one.split('\n').length - 1;
		text += one;
	}
	return { text, lines };
}

/** One row read as the check reads it, or null while a cell of it is wrong (for a preview). */
export function readRow<F extends EditableFile>(file: F, row: RawRow): RowOf<(typeof EDITABLE_SCHEMAS)[F]> | null {
	const schema = EDITABLE_SCHEMAS[file];
	const { rows, problems } = readTable(file, writeRaw(Object.keys(schema), [row]).text, schema);
	return problems.some(isError) ? null : ((rows[0]?.value as RowOf<(typeof EDITABLE_SCHEMAS)[F]> | undefined) ?? null);
}

/**
 * A value the site published as too small to show (status `small` or `secondary`, no value): it stands for the
 * repository's own row, whose number never left it. Written back over data/, it changes nothing.
 */
export const isWithheld = (file: EditableFile, row: RawRow): boolean =>
	file === 'measure_values.csv' &&
	['small', 'secondary'].includes((row.status ?? '').trim()) &&
	(row.value ?? '').trim() === '';
