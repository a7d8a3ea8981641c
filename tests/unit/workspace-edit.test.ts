/**
 * The workspace's files: drafts applied to the published files (every published row kept as it
 * was), the check's problems given to the draft on their line, the merge of an imported file
 * (new rows become drafts, differing rows are conflicts, nothing is overwritten or taken out), and
 * an imported file read as the check reads it, problems by the file's own name, line and column.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDrafts, problemsOf } from '$lib/workspace/check';
import { applyDrafts, readDrafts, settledDrafts, withDraft, type Drafts } from '$lib/workspace/drafts';
import { checkImport, readImportCsv } from '$lib/workspace/import';
import { differences, keepUnchanged, mergeImport, takeTheirs } from '$lib/workspace/merge';
import { parseRaw, readRow, rowKey, writeRaw, type RawRow } from '$lib/workspace/rows';
import { DATA_FILES, type DataFile } from '$lib/data/load';

const TODAY = '2026-11-29';
const NOW = '2026-11-29T10:00:00.000Z';
const published = Object.fromEntries(
	DATA_FILES.filter((f) => f !== 'observations.csv').map((f) => [f, readFileSync(`data/${f}`, 'utf8')])
) as Partial<Record<DataFile, string>>;
const followups = parseRaw(published['followups.csv']!);

const newRecord = (over: Partial<RawRow> = {}): RawRow => ({
	measure: 'm03',
	target: '',
	period: '2026H1',
	assessment: 'on_track',
	analysis: 'Rad ett.\nRad två, med "citat" och komma.\n\nNytt stycke.',
	done: '',
	next: '',
	results: '',
	role: 'samordnare',
	date: '2026-11-20',
	decided_by: '',
	decided_at: '',
	minutes: '',
	example: 'no',
	...over
});

describe('drafts applied to the published file', () => {
	it('without drafts, every published row comes back as it was', () => {
		const applied = applyDrafts('followups.csv', published['followups.csv']!, {});
		expect(parseRaw(applied.text).rows).toEqual(followups.rows);
		expect(applied.text.startsWith(`${followups.columns.join(',')}\n`)).toBe(true);
	});

	it('a new record is added after them; prose keeps its line breaks, quotes and commas', () => {
		const drafts = withDraft({}, 'followups.csv', 'measure|m03|2026H1', newRecord(), null, NOW);
		const applied = applyDrafts('followups.csv', published['followups.csv']!, drafts);
		const rows = parseRaw(applied.text).rows;
		expect(rows.slice(0, -1)).toEqual(followups.rows);
		expect(rows.at(-1)).toEqual(newRecord());
		expect(readRow('followups.csv', rows.at(-1)!)?.analysis).toBe(newRecord().analysis);
	});

	it('a changed published row replaces it in place; a change back to the published row is no draft', () => {
		const first = followups.rows[0]!;
		const key = rowKey('followups.csv', first);
		const changed = withDraft({}, 'followups.csv', key, { ...first, next: 'Något nytt.' }, first, NOW);
		const rows = parseRaw(applyDrafts('followups.csv', published['followups.csv']!, changed).text).rows;
		expect(rows[0]!.next).toBe('Något nytt.');
		expect(rows.length).toBe(followups.rows.length);
		expect(withDraft(changed, 'followups.csv', key, { ...first }, first, NOW)['followups.csv']).toEqual({});
	});

	it('drafts read back from storage keep only what has their shape', () => {
		const good: Drafts = { 'followups.csv': { k: { row: newRecord(), changed: NOW } } };
		expect(readDrafts(JSON.parse(JSON.stringify(good)))).toEqual(good);
		expect(readDrafts({ 'followups.csv': { k: { row: { a: 1 }, changed: NOW }, j: 'x' }, 'evil.csv': {} })).toEqual({});
		expect(readDrafts('garbage')).toEqual({});
	});
});

describe('the check of the drafts is the check of the files they would publish', () => {
	it('a good draft: no problems, and the data holds it', () => {
		const drafts = withDraft({}, 'followups.csv', 'measure|m03|2026H1', newRecord(), null, NOW);
		const check = checkDrafts(published, drafts, TODAY);
		expect(check.errors).toBe(0);
		expect(check.dataset!.followups.some((r) => r.measure === 'm03' && r.period === '2026H1')).toBe(true);
	});

	it('each problem goes to its draft and column, after a row whose prose spans lines', () => {
		let drafts = withDraft({}, 'followups.csv', 'a', newRecord({ analysis: 'Ett\ntvå\ntre' }), null, NOW);
		drafts = withDraft(
			drafts,
			'followups.csv',
			'b',
			newRecord({ period: '2026H2', role: '', date: '2027-01-05' }),
			null,
			NOW
		);
		drafts = withDraft(drafts, 'followups.csv', 'c', newRecord({ measure: 'm99', period: '2025H1' }), null, NOW);
		const check = checkDrafts(published, drafts, TODAY);
		expect(problemsOf(check, 'followups.csv', 'a')).toEqual([]);
		expect(
			problemsOf(check, 'followups.csv', 'b')
				.map((p) => `${p.column} ${p.kind}`)
				.sort()
		).toEqual(['role required']);
		expect(problemsOf(check, 'followups.csv', 'c').map((p) => `${p.column} ${p.kind}`)).toEqual([
			'measure unknown_reference'
		]);
		expect(check.dataset).toBeNull();
	});

	it('a future date is found once the row reads', () => {
		const drafts = withDraft({}, 'followups.csv', 'b', newRecord({ date: '2027-01-05' }), null, NOW);
		expect(
			problemsOf(checkDrafts(published, drafts, TODAY), 'followups.csv', 'b').map((p) => `${p.column} ${p.kind}`)
		).toEqual(['date future_date']);
	});

	it('a new measure drafted with a bad id, then a follow-up of it: both named', () => {
		const measures = parseRaw(published['measures.csv']!);
		let drafts = withDraft(
			{},
			'measures.csv',
			'm12',
			{ ...measures.rows[0]!, id: 'ny insats', title: 'Ny' },
			null,
			NOW
		);
		const check = checkDrafts(published, drafts, TODAY);
		expect(problemsOf(check, 'measures.csv', 'm12').map((p) => `${p.column} ${p.kind}`)).toEqual(['id not_an_id']);
		drafts = withDraft({}, 'measures.csv', 'm12', { ...measures.rows[0]!, id: 'm12', title: 'Ny' }, null, NOW);
		drafts = withDraft(drafts, 'followups.csv', 'f', newRecord({ measure: 'm12', period: '2026H1' }), null, NOW);
		expect(checkDrafts(published, drafts, TODAY).errors).toBe(0);
	});
});

describe('import: another committee’s file merged into this browser’s drafts', () => {
	const current = (drafts: Drafts) => checkDrafts(published, drafts, TODAY).files['followups.csv'].rows;
	const theirs = writeRaw(followups.columns, [...followups.rows, newRecord()]).text;

	it('new rows become drafts; rows the same as ours are nothing', () => {
		const r = mergeImport('followups.csv', current({}), {}, parseRaw(theirs), NOW);
		expect(r.added).toEqual(['measure|m03|2026H1']);
		expect(r.unchanged).toBe(followups.rows.length);
		expect(r.conflicts).toEqual([]);
		expect(r.drafts['followups.csv']!['measure|m03|2026H1']!.row).toEqual(newRecord());
	});

	it('a row that differs from ours (a draft or the published one) is a conflict named with its columns, not taken', () => {
		const mine = withDraft({}, 'followups.csv', 'measure|m03|2026H1', newRecord({ next: 'Min plan.' }), null, NOW);
		const edited = writeRaw(followups.columns, [
			{ ...followups.rows[0]!, analysis: 'Ändrad' },
			...followups.rows.slice(1),
			newRecord()
		]).text;
		const r = mergeImport('followups.csv', current(mine), mine, parseRaw(edited), NOW);
		expect(r.conflicts.map((c) => [c.key, c.columns, c.mineIsDraft])).toEqual([
			[rowKey('followups.csv', followups.rows[0]!), ['analysis'], false],
			['measure|m03|2026H1', ['next'], true]
		]);
		expect(r.drafts).toEqual(mine);
		const taken = takeTheirs(r.drafts, 'followups.csv', r.conflicts[1]!, NOW);
		expect(taken['followups.csv']!['measure|m03|2026H1']!.row!.next).toBe('');
	});

	it('a file without some columns differs only in the columns it has; rows it lacks are kept', () => {
		const short =
			'measure,target,period,assessment,role,date\nm01,,2025H2,at_risk,enhetschef arbetsmarknad,2026-02-10\n';
		const r = mergeImport('followups.csv', current({}), {}, parseRaw(short), NOW);
		expect(r.conflicts.map((c) => c.columns)).toEqual([['assessment']]);
		expect(r.conflicts[0]!.theirs.analysis).toBe(followups.rows[0]!.analysis);
		expect(checkDrafts(published, r.drafts, TODAY).files['followups.csv'].rows.length).toBe(followups.rows.length);
	});
});

describe('reading an imported file', () => {
	it('knows which file it is by its columns, and mends one saved from Swedish Excel', () => {
		const excel = theirsAsExcel();
		const read = readImportCsv('uppfoljning.csv', excel);
		expect(read.ok && read.file).toBe('followups.csv');
		expect(read.ok && read.changes).toEqual(expect.arrayContaining(['encoding', 'delimiter', 'line_ends']));
		expect(read.ok && parseRaw(read.text).rows[0]!.analysis).toBe('Växande – även i år');
	});

	it('refuses what is no editable file, saying what it is', () => {
		const notOurs = readImportCsv('x.csv', new TextEncoder().encode('a,b\n1,2\n'));
		expect(!notOurs.ok && notOurs.problems.map((p) => p.kind)).toEqual(['not_editable']);
		const binary = readImportCsv('x.xlsx', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 1]));
		expect(!binary.ok && binary.problems.map((p) => p.kind)).toEqual(['binary_file']);
		const empty = readImportCsv('x.csv', new Uint8Array());
		expect(!empty.ok && empty.problems.map((p) => p.kind)).toEqual(['empty_file']);
	});

	it("checks it in place of the file, problems named by the file's name, line and column", () => {
		const text = `${published['followups.csv']!.trimEnd()}\nm03,,2026H1,jättebra,,,,,chef,2026-11-20,,,,no\n`;
		const problems = checkImport([{ name: 'nämnd.csv', file: 'followups.csv', text }], published, {}, TODAY);
		expect(problems.map((p) => `${p.file} ${p.line} ${p.column} ${p.kind}`)).toEqual([
			`nämnd.csv ${text.trimEnd().split('\n').length} assessment not_allowed`
		]);
	});
});

function theirsAsExcel(): Uint8Array {
	// Windows-1252, semicolons, CRLF: "CSV (semikolonavgränsad)". – is 0x96 and ä 0xE4.
	const text =
		'measure;target;period;assessment;analysis;role;date\r\nm01;;2025H2;at_risk;Växande – även i år;chef;2026-02-10\r\n';
	const bytes: number[] = [];
	for (const ch of text) bytes.push(ch === '–' ? 0x96 : ch.charCodeAt(0));
	return new Uint8Array(bytes);
}

describe("a measure's own values brought in", () => {
	// Half-year participant numbers as Swedish Excel saves them: Windows-1252, ;, decimal comma, Swedish period words.
	const sheet = (rows: string) => {
		const text = `figure;period;value;denominator\r\n${rows}`;
		return Uint8Array.from([...text].map((ch) => (ch === 'å' ? 0xe5 : ch.charCodeAt(0))));
	};

	it('is known by its columns, mended, and checked with the measures it belongs to', () => {
		const read = readImportCsv(
			'deltagare.csv',
			sheet('m01-arbete;2026 halvår 2;61,5;39\r\nm01-avslutade;2026 halvår 2;40;\r\n')
		);
		expect(read.ok && read.file).toBe('measure_values.csv');
		if (!read.ok) return;
		expect(parseRaw(read.text).rows[0]).toMatchObject({ figure: 'm01-arbete', value: '61.5', denominator: '39' });
		expect(
			checkImport([{ name: 'deltagare.csv', file: 'measure_values.csv', text: read.text }], published, {}, TODAY)
		).toEqual([]);
		const merged = mergeImport(
			'measure_values.csv',
			parseRaw(published['measure_values.csv']!).rows.map((row) => ({
				key: rowKey('measure_values.csv', row),
				row,
				draft: false
			})),
			{},
			parseRaw(read.text),
			NOW
		);
		expect(merged.added).toEqual(['m01-arbete|2026H2', 'm01-avslutade|2026H2']);
	});

	it('a wrong period, a share above 100 and an unknown figure are named by line and column', () => {
		const read = readImportCsv(
			'deltagare.csv',
			sheet('m01-arbete;2026H3;61,5;39\r\nm01-arbete;2026H2;161;39\r\nm09-x;2026H2;4;\r\n')
		);
		if (!read.ok) throw new Error('not read');
		const problems = checkImport(
			[{ name: 'deltagare.csv', file: 'measure_values.csv', text: read.text }],
			published,
			{},
			TODAY
		);
		expect(problems.map((p) => `${p.line} ${p.column} ${p.kind}`).sort()).toEqual([
			'2 period not_a_period',
			'3 value share_out_of_range',
			'4 figure unknown_reference'
		]);
	});

	it('a value the site published as too small stands for the repository’s own: never a change, never a conflict', () => {
		const before = parseRaw('figure,period,value,denominator,status\nm02-avbrott,HT2024,3,,\n');
		const withheld = parseRaw('figure,period,value,denominator,status\nm02-avbrott,HT2024,,,small\n');
		expect(differences('measure_values.csv', before, withheld)).toEqual({ added: [], changed: [], removed: [] });
		expect(keepUnchanged('measure_values.csv', before, withheld).rows[0]!.value).toBe('3');
		const current = before.rows.map((row) => ({ key: rowKey('measure_values.csv', row), row, draft: false }));
		expect(mergeImport('measure_values.csv', current, {}, withheld, NOW).conflicts).toEqual([]);
		// A real change to it is one.
		const changed = parseRaw('figure,period,value,denominator,status\nm02-avbrott,HT2024,4,,\n');
		expect(differences('measure_values.csv', before, changed).changed).toEqual(['m02-avbrott|HT2024']);
	});
});

describe('drafts once their files are published', () => {
	const targets = parseRaw(published['targets.csv']!);
	const t01 = targets.rows.find((r) => r.id === 't01')!;
	const publishedRow = (file: string, key: string): RawRow | null =>
		file === 'targets.csv'
			? (targets.rows.find((r) => r.id === key) ?? null)
			: file === 'followups.csv'
				? (followups.rows.find((r) => rowKey('followups.csv', r) === key) ?? null)
				: null;

	it('a draft that reads as the published row is published, not "changed in a draft"', () => {
		// The official left the baseline empty; the site published it filled in from Kolada's value.
		const typed = { ...t01, baseline_value: '' };
		const record = followups.rows[0]!;
		const drafts: Drafts = {
			'targets.csv': { t01: { row: typed, changed: NOW } },
			'followups.csv': {
				[rowKey('followups.csv', record)]: { row: { ...record, analysis: `${record.analysis}\n` }, changed: NOW }
			}
		};
		expect(settledDrafts(drafts, publishedRow)).toEqual({});
	});

	it('a draft that differs, a new row and a removal not yet published stay drafts', () => {
		const drafts: Drafts = {
			'targets.csv': {
				t01: { row: { ...t01, target_value: '4.0' }, changed: NOW },
				t99: { row: { ...t01, id: 't99' }, changed: NOW },
				t02: { row: null, changed: NOW }
			}
		};
		expect(Object.keys(settledDrafts(drafts, publishedRow)['targets.csv'] ?? {}).sort()).toEqual(['t01', 't02', 't99']);
		// A baseline typed otherwise than the published one is a change too.
		const typed: Drafts = { 'targets.csv': { t01: { row: { ...t01, baseline_value: '9.9' }, changed: NOW } } };
		expect(settledDrafts(typed, publishedRow)).toEqual(typed);
	});

	it('a removal whose row is gone from the published file is done', () => {
		expect(settledDrafts({ 'targets.csv': { t77: { row: null, changed: NOW } } }, publishedRow)).toEqual({});
	});
});
