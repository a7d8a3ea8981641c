import { describe, expect, it } from 'vitest';
import { readTable } from '$lib/data/table';
import { observationSchema } from '$lib/data/schemas';
import { formatProblem } from '$lib/data/problems';

const header = 'indicator,municipality,period,gender,value,status\n';

describe('readTable (observations)', () => {
	it('keeps municipality codes as text with leading zeros and types numbers', () => {
		const r = readTable('o.csv', header + 'N02797,0138,2022,T,5.965606,\n', observationSchema);
		expect(r.problems).toEqual([]);
		expect(r.rows[0]!.value).toEqual({
			indicator: 'N02797',
			municipality: '0138',
			period: 2022,
			gender: 'T',
			value: 5.965606,
			status: null
		});
	});

	it('reads Kolada missing marks as missing values with their status, never zero', () => {
		const r = readTable(
			'o.csv',
			header + 'N02797,1488,2021,T,,..\nN02797,1488,2020,K,,-\nN02797,1488,2019,M,,.\n',
			observationSchema
		);
		expect(r.problems).toEqual([]);
		expect(r.rows.map((x) => [x.value.value, x.value.status])).toEqual([
			[null, '..'],
			[null, '-'],
			[null, '.']
		]);
	});

	it('names the line and column of a value that is not a number', () => {
		const r = readTable('o.csv', header + 'N02797,1488,2022,T,5.9,\nN02797,1488,2021,T,abc,\n', observationSchema);
		expect(r.rows).toHaveLength(1);
		expect(r.problems).toEqual([
			{ file: 'o.csv', line: 3, column: 'value', kind: 'not_a_number', text: 'abc', detail: undefined }
		]);
	});

	it('suggests the padded code for a code that lost its leading zero', () => {
		const r = readTable('o.csv', header + 'N02797,138,2022,T,1,\n', observationSchema);
		expect(r.problems[0]).toMatchObject({
			line: 2,
			column: 'municipality',
			kind: 'bad_code',
			text: '138',
			detail: '0138'
		});
	});

	it('counts lines right across blank lines, CRLF, a BOM and quoted fields spanning lines', () => {
		const text = '\ufeff' + header.replace('\n', '\r\n') + '\r\n"N0\n2797",1488,2022,T,1,\r\nN02797,1488,20x3,T,1,\r\n';
		const r = readTable('o.csv', text, observationSchema);
		expect(r.problems).toEqual([
			expect.objectContaining({ line: 5, column: 'period', kind: 'not_a_year', text: '20x3' })
		]);
	});

	it('reports a ragged row, missing and unknown columns', () => {
		const r = readTable(
			'o.csv',
			'indicator,municipality,period,gender,value,colour\nN02797,1488,2022,T\n',
			observationSchema
		);
		const kinds = r.problems.map((p) => [p.kind, p.line, p.column]);
		expect(kinds).toContainEqual(['unknown_column', 1, 'colour']);
		expect(kinds).toContainEqual(['missing_column', 1, 'status']);
		expect(kinds).toContainEqual(['ragged_row', 2, null]);
	});

	it('rejects gender outside T/K/M and an empty file', () => {
		expect(readTable('o.csv', header + 'N02797,1488,2022,X,1,\n', observationSchema).problems[0]).toMatchObject({
			kind: 'not_allowed',
			column: 'gender',
			text: 'X'
		});
		expect(readTable('o.csv', '', observationSchema).problems[0]).toMatchObject({ kind: 'empty_file', line: null });
	});
});

describe('a character no one can see', () => {
	it('is refused where it stands, named by its code, in any text file (NUL, zero-width space, a right-to-left override)', () => {
		for (const char of ['\u0000', '\u200B', '\u202E', '\uFEFF']) {
			const r = readTable('o.csv', header + `N02797,14${char}88,2022,T,5.9,\n`, observationSchema);
			expect(r.rows).toEqual([]);
			expect(r.problems).toMatchObject([{ line: 2, column: 'municipality', kind: 'invisible_character' }]);
			const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
			expect(formatProblem(r.problems[0]!)).toContain(code);
		}
	});

	it('leaves tabs, line breaks inside a quoted cell, å ä ö and a no-break space alone', () => {
		const r = readTable('o.csv', header + 'N02797,1488,2022,T,5.9,"..\u00a0\r\n"\n', observationSchema);
		expect(r.problems.map((p) => p.kind)).not.toContain('invisible_character');
	});
});
