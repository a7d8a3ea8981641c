/**
 * The judgement made on an upload's bytes while DuckDB reads them: which records are canonical and
 * may be taken as written, which go through every check, and when the bytes cannot be judged alike
 * with DuckDB at all.
 */
import { describe, expect, it } from 'vitest';
import { MAX_FLAGGED, scanRecords } from '$lib/upload/scan';
import { sniff } from '$lib/upload/sniff';
import type { Reference } from '$lib/upload/report';

const reference: Reference = {
	indicators: ['N02797'],
	shares: ['N02797'],
	municipalities: ['0000', '1488', '1490', '0138'],
	home: '1488'
};

function scan(text: string) {
	const bytes = new TextEncoder().encode(text);
	return scanRecords(bytes, sniff(text.slice(0, 64 * 1024)), reference);
}

const HEAD = 'nyckeltal;kommun;år;kön;värde;status';

describe('scanRecords', () => {
	it('takes a clean file as it is, and counts what the preview shows', async () => {
		const s = await scan(
			`${HEAD}\r\nN02797;1488;2022;T;5,9;\r\nN02797;1488;2023;K;..;\r\nN00700;0000;2021;M;;..\r\nN00700;0000;2021;T;NA;\r\n`
		);
		expect(s).not.toBeNull();
		expect([...s!.flagged!]).toEqual([]);
		expect(s!.records).toBe(4);
		expect(s!.decimal).toBe(',');
		expect(s!.counted).toEqual({
			values: 4,
			municipalities: 2,
			periods: [2021, 2022, 2023],
			indicators: [
				{ id: 'N02797', values: 2 },
				{ id: 'N00700', values: 2 }
			],
			// The home municipality's values per key figure and gender: the preview's chart is picked among them.
			home: [
				{ id: 'N02797', gender: 'T', values: 1 },
				{ id: 'N02797', gender: 'K', values: 1 }
			]
		});
	});

	it('sends every record that is not canonical to the checks, and only those', async () => {
		const rows = [
			'N02797;1488;2022;T;5,9;', // 0 canonical
			' N02797;1488;2022;K;5,9;', // 1 a space
			'N02797;138;2022;M;5,9;', // 2 a short code
			'N02797;9999;2021;T;5,9;', // 3 a code Kolada does not have
			'N02797;1488;22;T;5,9;', // 4 a short year
			'N02797;1488;2021;t;5,9;', // 5 a lower-case gender
			'N02797;1488;2020;T;101;', // 6 a share above 100
			'N02797;1488;2019;T;-1;', // 7 a negative share
			'N00700;1488;2019;T;5,9;..', // 8 a value beside a mark
			'N00700;1488;2018;T;1 234;', // 9 a space inside a number
			'N00700;1488;2017;T;−3;', // 10 a typographic minus
			'N00700;1488;2016;T;5,9;x', // 11 an unknown status
			'N00700;1488;2015;T;1e400;', // 12 a number too large to be finite
			'N00700;1488;2014;T;150;', // 13 canonical: not a share
			'N00700;1488;2013;T;"7";' // 14 canonical: quoted as a whole
		];
		const s = await scan([HEAD, ...rows].join('\n') + '\n');
		expect([...s!.flagged!]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
		expect(s!.counted).toBeNull();
	});

	it('sends every occurrence of a key written twice to the checks', async () => {
		const s = await scan(
			`${HEAD}\nN02797;1488;2022;T;5,9;\nN02797;1488;2023;T;1;\nN02797;1488;2022;T;6;\nN02797;1488;2022;K;6;\n`
		);
		expect([...s!.flagged!]).toEqual([0, 2]);
	});

	it('judges the decimal mark as DuckDB counts it, marks included', async () => {
		// Two cells hold a point (the marks) and one a comma: the file's mark is the point, as in
		// the checks, and the number written with a comma makes the whole file theirs.
		const s = await scan(
			`nyckeltal;kommun;år;kön;värde\nN00700;1488;2022;T;1,5\nN00700;1488;2023;T;.\nN00700;1488;2021;T;.\n`
		);
		expect(s!.decimal).toBe('.');
		expect(s!.flagged).toBeNull();
		expect((await scan(`nyckeltal,kommun,år,kön,värde\nN00700,1488,2022,T,1.5\n`))!.decimal).toBe('.');
	});

	it('reads a quoted field that holds the delimiter as DuckDB does', async () => {
		const s = await scan(
			`nyckeltal,kommun,år,kön,värde\n"N02797","1488","2021","T","4,5"\n"N02797","1488","2020","T",".."\n`
		);
		expect([...s!.flagged!]).toEqual([]);
		// One cell with a comma, one with a point (the mark): a tie, so the mark sniffed from the head.
		expect(s!.decimal).toBe(',');
	});

	it('gives up where DuckDB could read the records otherwise', async () => {
		expect(await scan(`${HEAD}\nN02797;1488;2022;T;"5\n9";\n`)).toBeNull(); // a quoted line break
		expect(await scan(`${HEAD}\nN02797;1488;2022;T;5"9;\n`)).toBeNull(); // a quote inside a field
		expect(await scan(`${HEAD}\nN02797;1488;2022;T;"5""9";\n`)).toBeNull(); // an escaped quote
		expect(await scan(`${HEAD}\nN02797;1488;2022;T;5;\rN02797;1488;2023;T;5;\n`)).toBeNull(); // a lone carriage return
		expect(await scan(`\n${HEAD}\nN02797;1488;2022;T;5;\n`)).toBeNull(); // a blank line before the header
	});

	it('blank lines are no records; a row with too few fields is one', async () => {
		const s = await scan(`${HEAD}\n\nN02797;1488;2022;T;5;\n\r\nN02797;1488;2023\nN02797;1488;2024;T;5;`);
		expect(s!.records).toBe(3);
		expect([...s!.flagged!]).toEqual([1]);
	});

	it('past the limit, the records are no longer listed: every one is checked', async () => {
		const bad = Array.from({ length: MAX_FLAGGED + 1 }, (_, i) => `N02797;1488;${1950 + (i % 100)};X;1;`);
		const s = await scan([HEAD, ...bad].join('\n'));
		expect(s!.flagged).toBeNull();
		expect(s!.records).toBe(MAX_FLAGGED + 1);
	});
});
