import { describe, expect, it } from 'vitest';
import { readDataDir } from '$lib/data/repository.server';
import { FollowUp } from '$lib/followup/followup';
import { reportPage } from '$lib/followup/views/pages';
import { chartUntil, targetAsOf } from '$lib/followup/views/as-of';
import { parseReportPeriod } from '$lib/model/periods';

const data = readDataDir('data').dataset!;
const f = new FollowUp(data, new Date('2026-11-22T00:00:00Z'));
const report = reportPage(f, 'kommunen', 'sv')!;
const charts = [...report.measures.flatMap((m) => m.charts), ...report.own];
const rules = { partlyMetShare: report.partlyMetShare, maxAge: report.maxAge };

describe('report period', () => {
	it('reads the two council reports and nothing else', () => {
		expect(parseReportPeriod('delar-2021')).toEqual({ kind: 'delar', year: 2021, asOf: '2021-08-31' });
		expect(parseReportPeriod('ar-2020')).toEqual({ kind: 'ar', year: 2020, asOf: '2020-12-31' });
		for (const bad of [null, '', 'ar-20', 'delar-2021x', 'kvartal-2021']) expect(parseReportPeriod(bad)).toBeNull();
	});
});

describe('a target as it stood on a report day', () => {
	it('leaves out every value after the year, in the comparison lines too', () => {
		const c = charts.find((c) => Object.keys(c.chart.comparisons).length > 0)!;
		const capped = chartUntil(c.chart, 2019);
		const all = [capped.main, ...Object.values(capped.comparisons)].flatMap((s) => s!.points);
		expect(all.length).toBeGreaterThan(0);
		expect(Math.max(...all.map((p) => p.period))).toBe(2019);
		expect(chartUntil(c.chart, null)).toBe(c.chart);
	});

	it("keeps today's status, summary and chart for the current follow-up", () => {
		const c = charts[0]!;
		const now = targetAsOf(c.target, c.chart, null, rules, 'sv');
		expect(now.status).toBe(c.target.status);
		expect(now.summary).toBe(c.target.summary);
		expect(now.chart).toBe(c.chart);
	});

	it('writes the summary from the values up to the year, not the newest', () => {
		const c = charts.find(
			(c) => c.chart.main.points.some((p) => p.period === 2022 && p.value !== null) && c.target.baseline_period < 2020
		)!;
		const then = targetAsOf(c.target, c.chart, '2021-12-31', rules, 'sv');
		expect(c.target.summary).toContain('(2022)');
		expect(then.summary).not.toContain('2022)');
		expect(then.latest!.period).toBeLessThanOrEqual(2021);
		expect(then.chart.summary).toBe(then.summary);
	});

	it('cannot assess a target before its baseline has a follow-up value', () => {
		const c = charts[0]!;
		expect(targetAsOf(c.target, c.chart, `${c.target.baseline_period}-08-31`, rules, 'en').status).toBe(
			'not_assessable'
		);
	});
});

describe('the report as a Word file', async () => {
	const { unzipSync, strFromU8 } = await import('fflate');
	const { reportDocx } = await import('$lib/report/docx');
	const { reportOutline } = await import('$lib/report/outline');
	const { flatBlocks } = await import('$lib/report/blocks');
	const { figureFile } = await import('$lib/charts/kinds');
	const { strings } = await import('$lib/i18n/strings');
	// A 1×1 PNG stands in for the canvas drawing, which Node has not got.
	const png = Uint8Array.from(
		atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=='),
		(c) => c.charCodeAt(0)
	);
	const drawn: string[] = [];
	const render = async (f: Parameters<typeof figureFile>[0]) => {
		const svg = figureFile(f);
		drawn.push(svg);
		return { svg: new TextEncoder().encode(svg), png, width: 720, height: 400 };
	};
	const period = parseReportPeriod('ar-2021')!;
	const asOf = new Map(charts.map((c) => [c.target.id, targetAsOf(c.target, c.chart, period.asOf, rules, 'sv')]));
	const outline = reportOutline(report, period, 'sv');
	const files = unzipSync(new Uint8Array(await (await reportDocx(outline, render)).arrayBuffer()));
	const xml = strFromU8(files['word/document.xml']!);
	const text = xml.replace(/<w:tab\/>/g, ' ').replace(/<[^>]+>/g, '');

	it("is a Word document with the cover, every target's status as it stood then, and the sources", () => {
		expect(text).toContain('Årsbokslut 2021');
		expect(text).toContain(report.name);
		expect(text).toContain('Värden till och med 2021');
		for (const tv of report.targets) {
			const word = strings.sv[`status_${asOf.get(tv.id)!.status}`];
			expect(text).toContain(`${tv.id}: ${tv.indicator.title}`);
			expect(text).toContain(word);
		}
		for (const i of report.indicators) expect(text).toContain(`(${i.id})`);
	});

	it('keeps a date on one line: its hyphens do not break', () => {
		expect(text).toMatch(/\d{4}\u2011\d{2}\u2011\d{2}/);
		expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
	});

	it('is in the page’s language, so spell-checking and screen readers take it as Swedish', () => {
		const styles = strFromU8(files['word/styles.xml']!);
		expect(styles).toMatch(/<w:lang w:val="sv-SE"/);
	});

	it("keeps each target's heading, its status line and its chart on one page", () => {
		const paragraphs = xml.match(/<w:p>[^]*?<\/w:p>|<w:p [^>]*>[^]*?<\/w:p>/g)!;
		const plain = (p: string) => p.replace(/<[^>]+>/g, '');
		let checked = 0;
		for (const tv of report.targets) {
			const at = paragraphs.findIndex((p) => plain(p).startsWith(`${strings.sv.target} ${tv.id}: `));
			expect(at, tv.id).toBeGreaterThanOrEqual(0);
			const [heading, status, chart] = paragraphs.slice(at, at + 3);
			expect(plain(status!)).toMatch(new RegExp(`^${strings.sv.status}: `));
			expect(chart).toContain('<pic:pic');
			for (const p of [heading, status, chart]) expect(p).toContain('<w:keepNext/>');
			checked++;
		}
		expect(checked).toBeGreaterThan(0);
	});

	it("draws each status's shape from a symbol font, so that no program substitutes a tiny one", () => {
		const runs = xml.match(/<w:r>(?:(?!<\/w:r>)[^])*<\/w:r>/g)!;
		const shapes = runs.filter((r) => /<w:t[^>]*>[✔◐✖▲⚠▼○]<\/w:t>/.test(r));
		expect(shapes.length).toBeGreaterThanOrEqual(report.targets.length);
		for (const r of shapes) expect(r).toContain('w:ascii="Segoe UI Symbol"');
	});

	it('writes no period as a decimal number', () => {
		expect(text).not.toMatch(/\b(19|20)\d\d[.,][1-9]\b(?!\s?%)/);
	});

	it("uses Word's heading styles, so its navigation and table of contents work", () => {
		expect(xml).toContain('w:val="Heading1"');
		expect(xml).toContain('w:val="Heading2"');
	});

	it('has one picture per target chart, SVG with a PNG fallback, with the summary as alt text', () => {
		const media = Object.keys(files).filter((n) => n.startsWith('word/media/'));
		expect(drawn.length).toBe(charts.length);
		expect(media.filter((n) => n.endsWith('.svg')).length).toBe(charts.length);
		// The stand-in PNG is the same bytes every time, and docx stores identical media once.
		expect(media.filter((n) => n.endsWith('.png')).length).toBe(1);
		expect(xml.match(/<pic:pic\b/g)?.length).toBe(charts.length);
		const c = asOf.get(charts[0]!.target.id)!;
		expect(xml).toContain(`descr="${c.summary.replace(/&/g, '&amp;')}"`);
		// The frozen summary is text in the document, and no chart shows a value after 2021.
		expect(text).toContain(c.summary);
		const figures = [...flatBlocks(outline.blocks)].flatMap((b) =>
			b.kind === 'figure' && b.figure.kind === 'line' ? [b.figure] : []
		);
		const periods = figures.flatMap((f) => f.series.flatMap((x) => x.points.map((p) => p.period)));
		expect(periods.length).toBeGreaterThan(0);
		expect(Math.max(...periods)).toBe(2021);
	});
});
