/**
 * The ways people write a period in a measure's own figures, read to one canonical period: the
 * codes (`2025H1`, `VT2025`, `2025Q3`, `2025T2`, `2025-08`, `2025`) and the Swedish forms an Excel
 * sheet holds (`2025 halvår 1`, `första halvåret 2025`, `vårterminen 2025`, `HT 2025`, `kvartal 3
 * 2025`, `Q3 2025`, `tertial 2 2025`, `augusti 2025`, `aug 2025`, and a date such as `2025-08-01`
 * for its month). Anything else is not a period: `2025H3`, `HT25x`, `2025-13`.
 */
import { monthNames } from '$lib/i18n/format';
import { parsePeriod, period, type Period, type PeriodKind } from './periods';

const MONTHS = monthNames('sv');
const MONTH_BY_WORD = new Map<string, number>();
MONTHS.forEach((m, i) => {
	MONTH_BY_WORD.set(m, i + 1);
	MONTH_BY_WORD.set(m.slice(0, 3), i + 1);
});
MONTH_BY_WORD.set('sept', 9);

const KIND_WORDS: [RegExp, PeriodKind, number][] = [
	[/^(?:halvår|halvåret|h)$/, 'half', 2],
	[/^(?:tertial|t)$/, 'tertial', 3],
	[/^(?:kvartal|kv|q)$/, 'quarter', 4]
];
const ORDINAL: Record<string, number> = { första: 1, andra: 2, tredje: 3, fjärde: 4 };

export function readPeriodText(text: string): Period | null {
	const exact = parsePeriod(text);
	if (exact) return plausible(exact);
	const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
	let m: RegExpExecArray | null;
	// A date stands for its month: Excel writes a month as its first day.
	if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t))) {
		const d = new Date(`${t}T00:00:00Z`);
		if (Number.isNaN(d.getTime()) || !d.toISOString().startsWith(t)) return null;
		return plausible(period('month', Number(m[1]), Number(m[2])));
	}
	if ((m = /^(\d{4})[-/ ](\d{1,2})$/.exec(t)) && Number(m[2]) >= 1 && Number(m[2]) <= 12)
		return plausible(period('month', Number(m[1]), Number(m[2])));
	// Terms: VT/HT, vårtermin(en), hösttermin(en), before or after the year.
	if (
		(m = /^(vt|ht|vårterminen|vårtermin|höstterminen|hösttermin)[ -]?(\d{4})$/.exec(t)) ||
		(m = /^(\d{4}) (vt|ht|vårterminen|vårtermin|höstterminen|hösttermin)$/.exec(t))
	) {
		const [word, year] = /^\d/.test(m[1]!) ? [m[2]!, m[1]!] : [m[1]!, m[2]!];
		return plausible(period('term', Number(year), word.startsWith('v') ? 1 : 2));
	}
	// "första halvåret 2025", "andra halvåret 2025".
	if ((m = /^(första|andra) halvåret (\d{4})$/.exec(t)))
		return plausible(period('half', Number(m[2]), ORDINAL[m[1]!]!));
	// A kind word and a number, with the year before or after: "2025 halvår 1", "kvartal 3 2025", "Q3 2025", "2025-Q3", "kv3 2025".
	for (const re of [/^(\d{4})[ -]?([a-zåäö]+) ?(\d)$/, /^([a-zåäö]+) ?(\d)[ -](\d{4})$/]) {
		if (!(m = re.exec(t))) continue;
		const [year, word, n] = /^\d{4}$/.test(m[1]!) ? [m[1]!, m[2]!, m[3]!] : [m[3]!, m[1]!, m[2]!];
		const kind = KIND_WORDS.find(([w]) => w.test(word));
		if (kind && Number(n) >= 1 && Number(n) <= kind[2]) return plausible(period(kind[1], Number(year), Number(n)));
		return null;
	}
	// A month's name: "augusti 2025", "aug 2025", "2025 augusti".
	if ((m = /^([a-zåäö]+)\.? (\d{4})$/.exec(t)) || (m = /^(\d{4}) ([a-zåäö]+)$/.exec(t))) {
		const [word, year] = /^\d/.test(m[1]!) ? [m[2]!, m[1]!] : [m[1]!, m[2]!];
		const month = MONTH_BY_WORD.get(word);
		return month ? plausible(period('month', Number(year), month)) : null;
	}
	return null;
}

/** The years ./cells.ts accepts for a value (kept here too: cells reads periods through this module). */
const FIRST_YEAR = 1950;
const LAST_YEAR = 2100;

function plausible(p: Period): Period | null {
	return p.year >= FIRST_YEAR && p.year <= LAST_YEAR ? p : null;
}
