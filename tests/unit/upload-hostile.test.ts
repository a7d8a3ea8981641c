/**
 * Hostile files made from real Kolada rows: every class of input the review found accepted with a
 * wrong number, crashing, or placed on the wrong line — and a property test over files with those
 * mutations that holds the two promises: every accepted value is what a careful reader takes from
 * its cell, and every rejection names the line an editor shows.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NodeEngine } from '../../scripts/lib/node-engine';
import { describeProblem, isError } from '$lib/data/problems';
import { readDataDir } from '$lib/data/repository.server';
import { referenceOf, type StageReport } from '$lib/upload/report';
import { ObservationStore } from '$lib/upload/store';
// Real values for N02797 (Trollhättan 1488 and Riket 0000), Kolada's: the rows the importer's other tests use.
import { real } from './upload-store-setup';

const { dataset } = readDataDir('data');
let engine: NodeEngine;
let store: ObservationStore;
beforeAll(async () => {
	engine = await NodeEngine.create();
	store = new ObservationStore(engine, referenceOf(dataset!));
	await store.init(readFileSync('data/observations.csv'));
});
afterAll(() => engine.close());
beforeEach(() => store.undo());

const utf8 = (s: string) => new TextEncoder().encode(s);
const cp1252 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
const comma = (v: number) => String(v).replace('.', ',');
const kinds = (r: StageReport) => r.problems.map((p) => p.kind);
const at = (r: StageReport) => r.problems.map((p) => [p.line, p.kind]);
const stage = (bytes: Uint8Array | string, name = 'x.csv') =>
	store.stage(typeof bytes === 'string' ? utf8(bytes) : bytes, name);
const head = 'nyckeltal;kommun;år;kön;värde';
const row = (r: (typeof real)[number], value = comma(r.value)) =>
	[r.indicator, r.municipality, r.period, r.gender, value].join(';');

describe('a number is what its cell says, or the file is refused', () => {
	it('a Swedish decimal later in a file of decimal points is refused, not read as thousands', async () => {
		const rows = real.slice(0, 60).map((r) => row(r, String(r.value)));
		rows.push('N02797;1488;2030;T;7,355');
		const r = await stage([head, ...rows].join('\n'));
		expect(r.ok).toBe(false);
		expect(at(r)).toEqual([[62, 'ambiguous_number']]);
		expect(describeProblem(r.problems[0]!, 'sv')).toMatch(/”7,355”.*decimalpunkt/);
	});
	it('and the mirror: in a file of decimal commas, 1.234 and 5.5 are refused by name', async () => {
		const rows = real.slice(0, 20).map((r) => row(r));
		const r = await stage([head, ...rows, 'N02797;1488;2030;T;1.234', 'N02797;1488;2031;T;5.5'].join('\n'));
		expect(at(r)).toEqual([
			[22, 'ambiguous_number'],
			[23, 'other_decimal_mark']
		]);
	});
	it('the decimal mark is decided by the whole file, not its first lines', async () => {
		// Fifty integers, then decimal commas: a decimal comma file.
		const rows = [
			...real.slice(0, 50).map((r) => row(r, String(Math.round(r.value)))),
			...real.slice(50, 60).map((r) => row(r))
		];
		const r = await stage([head, ...rows].join('\n'));
		expect(r).toMatchObject({ ok: true, decimal: ',' });
	});
	it('1e999, a 400-digit number and a megabyte of digits are no values', async () => {
		const r = await stage(
			[
				head,
				'EGEN1;1488;2030;T;1e999',
				`EGEN1;1488;2031;T;${'9'.repeat(400)}`,
				`EGEN1;1488;2032;T;${'1'.repeat(1_000_000)}`
			].join('\n')
		);
		expect(at(r)).toEqual([
			[2, 'not_finite'],
			[3, 'not_finite'],
			[4, 'not_finite']
		]);
	});
	it('years 0, 1066 and 9999; a negative share; a value with the mark for a missing one', async () => {
		const r = await stage(
			[
				'nyckeltal;kommun;år;kön;värde;status',
				'N02797;1488;0000;T;5;',
				'N02797;1488;1066;T;5;',
				'N02797;1488;9999;T;5;',
				'N02797;1488;2030;T;-3,5;',
				'N02797;1488;2031;T;150;',
				'N02797;1488;2032;T;5,5;..'
			].join('\n')
		);
		expect(at(r)).toEqual([
			[2, 'implausible_year'],
			[3, 'implausible_year'],
			[4, 'implausible_year'],
			[5, 'share_out_of_range'],
			[6, 'share_out_of_range'],
			[7, 'value_and_mark']
		]);
	});
	it('a wide sheet whose headers Excel wrote as 2022.0 keeps every year', async () => {
		const years = [2019, 2020, 2021, 2022];
		const value = (y: number) =>
			comma(real.find((r) => r.municipality === '1488' && r.period === y && r.gender === 'T')!.value);
		const r = await stage(
			`Nyckeltal;Kommun;${years.map((y) => `${y}.0`).join(';')}\n${['N02797', '1488', ...years.map(value)].join(';')}\n`
		);
		expect(r).toMatchObject({ ok: true, layout: 'wide', problemCount: 0 });
		expect(r.preview).toMatchObject({ values: 4, periods: years });
	});
});

describe('a Kolada JSON file of another shape is refused, naming the record', () => {
	const good = {
		kpi: 'N02797',
		municipality: '1488',
		period: 2022,
		values: [{ gender: 'T', status: '', value: 5.965606 }]
	};
	it.each([
		[
			'flat records',
			{ values: [good, { kpi: 'N02797', municipality: '1488', period: 2021, gender: 'T', value: 6.3 }] },
			2
		],
		['null in the list', { values: [good, null] }, 2],
		['an object that is no record', { values: [{ foo: 1 }] }, 1],
		['null among the values', { values: [{ ...good, values: [null] }] }, 1],
		['a value that is a string', { values: [{ ...good, values: [{ gender: 'T', value: '5,9' }] }] }, 1]
	])('%s', async (_name, doc, record) => {
		const r = await stage(JSON.stringify(doc), 'kolada.json');
		expect(r.ok).toBe(false);
		expect(r.problems).toMatchObject([{ kind: 'bad_json', line: record }]);
		expect(r.lineUnit).toBe('record');
	});
});

describe('ids that are JavaScript property names', () => {
	it.each(['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf'])(
		'%s is an unknown key figure like any other',
		async (id) => {
			const r = await stage(`${head}\n${id};1488;2030;T;5\n`);
			expect(r.ok).toBe(true);
			expect(r.preview!.indicators).toEqual([{ id, known: false, values: 1, new: 1, changed: 0, unchanged: 0 }]);
		}
	);
	it('__proto__ is no id (ids begin with a letter or digit) and is named as such', async () => {
		expect(kinds(await stage(`${head}\n__proto__;1488;2030;T;5\n`))).toEqual(['bad_id']);
	});
});

describe('every problem on the line an editor shows, said once, in the language of the page', () => {
	it('one invalid UTF-8 byte on line 30 of a UTF-8 file is named there, and no text is garbled', async () => {
		const lines = ['nyckeltal;kommun;år;kön;värde', ...real.slice(0, 40).map((r) => row(r))];
		const before = utf8(lines.slice(0, 29).join('\n') + '\n');
		const bad = concat(utf8('N02797;1488;2030;T;5'), new Uint8Array([0xff]), utf8('\n'));
		const r = await stage(concat(before, bad, utf8(lines.slice(29).join('\n') + '\n')));
		expect(at(r)).toEqual([[30, 'bad_encoding']]);
	});
	it('a file that mixes UTF-8 and Windows-1252 lines names the Windows-1252 line', async () => {
		const r = await stage(
			concat(
				utf8(`${head}\nN02797;1488;2030;T;5\n`),
				cp1252('N02797;1488;2031;T;5;Trollhättan\n'),
				utf8('N02797;1488;2032;T;5\n')
			)
		);
		expect(at(r)).toEqual([[3, 'bad_encoding']]);
	});
	it('a file that is all Windows-1252 is read as it is', async () => {
		expect((await stage(cp1252(`${head.replace('år', 'år')}\nN02797;1488;2030;T;5\n`))).encoding).toBe('windows-1252');
	});
	it('quoted line breaks do not shift the lines after them', async () => {
		const r = await stage(
			[
				'nyckeltal;kommun;år;kön;värde;kommentar',
				'N02797;1488;2030;T;5;"två\nrader"',
				'N02797;1488;2031;T;5;"tre\n\nrader"',
				'N02797;1488;2032;T;abc;',
				'N02797;1488;2033;T'
			].join('\n')
		);
		const errors = r.problems.filter(isError);
		expect(errors.map((p) => [p.line, p.kind])).toEqual([
			[7, 'not_a_number'],
			[8, 'ragged_row']
		]);
		expect(errors[1]!.detail).toBe('4/6');
	});
	it('a short row is one problem with its own field count', async () => {
		const r = await stage(`${head}\nN02797;1488\nN02797;1488;2030;T;5\n`);
		expect(r.problems.map((p) => [p.line, p.kind, p.detail])).toEqual([[2, 'ragged_row', '2/5']]);
	});
	it("DuckDB's reasons come in Swedish: a line of three million characters", async () => {
		const r = await stage(`${head}\nN02797;1488;2030;T;${'x'.repeat(3_000_000)}\nN02797;1488;2031;T;5\n`);
		expect(kinds(r)).toContain('line_too_long');
		for (const p of r.problems) expect(describeProblem(p, 'sv')).not.toMatch(/Maximum|exceeded|bytes/);
	});
	it('invisible and look-alike characters are shown by their code and named', async () => {
		const r = await stage(
			[
				head,
				'N02797;\u202e8841;2030;T;5',
				'N02797;14\u200b88;2030;T;5',
				'\u041a02797;1488;2030;T;5',
				'N02797;1488;2030;T;5\u0000'
			].join('\n')
		);
		const said = r.problems.map((p) => describeProblem(p, 'sv'));
		expect(said[0]).toContain('⟨U+202E⟩');
		expect(said[0]).toMatch(/U\+202E \(osynligt tecken\)/);
		expect(said[1]).toContain('⟨U+200B⟩');
		expect(said.join(' ')).toMatch(/К U\+041A \(bokstav ur ett annat alfabet\)/);
		expect(said.join(' ')).toContain('U+0000');
		expect(r.problems.map((p) => p.line)).toEqual([2, 3, 4, 5]);
	});
	it('UTF-16 without a BOM is read as text', async () => {
		const text = `${head}\nN02797;1488;2030;T;5\n`;
		const le = new Uint8Array(text.length * 2);
		[...text].forEach((c, i) => le.set([c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8], i * 2));
		const r = await stage(le);
		expect(r).toMatchObject({ ok: true, encoding: 'utf-16le' });
	});
});

describe('property: real rows, hostile mutations', () => {
	type Mutation = 'none' | 'other_mark' | 'huge' | 'prototype_id' | 'bad_byte' | 'quoted_newline';
	const PROTOTYPE = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable'];

	it('every accepted value equals its cell; every rejection names the line an editor shows', async () => {
		const rowsArb = fc.array(
			fc.record({
				r: fc.constantFrom(...real.filter((r) => r.value !== Math.round(r.value))),
				mutation: fc.constantFrom<Mutation>(
					'none',
					'none',
					'none',
					'other_mark',
					'huge',
					'prototype_id',
					'bad_byte',
					'quoted_newline'
				),
				year: fc.integer({ min: 2030, max: 2090 })
			}),
			{ minLength: 4, maxLength: 12 }
		);
		await fc.assert(
			fc.asyncProperty(rowsArb, fc.constantFrom<',' | '.'>(',', '.'), async (rows, decimal) => {
				// A key is a row's own year, so that no two rows of the file collide.
				const seen = new Set<number>();
				rows = rows.filter((x) => !seen.has(x.year) && seen.add(x.year));
				// The other mark stays a minority among the values written with a decimal mark, so that the
				// file's own mark is clear ('1e999' has none: with seed 573001430 three of six rows were '1e999',
				// two had the other mark and one the file's own, and the importer rightly took the majority's).
				const own = rows.filter((x) => x.mutation !== 'other_mark' && x.mutation !== 'huge').length;
				let others = 0;
				rows = rows.map((x) => (x.mutation === 'other_mark' && ++others * 2 >= own ? { ...x, mutation: 'none' } : x));
				const delim = decimal === ',' ? ';' : ',';
				const write = (v: number, mark: string) => String(v).replace('.', mark);
				const parts: Uint8Array[] = [
					utf8(['nyckeltal', 'kommun', 'år', 'kön', 'värde', 'kommentar'].join(delim) + '\n')
				];
				let line = 2;
				const expected: {
					line: number;
					refuse: boolean;
					applied: { indicator: string; year: number; value: number } | null;
				}[] = [];
				for (const { r, mutation, year } of rows) {
					const id = mutation === 'prototype_id' ? PROTOTYPE[year % PROTOTYPE.length]! : r.indicator;
					const cell =
						mutation === 'other_mark'
							? write(r.value, decimal === ',' ? '.' : ',')
							: mutation === 'huge'
								? '1e999'
								: write(r.value, decimal);
					const comment = mutation === 'quoted_newline' ? '"rad ett\nrad två"' : 'ok';
					const text = [id, r.municipality, year, r.gender, `"${cell}"`, ''].join(delim);
					parts.push(
						utf8(text),
						mutation === 'bad_byte' ? new Uint8Array([0xff]) : new Uint8Array(),
						utf8(comment + '\n')
					);
					expected.push({
						line,
						refuse: mutation === 'other_mark' || mutation === 'huge' || mutation === 'bad_byte',
						applied: mutation === 'prototype_id' ? null : { indicator: id, year, value: r.value }
					});
					line += mutation === 'quoted_newline' ? 2 : 1;
				}
				// Something for "Trollhättan"-style text, so the file holds UTF-8 beyond the header.
				const report = await store.stage(concat(...parts), 'fuzz.csv');
				const refused = expected.filter((e) => e.refuse);
				if (refused.length > 0) {
					expect(report.ok).toBe(false);
					const lines = new Set(report.problems.map((p) => p.line));
					// A byte that is not UTF-8 stops the reading first: those lines are named, and only those.
					const broken = rows.flatMap((x, i) => (x.mutation === 'bad_byte' ? [expected[i]!.line] : []));
					for (const l of broken.length ? broken : refused.map((e) => e.line)) expect(lines, `line ${l}`).toContain(l);
					for (const p of report.problems) expect([1, ...expected.map((e) => e.line)]).toContain(p.line);
					return;
				}
				expect(report.ok, JSON.stringify(report.problems)).toBe(true);
				await store.apply();
				for (const e of expected) {
					if (!e.applied) continue;
					const [got] = await engine.all<{ value: number }>(
						'SELECT value FROM upload WHERE indicator = ? AND period = ?',
						[e.applied.indicator, e.applied.year]
					);
					expect(got?.value).toBe(e.applied.value);
				}
				await store.undo();
			}),
			{ numRuns: 60 }
		);
	}, 180_000);
});

describe("the repository's own files, read by npm run check-data and the build", () => {
	it('a column named like a JavaScript property is an unknown column, not a crash', async () => {
		const { readTable } = await import('$lib/data/table');
		const { text } = await import('$lib/data/cells');
		const r = readTable('data/x.csv', 'id,constructor,toString\na,1,2\n', { id: text });
		expect(r.rows.map((x) => x.value)).toEqual([{ id: 'a' }]);
		expect(r.problems.map((p) => [p.kind, p.column])).toEqual([
			['unknown_column', 'constructor'],
			['unknown_column', 'toString']
		]);
	});
	it('a 400-digit number and year 9999 are refused there too', async () => {
		const { number, year } = await import('$lib/data/cells');
		expect(number('9'.repeat(400))).toMatchObject({ ok: false, kind: 'not_finite' });
		expect(year('9999')).toMatchObject({ ok: false, kind: 'implausible_year' });
		expect(year('2022')).toEqual({ ok: true, value: 2022 });
	});
});
