/**
 * Every chart kind, drawn for the page (server-rendered, as prerendered HTML has it) and as a file
 * (the SVG download, the PNG, /diagram/…, the report and the .docx), compared with golden files
 * under tests/golden/charts. A change that moves a mark shows up as a diff.
 */
import { describe, it } from 'vitest';
import { render } from 'svelte/server';
import LineChart from '$lib/charts/LineChart.svelte';
import { chartSvg, type ChartDocument } from '$lib/charts/svg-document';
import { readDataDir } from '$lib/data/repository.server';
import { FollowUp } from '$lib/followup/followup';
import { indicatorPage, targetPage } from '$lib/followup/pages';
import { strings } from '$lib/i18n/strings';
import { matchGolden, normaliseSvg } from './golden';

const data = readDataDir('data').dataset!;
const f = new FollowUp(data, new Date('2026-11-22T00:00:00Z'));

function keyFigure(id: string, lang: 'sv' | 'en'): ChartDocument {
	const page = indicatorPage(f, id, lang)!;
	const view = page.byGender.T!;
	return {
		title: page.indicator.title,
		unit: page.indicator.unit,
		series: view.series,
		band: view.band,
		bandLabel: page.group ? `${page.group.title}: ${strings[lang].lowest_highest}` : undefined,
		source: `${page.indicator.source}, ${page.indicator.id}`,
		summary: view.summary,
		lang
	};
}

function target(id: string, lang: 'sv' | 'en'): ChartDocument {
	const c = targetPage(f, id, lang)!.target.chart;
	return { title: c.title, unit: c.unit, series: c.comparisons.riket ? [c.main, c.comparisons.riket] : [c.main], target: c.target, source: c.source, summary: c.summary, lang };
}

const real = (indicator: string, code: string) => f.index.points(indicator, code, 'T');
const trollhattan = { id: '1488', label: 'Trollhättan', kind: 'municipality' as const };

const cases: Record<string, ChartDocument> = {
	'key-figure-band': keyFigure('N02797', 'sv'),
	'key-figure-english': keyFigure('N03926', 'en'),
	'target-trajectory': target('t02', 'sv'),
	'target-english': target('t07', 'en'),
	gaps: {
		title: 'Luckor i serien',
		unit: '%',
		// Real values with three years taken out, and a year Kolada marks as secret.
		series: [
			{ ...trollhattan, points: real('N00973', '1488').filter((p) => ![2012, 2013, 2017].includes(p.period)).map((p) => (p.period === 2015 ? { ...p, value: null, status: '..' as const } : p)) },
			{ id: '0000', label: 'Riket', kind: 'riket', points: real('N00973', '0000') }
		],
		source: 'Kolada (RKA), N00973',
		lang: 'sv'
	},
	negative: {
		title: 'Förändring mot föregående år, procentenheter',
		unit: 'procentenheter',
		series: [{ ...trollhattan, points: real('N03926', '1488').map((p, i, ps) => ({ ...p, value: i === 0 || p.value === null || ps[i - 1]!.value === null ? null : Math.round((p.value - ps[i - 1]!.value!) * 100) / 100 })) }],
		source: 'Kolada (RKA), N03926',
		lang: 'sv'
	},
	'below-one-percent': {
		title: 'Ett litet nyckeltal',
		unit: '%',
		series: [{ ...trollhattan, points: [2017, 2018, 2019, 2020, 2021, 2022].map((period, i) => ({ period, value: [0.62, 0.58, 0.71, 0.66, 0.55, 0.6][i]!, status: null })) }],
		source: 'Test',
		lang: 'sv'
	},
	'long-title': {
		...target('t06', 'sv'),
		title: 'Lämnat etableringsuppdraget och börjat arbeta eller studera (status efter 90 dagar), andel (%) – en mycket lång titel som måste brytas på flera rader'
	}
};

describe('chart golden files', () => {
	for (const [name, doc] of Object.entries(cases)) {
		it(`${name}: the file`, () => matchGolden(`charts/${name}.file.svg`, normaliseSvg(chartSvg(doc))));
		it(`${name}: the page`, () => {
			const { body } = render(LineChart, { props: { id: name, ...doc, series: [...doc.series], band: doc.band ? [...doc.band] : [] } });
			const plot = /<svg viewBox[^]*?<\/svg><\/div>/.exec(body)![0].replace(/<\/div>$/, '');
			matchGolden(`charts/${name}.page.svg`, normaliseSvg(plot));
		});
	}
});
