import { describe, expect, it } from 'vitest';
import { figureCsv, figureFile, figureFileName } from '$lib/charts/kinds';
import { withDpi } from '$lib/charts/png';
import type { Series } from '$lib/model/model';
import type { LineFigure } from '$lib/followup/views/figure';
import { readView, viewQuery, withView } from '$lib/url/params';

const series: Series[] = [
	{
		id: '1488',
		label: 'Trollhättan',
		kind: 'municipality',
		points: [
			{ period: 2021, value: 6.302075, status: null },
			{ period: 2022, value: 5.965606, status: null }
		]
	},
	{
		id: 'x',
		label: '=HYPERLINK("http://evil")',
		kind: 'other',
		points: [
			{ period: 2022, value: null, status: '..' },
			{ period: 2021, value: -1.5, status: null }
		]
	}
];

const figure: LineFigure = {
	kind: 'line',
	id: 'test',
	title: 'T',
	unit: '%',
	series,
	target: null,
	band: [],
	bandLabel: null,
	source: 'Kolada (RKA), N02797',
	summary: null,
	lang: 'sv',
	about: { indicator: 'N02797', retrieved: '2026-03-23' },
	embed: null
};

describe('chart as an SVG file', () => {
	it('escapes every text, inlines styles, and tells the values in words', () => {
		const svg = figureFile({ ...figure, title: 'A & B <script>alert(1)</script>', summary: 'Sammanfattning "här"' });
		expect(svg).toContain('<title>A &amp; B &lt;script&gt;alert(1)&lt;/script&gt;</title>');
		expect(svg).not.toContain('<script>');
		expect(svg).not.toMatch(/var\(--|class=/);
		expect(svg).toMatch(/<title>Trollhättan 2022: 6,0\s%<\/title>/);
		expect(svg).toContain('<desc>Sammanfattning &quot;här&quot;</desc>');
	});
});

describe('a file name a person can file', () => {
	it("says what the chart is and shows, in the figure's language, in letters every system keeps", () => {
		const named = (id: string, title: string, lang: 'sv' | 'en' = 'sv') =>
			figureFileName({ ...figure, id, title, lang });
		expect(named('target-t02', 'Unga som varken arbetar eller studerar, 16–24 år, andel (%)')).toBe(
			'effektmal-t02-unga-som-varken-arbetar-eller-studerar-16-24-ar-andel'
		);
		expect(named('target-t02', 'Young people not in work or education', 'en')).toBe(
			'target-t02-young-people-not-in-work-or-education'
		);
		expect(named('own-m02-avbrott', 'Avbrott, Åtgärd för öppen förskola')).toBe(
			'insatsens-matt-m02-avbrott-avbrott-atgard-for-oppen-forskola'
		);
		// A long title is cut at a word.
		const long = named(
			'indicator-N02797',
			'Lämnat etableringsuppdraget och börjat arbeta eller studera (status efter 90 dagar)'
		);
		expect(long).toBe('nyckeltal-n02797-lamnat-etableringsuppdraget-och-borjat-arbeta-eller-studera');
		expect(named('', '<>')).toBe('chart');
	});
});

describe('chart values as Excel CSV', () => {
	it('is ;-separated with decimal comma and BOM, keeps missing values empty with their mark, and guards formula-like text', () => {
		const csv = figureCsv({ ...figure, title: 'Titel; med semikolon' });
		const lines = csv.slice(1).split('\r\n');
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(lines[0]).toBe('nyckeltal;titel;serie;år;värde;status;källa;hämtad');
		expect(lines[1]).toBe('N02797;"Titel; med semikolon";Trollhättan;2021;6,302075;;Kolada (RKA), N02797;2026-03-23');
		expect(lines[3]).toBe(
			`N02797;"Titel; med semikolon";"'=HYPERLINK(""http://evil"")";2022;;..;Kolada (RKA), N02797;2026-03-23`
		);
		expect(lines[4]).toContain(';-1,5;'); // a negative number stays a number
	});

	it('holds everything the picture draws: the target, the band and the thin lines, each named for what it is', () => {
		const csv = figureCsv({
			...figure,
			target: { baseline_period: 2020, baseline_value: 7.25, target_period: 2026, target_value: 5 },
			band: [{ period: 2022, min: 3.1, max: 9 }],
			bandLabel: 'Liknande kommuner: lägsta–högsta',
			thin: { label: 'Annan kommun', periods: [2021, 2022], lines: [[0.5, null]] }
		});
		const rows = csv
			.slice(1)
			.trim()
			.split('\r\n')
			.map((l) => l.split(';').slice(2, 5));
		expect(rows.slice(5)).toEqual([
			['Mål: utgångsvärde', '2020', '7,25'],
			['Mål: målvärde', '2026', '5'],
			['Liknande kommuner (lägsta)', '2022', '3,1'],
			['Liknande kommuner (högsta)', '2022', '9'],
			['Annan kommun 1', '2021', '0,5'],
			['Annan kommun 1', '2022', '']
		]);
	});
});

describe('the view in a query string', () => {
	const allowed = { genders: ['T', 'K', 'M'] as const, years: [2019, 2020, 2021, 2022], compare: ['riket', 'none'] };
	const read = (q: string) => {
		const { period: _p, theme: _t, effect: _e, ...rest } = readView(new URLSearchParams(q), allowed);
		return rest;
	};
	it('reads a good view', () => {
		expect(read('kon=K&fran=2020&till=2021&jamfor=riket')).toEqual({
			gender: 'K',
			from: 2020,
			until: 2021,
			compare: 'riket',
			ignored: []
		});
	});
	it('names what it cannot use and shows the default instead', () => {
		expect(read('kon=X&fran=abc&till=1800&jamfor=%3Cscript%3E')).toEqual({
			gender: 'T',
			from: null,
			until: null,
			compare: null,
			ignored: ['kon=X', 'fran=abc', 'till=1800', 'jamfor=<script>']
		});
		expect(read('fran=2022&till=2020').ignored).toEqual(['fran=2022']);
		expect(readView(new URLSearchParams('period=kvartal-2021&tema=blå')).ignored).toEqual([
			'period=kvartal-2021',
			'tema=blå'
		]);
	});
	it('reads a report period and a theme', () => {
		const v = readView(new URLSearchParams('period=delar-2025&tema=mork'));
		expect(v.period).toEqual({ kind: 'delar', year: 2025, asOf: '2025-08-31' });
		expect(v.theme).toBe('dark');
	});
	it("reads whether a target's embed shows its synthetic comparison, and names a value it cannot use", () => {
		expect(readView(new URLSearchParams('effekt=ja')).effect).toBe(true);
		expect(readView(new URLSearchParams('effekt=nej')).effect).toBe(false);
		expect(readView(new URLSearchParams('effekt=kanske')).ignored).toEqual(['effekt=kanske']);
		expect(viewQuery({ effect: true })).toBe('?effekt=ja');
		expect(viewQuery({ effect: false })).toBe('');
	});
	it('writes a view back, leaving out defaults, and changes one parameter of a URL keeping the rest', () => {
		expect(viewQuery({ gender: 'K', from: 2015, compare: '1490' })).toBe('?kon=K&fran=2015&jamfor=1490');
		expect(viewQuery({ gender: 'T', from: null })).toBe('');
		const url = new URL('http://x/uppfoljning/nyckeltal/N02797/?kon=K&jamfor=1490');
		expect(withView(url, { gender: 'T' }).search).toBe('?jamfor=1490');
		expect(withView(url, { from: 2018 }).search).toBe('?kon=K&jamfor=1490&fran=2018');
		// Reading what was written gives the same view.
		const written = viewQuery({ gender: 'M', from: 2019, until: 2021, compare: 'riket', theme: 'dark' });
		const back = readView(new URLSearchParams(written.slice(1)), allowed);
		expect([back.gender, back.from, back.until, back.compare, back.theme]).toEqual(['M', 2019, 2021, 'riket', 'dark']);
	});
});

describe('PNG resolution', () => {
	it('writes a pHYs chunk with pixels per metre and its CRC right after IHDR', () => {
		// A 1×1 PNG: signature, IHDR, IDAT, IEND.
		const png = Uint8Array.from(
			Buffer.from(
				'89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c626001000000ffff03000006000557bfabd40000000049454e44ae426082',
				'hex'
			)
		);
		const out = Buffer.from(withDpi(png, 72));
		const at = 8 + 25; // after the signature and IHDR
		// 72 dpi is 2835 px/m; this chunk, CRC included, is the one found in countless PNGs.
		expect(out.subarray(at, at + 21).toString('hex')).toBe('00000009' + '70485973' + '00000b1300000b1301' + '009a9c18');
		expect(out.length).toBe(png.length + 21);
		expect(Buffer.from(out.subarray(at + 21)).equals(Buffer.from(png.subarray(at)))).toBe(true);
	});
});
