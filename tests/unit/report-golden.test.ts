/**
 * What the report says (the outline the .docx is written from), for a committee's interim report
 * and the whole municipality's annual report in English, compared with golden files. Each figure is
 * recorded by its title, series and a fingerprint of its SVG file; the chart golden files cover
 * the drawing itself.
 */
import { createHash } from 'node:crypto';
import { describe, it } from 'vitest';
import { figureFile } from '$lib/charts/kinds';
import { parseReportPeriod } from '$lib/model/periods';
import { readDataDir } from '$lib/data/repository.server';
import { FollowUp } from '$lib/followup/followup';
import { reportPage } from '$lib/followup/views/pages';
import { statusText, type Block } from '$lib/report/blocks';
import { reportOutline } from '$lib/report/outline';
import { matchGolden } from './golden';

// A fixed copy of the demo data (tests/fixtures/golden-data: its key figures for Trollhättan, its region,
// Riket and its comparison groups), so that a Kolada refresh of data/ never changes a golden file.
const data = readDataDir('tests/fixtures/golden-data').dataset!;
const f = new FollowUp(data, new Date('2026-11-22T00:00:00Z'));

function text(block: Block, lang: 'sv' | 'en'): string {
	switch (block.kind) {
		case 'group':
			return `<${block.role}>\n\n${block.blocks.map((b) => text(b, lang)).join('\n\n')}\n\n</${block.role}>`;
		case 'heading':
			return `${'#'.repeat(block.level)} ${block.text}`;
		case 'paragraph':
			return `${block.tone ? `[${block.tone}] ` : ''}${block.lead ?? ''}${block.status ? statusText(block.status, lang) : block.text}`;
		case 'bullets':
			return block.items.map((i) => `- ${i}`).join('\n');
		case 'table':
			return [
				block.head,
				...block.rows.map((r) => r.cells.map((c) => (c.status ? statusText(c.status, lang) : c.text)))
			]
				.map((r) => `| ${r.join(' | ')} |`)
				.join('\n');
		case 'figure': {
			const svg = figureFile(block.figure).replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100));
			const hash = createHash('sha256').update(svg).digest('hex').slice(0, 16);
			const series = block.figure.kind === 'line' ? ` (${block.figure.series.map((s) => s.label).join(', ')})` : '';
			const small = block.figure.kind === 'periods' && block.figure.small ? `\n[muted] ${block.figure.small.note}` : '';
			return `[figure] ${block.figure.title}${series} svg:${hash}${small}`;
		}
	}
}

describe('report outline golden files', () => {
	for (const [id, period, lang] of [
		['asn', 'delar-2026', 'sv'],
		['kommunen', 'ar-2025', 'en']
	] as const) {
		it(`${id} ${period} ${lang}`, () => {
			const page = reportPage(f, id, lang)!;
			const p = parseReportPeriod(period)!;
			const outline = reportOutline(page, p, lang);
			matchGolden(
				`report/${id}-${period}-${lang}.md`,
				`${outline.title}\n\n${outline.blocks.map((b) => text(b, lang)).join('\n\n')}\n`
			);
		});
	}
});
