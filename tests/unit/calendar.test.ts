/**
 * The årshjul as iCalendar feeds: every feed the build writes is read back with a real iCalendar
 * parser (ical.js) and checked against the årshjul's own data — each measure's follow-up period on
 * the day it ends, each council report on its day, all-day, with stable UIDs; text survives commas,
 * semicolons, line breaks and long Swedish words.
 */
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { DATA_FILES, loadDataset, type DataFile } from '$lib/data/load';
import { FollowUp } from '$lib/followup/followup';
import { yearWheel } from '$lib/followup/views/records';
import { feedIds, yearWheelCalendar } from '$lib/publish/calendar';
import { fold, icsText } from '$lib/publish/ical';

const TODAY = '2026-11-29';
const files = () =>
	Object.fromEntries(DATA_FILES.map((f) => [f, readFileSync(`data/${f}`, 'utf8')])) as Record<DataFile, string>;
const followUp = (texts = files()) =>
	new FollowUp(loadDataset(texts, { today: TODAY }).dataset!, new Date(`${TODAY}T00:00:00Z`));
const place = { site: null, base: '/uppfoljning' };

function events(text: string) {
	const cal = new ICAL.Component(ICAL.parse(text));
	return cal.getAllSubcomponents('vevent').map((v) => {
		const e = new ICAL.Event(v);
		return {
			uid: e.uid,
			start: e.startDate,
			end: e.endDate,
			summary: e.summary,
			description: e.description,
			url: v.getFirstPropertyValue('url')
		};
	});
}

describe('the årshjul as a calendar feed', () => {
	const f = followUp();

	it('every feed parses, with all-day events a day long, unique UIDs, and each line at most 75 octets', () => {
		for (const id of feedIds(f))
			for (const lang of ['sv', 'en'] as const) {
				const text = icsText(yearWheelCalendar(f, id, lang, place)!);
				for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
				expect(text.endsWith('\r\n')).toBe(true);
				const all = events(text);
				expect(all.length, id).toBeGreaterThan(0);
				expect(new Set(all.map((e) => e.uid)).size).toBe(all.length);
				for (const e of all) {
					expect(e.start.isDate).toBe(true);
					expect(e.end.toJSDate().getTime() - e.start.toJSDate().getTime()).toBe(86_400_000);
				}
			}
	});

	it("each follow-up of the årshjul is in the feed in its month, with the measure's page for following up, and each council report on its day", () => {
		const year = f.today.getUTCFullYear();
		for (const o of f.data.organisations.filter((x) => x.kind !== 'external')) {
			const all = events(icsText(yearWheelCalendar(f, o.id, 'sv', place)!));
			const wheel = yearWheel(f, o.id, year, 'sv');
			for (const m of wheel.months)
				for (const item of m.items.filter((i) => i.kind === 'period')) {
					const hit = all.find(
						(e) =>
							e.uid.includes(`-${item.href}-`) &&
							e.start.year === year &&
							e.start.month === m.month &&
							e.summary.includes(item.text)
					);
					expect(hit, `${o.id} ${item.text} ${m.name}`).toBeDefined();
					expect(hit!.description).toContain(`/uppfoljning/folj-upp/?namnd=${o.id}`);
				}
			const periods = wheel.months.flatMap((m) => m.items.filter((i) => i.kind === 'period'));
			expect(all.filter((e) => e.uid.startsWith('uppfoljning-') && e.start.year === year)).toHaveLength(periods.length);
			const reports = all.filter((e) => e.uid.startsWith('rapport-') && e.start.year === year);
			expect(reports.map((e) => `${e.start.month}-${e.start.day}`)).toEqual(['8-31', '12-31']);
		}
	});

	it('the whole municipality holds every organisation’s follow-ups once, and the council reports once', () => {
		const whole = events(icsText(yearWheelCalendar(f, 'kommunen', 'sv', place)!));
		const each = f.data.organisations
			.filter((x) => x.kind !== 'external')
			.flatMap((o) =>
				events(icsText(yearWheelCalendar(f, o.id, 'sv', place)!)).filter((e) => e.uid.startsWith('uppfoljning-'))
			);
		expect(
			whole
				.filter((e) => e.uid.startsWith('uppfoljning-'))
				.map((e) => e.uid)
				.sort()
		).toEqual(each.map((e) => e.uid).sort());
		expect(whole.filter((e) => e.uid.startsWith('rapport-'))).toHaveLength(4);
	});

	it("each action promised to the auditors is in its committee's feed on its due day", () => {
		const ks = events(icsText(yearWheelCalendar(f, 'ks', 'sv', place)!)).filter((e) => e.uid.startsWith('atgard-'));
		const year = f.today.getUTCFullYear();
		const due = f.data.audits.actions.filter(
			(a) => a.organisation === 'ks' && /^(ar|delar)-\d{4}$|^\d{4}-/.test(a.due)
		);
		expect(due.length).toBeGreaterThan(0);
		const a05 = ks.find((e) => e.uid.startsWith('atgard-a05@'))!;
		expect(`${a05.start.year}-${a05.start.month}-${a05.start.day}`).toBe(`${year}-12-31`);
		expect(a05.summary).toContain('Se över och samordna styrdokumenten');
		expect(a05.description).toContain('/uppfoljning/granskningar/g02/#rek-g02-2');
		// Not in another committee's feed; in the whole municipality's.
		const asn = events(icsText(yearWheelCalendar(f, 'asn', 'sv', place)!));
		expect(asn.some((e) => e.uid.startsWith('atgard-a05@'))).toBe(false);
		const whole = events(icsText(yearWheelCalendar(f, 'kommunen', 'sv', place)!));
		expect(whole.some((e) => e.uid.startsWith('atgard-a05@'))).toBe(true);
	});

	it('UIDs stay when the data changes, so a calendar moves an event instead of adding one', () => {
		const before = events(icsText(yearWheelCalendar(f, 'asn', 'sv', place)!));
		const texts = files();
		texts['measures.csv'] = texts['measures.csv'].replace(/^m01,([^,]*),/m, 'm01,$1 (nytt namn),');
		const after = events(icsText(yearWheelCalendar(followUp(texts), 'asn', 'sv', place)!));
		expect(after.map((e) => e.uid)).toEqual(before.map((e) => e.uid));
	});

	it('English under /en/; full addresses only where the site’s own is known', () => {
		const en = events(icsText(yearWheelCalendar(f, 'asn', 'en', place)!));
		// The demo's measures are examples, and say so in the calendar too.
		expect(en.some((e) => e.summary.startsWith('[Example] Follow up:'))).toBe(true);
		expect(en.find((e) => e.summary.includes('Follow up:'))!.description).toContain('/uppfoljning/en/folj-upp/');
		expect(en.every((e) => e.url === null)).toBe(true);
		const full = events(
			icsText(
				yearWheelCalendar(f, 'asn', 'sv', { site: 'https://www.trollhattan.se/uppfoljning', base: '/uppfoljning' })!
			)
		);
		expect(full.every((e) => String(e.url).startsWith('https://www.trollhattan.se/uppfoljning/'))).toBe(true);
		expect(yearWheelCalendar(f, 'okand', 'sv', place)).toBeNull();
	});

	it('text survives escaping and folding: commas, semicolons, backslashes, line breaks and å ä ö across a fold', () => {
		const summary =
			'Samverkan; skola, socialtjänst \\ polis\noch fritid – ' + 'långtidsarbetslöshetsförebyggande '.repeat(4);
		const text = icsText({
			name: 'Test',
			description: 'd',
			lang: 'sv',
			stamp: '2026-11-29',
			events: [{ uid: 'x@y', date: '2026-06-30', summary, description: summary, url: null }]
		});
		const [e] = events(text);
		expect(e!.summary).toBe(summary);
		expect(e!.description).toBe(summary);
		expect(fold('å'.repeat(100)).split('\r\n ').join('')).toBe('å'.repeat(100));
	});
});
