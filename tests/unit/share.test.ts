import { describe, expect, it } from 'vitest';
import { chartSvg } from '$lib/charts/svg-document';
import { chartCsv } from '$lib/charts/chart-csv';
import { embedView } from '$lib/charts/embed-params';
import { withDpi } from '$lib/charts/png';
import type { ChartSeries } from '$lib/charts/geometry';

const series: ChartSeries[] = [
	{ id: '1488', label: 'Trollhättan', kind: 'municipality', points: [{ period: 2021, value: 6.302075, status: null }, { period: 2022, value: 5.965606, status: null }] },
	{ id: 'x', label: '=HYPERLINK("http://evil")', kind: 'other', points: [{ period: 2022, value: null, status: '..' }, { period: 2021, value: -1.5, status: null }] }
];

describe('chart as an SVG file', () => {
	it('escapes every text, inlines styles, and tells the values in words', () => {
		const svg = chartSvg({ title: 'A & B <script>alert(1)</script>', unit: '%', series, source: 'Kolada (RKA), N02797', summary: 'Sammanfattning "här"', lang: 'sv' });
		expect(svg).toContain('<title>A &amp; B &lt;script&gt;alert(1)&lt;/script&gt;</title>');
		expect(svg).not.toContain('<script>');
		expect(svg).not.toMatch(/var\(--|class=/);
		expect(svg).toMatch(/<title>Trollhättan 2022: 6,0\s%<\/title>/);
		expect(svg).toContain('<desc>Sammanfattning &quot;här&quot;</desc>');
	});
});

describe('chart values as Excel CSV', () => {
	it('is ;-separated with decimal comma and BOM, keeps missing values empty with their mark, and guards formula-like text', () => {
		const csv = chartCsv(series, { indicator: 'N02797', title: 'Titel; med semikolon', source: 'Kolada (RKA), N02797', retrieved: '2026-03-23', lang: 'sv' });
		const lines = csv.slice(1).split('\r\n');
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(lines[0]).toBe('nyckeltal;titel;serie;år;värde;status;källa;hämtad');
		expect(lines[1]).toBe('N02797;"Titel; med semikolon";Trollhättan;2021;6,302075;;Kolada (RKA), N02797;2026-03-23');
		expect(lines[3]).toBe(`N02797;"Titel; med semikolon";"'=HYPERLINK(""http://evil"")";2022;;..;Kolada (RKA), N02797;2026-03-23`);
		expect(lines[4]).toContain(';-1,5;'); // a negative number stays a number
	});
});

describe("an embed's query string", () => {
	const allowed = { genders: ['T', 'K', 'M'] as const, years: [2019, 2020, 2021, 2022], compare: ['riket', 'none'] };
	it('reads a good view', () => {
		expect(embedView(new URLSearchParams('kon=K&fran=2020&till=2021&jamfor=riket'), allowed)).toEqual({ gender: 'K', from: 2020, until: 2021, compare: 'riket', ignored: [] });
	});
	it('names what it cannot use and shows the default instead', () => {
		expect(embedView(new URLSearchParams('kon=X&fran=abc&till=1800&jamfor=%3Cscript%3E'), allowed)).toEqual({
			gender: 'T',
			from: null,
			until: null,
			compare: null,
			ignored: ['kon=X', 'fran=abc', 'till=1800', 'jamfor=<script>']
		});
		expect(embedView(new URLSearchParams('fran=2022&till=2020'), allowed).ignored).toEqual(['fran=2022']);
	});
});

describe('PNG resolution', () => {
	it('writes a pHYs chunk with pixels per metre and its CRC right after IHDR', () => {
		// A 1×1 PNG: signature, IHDR, IDAT, IEND.
		const png = Uint8Array.from(
			Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c626001000000ffff03000006000557bfabd40000000049454e44ae426082', 'hex')
		);
		const out = Buffer.from(withDpi(png, 72));
		const at = 8 + 25; // after the signature and IHDR
		// 72 dpi is 2835 px/m; this chunk, CRC included, is the one found in countless PNGs.
		expect(out.subarray(at, at + 21).toString('hex')).toBe('00000009' + '70485973' + '00000b1300000b1301' + '009a9c18');
		expect(out.length).toBe(png.length + 21);
		expect(Buffer.from(out.subarray(at + 21)).equals(Buffer.from(png.subarray(at)))).toBe(true);
	});
});
