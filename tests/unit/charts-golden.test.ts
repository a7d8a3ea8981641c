/**
 * Every chart kind, drawn for the page (server-rendered, as prerendered HTML has it) and as a file
 * (the SVG download, the PNG, /diagram/…, the report and the .docx), compared with golden files
 * under tests/golden/charts. A change that moves a mark shows up as a diff. Dark is the stylesheet's
 * business (the page's markup is the same in both themes): the last tests hold every colour the
 * charts use to be defined in light and both dark themes, and a file's colours to be the light theme's.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import Figure from '$lib/charts/Figure.svelte';
import { figureCsv, figureFile } from '$lib/charts/kinds';
import { PRINT, PRINT_TONE } from '$lib/charts/palette';
import { readDataDir } from '$lib/data/repository.server';
import { FollowUp } from '$lib/followup/followup';
import type { Figure as FigureSpec, LineFigure } from '$lib/followup/views/figure';
import { keyFigureFigure, statusFigure, targetFigure } from '$lib/followup/views/charts';
import { measureDetail } from '$lib/followup/views/entities';
import { indicatorPage, overviewPage, targetPage } from '$lib/followup/views/pages';
import { matchGolden, normaliseSvg } from './golden';
import { periodAtTime } from '$lib/model/periods';

// A fixed copy of the demo data (tests/fixtures/golden-data: its key figures for Trollhättan, its region,
// Riket and its comparison groups), so that a Kolada refresh of data/ never changes a golden file.
const data = readDataDir('tests/fixtures/golden-data').dataset!;
const f = new FollowUp(data, new Date('2026-11-22T00:00:00Z'));

const keyFigure = (id: string, lang: 'sv' | 'en'): LineFigure =>
	keyFigureFigure(
		indicatorPage(f, id, lang)!,
		{ gender: 'T', from: null, until: null, compare: null, other: null },
		id,
		lang
	);

const target = (id: string, lang: 'sv' | 'en') =>
	targetFigure(targetPage(f, id, lang)!.target.chart, 'riket', lang) as LineFigure;

/** A line chart of values made for the test (not Kolada's), for shapes the real data lacks. */
const line = (title: string, unit: string, series: LineFigure['series'], source: string): LineFigure => ({
	kind: 'line',
	id: 'x',
	title,
	unit,
	series,
	target: null,
	band: [],
	bandLabel: null,
	source,
	summary: null,
	lang: 'sv',
	about: null,
	embed: null
});

const real = (indicator: string, code: string) => f.index.points(indicator, code, 'T');
const trollhattan = { id: '1488', label: 'Trollhättan', kind: 'municipality' as const };

const overview = overviewPage(f, 'sv');

const cases: Record<string, FigureSpec> = {
	'key-figure-band': keyFigure('N02797', 'sv'),
	'key-figure-english': keyFigure('N03926', 'en'),
	'target-trajectory': target('t02', 'sv'),
	'target-english': target('t07', 'en'),
	// Real values with three years taken out, and a year Kolada marks as secret.
	gaps: line(
		'Luckor i serien',
		'%',
		[
			{
				...trollhattan,
				points: real('N00973', '1488')
					.filter((p) => ![2012, 2013, 2017].includes(p.period))
					.map((p) => (p.period === 2015 ? { ...p, value: null, status: '..' as const } : p))
			},
			{ id: '0000', label: 'Riket', kind: 'riket', points: real('N00973', '0000') }
		],
		'Kolada (RKA), N00973'
	),
	negative: line(
		'Förändring mot föregående år, procentenheter',
		'procentenheter',
		[
			{
				...trollhattan,
				points: real('N03926', '1488').map((p, i, ps) => ({
					...p,
					value:
						i === 0 || p.value === null || ps[i - 1]!.value === null
							? null
							: Math.round((p.value - ps[i - 1]!.value!) * 100) / 100
				}))
			}
		],
		'Kolada (RKA), N03926'
	),
	'below-one-percent': line(
		'Ett litet nyckeltal',
		'%',
		[
			{
				...trollhattan,
				points: [2017, 2018, 2019, 2020, 2021, 2022].map((period, i) => ({
					period,
					value: [0.62, 0.58, 0.71, 0.66, 0.55, 0.6][i]!,
					status: null
				}))
			}
		],
		'Test'
	),
	'long-title': {
		...target('t06', 'sv'),
		title:
			'Lämnat etableringsuppdraget och börjat arbeta eller studera (status efter 90 dagar), andel (%) – en mycket lång titel som måste brytas på flera rader'
	},
	status: statusFigure('status', 'Effektmål per område och status', overview.byArea, overview.counts, 'sv'),
	// A measure's own figures (examples, not Kolada's): terms as bars with a value too small to show, a share by half-year with its target.
	'own-terms-small': measureDetail(f, 'm02', 'sv')!.figures.find((x) => x.id === 'own-m02-avbrott')!,
	'own-target-halves': targetFigure(targetPage(f, 't13', 'sv')!.target.chart, 'riket', 'sv'),
	'own-english': measureDetail(f, 'm03', 'en')!.figures[0]!
};

describe('chart golden files', () => {
	for (const [name, figure] of Object.entries(cases)) {
		const named = { ...figure, id: name };
		it(`${name}: the file`, () => matchGolden(`charts/${name}.file.svg`, normaliseSvg(figureFile(named))));
		it(`${name}: the page`, () => {
			const { body } = render(Figure, { props: { figure: named } });
			const html = body.replace(/<!--[^]*?-->/g, '');
			const plot = /<svg viewBox[^]*?<\/svg><\/div>/.exec(html)![0].replace(/<\/div>$/, '');
			matchGolden(`charts/${name}.page.svg`, normaliseSvg(plot));
		});
	}
});

describe("a measure's own figure as CSV", () => {
	it('holds the target the chart draws, by its periods and values', () => {
		const figure = cases['own-target-halves']!;
		const t = targetPage(f, 't13', 'sv')!.target;
		const rows = figureCsv(figure)
			.slice(1)
			.trim()
			.split('\r\n')
			.map((l) => l.split(';'));
		const target = rows.filter((r) => r[2]!.startsWith('Mål: '));
		// A half-year is a time on the charts' scale (2023H2 → 2023) and written as its code.
		const code = (t: number) => periodAtTime(t, 'half')!.code;
		expect(target.map((r) => [r[2], r[3], Number(r[4]!.replace(',', '.'))])).toEqual([
			['Mål: utgångsvärde', code(t.baseline_period), t.baseline_value],
			['Mål: målvärde', code(t.target_period), t.target_value]
		]);
	});
});

describe('colours: the page in light and dark, the file in print colours', () => {
	const css = readFileSync('src/app.css', 'utf8');
	const block = (selector: RegExp) => {
		const at = css.search(selector);
		return css.slice(at, css.indexOf('}', at));
	};
	const light = block(/^:root \{/m);
	const darkByPreference = block(/:root:not\(\[data-theme='light'\]\) \{/);
	const darkByChoice = block(/:root\[data-theme='dark'\] \{/);
	const value = (b: string, name: string) => new RegExp(`--${name}:\\s*([^;]+);`).exec(b)?.[1]?.trim();

	it('every colour a chart on the page uses is defined in light and in both dark themes', () => {
		const used = new Set<string>();
		for (const [name, figure] of Object.entries(cases)) {
			const { body } = render(Figure, { props: { figure: { ...figure, id: name } } });
			for (const m of body.matchAll(/var\(--([a-z-]+)\)/g)) used.add(m[1]!);
		}
		for (const m of css.matchAll(/\.(?:chart|legend|status-chart)[^{]*\{[^}]*\}/g))
			for (const v of m[0].matchAll(/var\(--([a-z-]+)\)/g)) used.add(v[1]!);
		expect(used.size).toBeGreaterThan(8);
		for (const name of used) {
			expect(value(light, name), `--${name} light`).toBeDefined();
			expect(value(darkByPreference, name), `--${name} dark`).toBeDefined();
			expect(value(darkByChoice, name), `--${name} tema=mork`).toBeDefined();
		}
	});

	it("a file's colours are the light theme's", () => {
		for (const kind of ['municipality', 'riket', 'region', 'group', 'other'] as const)
			expect(PRINT[kind]).toBe(value(light, `series-${kind}`));
		expect(PRINT.text).toBe(value(light, 'text'));
		expect(PRINT.muted).toBe(value(light, 'muted'));
		expect(PRINT.grid).toBe(value(light, 'grid'));
		for (const tone of ['good', 'mid', 'bad', 'none'] as const)
			expect(PRINT_TONE[tone]).toBe(value(light, `status-${tone}`));
	});
});
