/**
 * An iCalendar file (RFC 5545) of all-day events, as a calendar program subscribes to it: CRLF line
 * ends, text escaped, lines folded at 75 octets without splitting a character. Pure.
 */

export interface CalendarEvent {
	/** Stable across builds: a subscribed calendar moves the event it knows instead of adding another. */
	uid: string;
	/** The day (YYYY-MM-DD): an all-day event, the same day wherever the calendar is read. */
	date: string;
	summary: string;
	description: string;
	/** An absolute address, when the site's own is known; a calendar cannot follow a relative one. */
	url: string | null;
}

export interface Calendar {
	name: string;
	description: string;
	lang: 'sv' | 'en';
	/** When the feed was written (YYYY-MM-DD): every event's DTSTAMP. */
	stamp: string;
	events: readonly CalendarEvent[];
}

/** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 3.3.11). */
export const escapeText = (s: string): string =>
	s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

const encoder = new TextEncoder();

/** Lines longer than 75 octets continue on the next line after a space (RFC 5545 3.1). */
export function fold(line: string): string {
	const parts: string[] = [];
	let current = '';
	let octets = 0;
	for (const ch of line) {
		const n = encoder.encode(ch).length;
		// The first line holds 75 octets; each continuation 74 after its leading space.
		if (octets + n > (parts.length === 0 ? 75 : 74)) {
			parts.push(current);
			current = '';
			octets = 0;
		}
		current += ch;
		octets += n;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

const day = (date: string) => date.replace(/-/g, '');

function nextDay(date: string): string {
	const d = new Date(`${date}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + 1);
	return d.toISOString().slice(0, 10);
}

export function icsText(cal: Calendar): string {
	const lang = cal.lang;
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		`PRODID:-//Följupp//Årshjul//${lang.toUpperCase()}`,
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(cal.name)}`,
		`X-WR-CALDESC:${escapeText(cal.description)}`,
		// All-day dates float by definition; this tells a calendar the feed's own zone.
		'X-WR-TIMEZONE:Europe/Stockholm',
		'REFRESH-INTERVAL;VALUE=DURATION:P1D',
		'X-PUBLISHED-TTL:P1D'
	];
	for (const e of cal.events) {
		lines.push(
			'BEGIN:VEVENT',
			`UID:${escapeText(e.uid)}`,
			`DTSTAMP:${day(cal.stamp)}T000000Z`,
			`DTSTART;VALUE=DATE:${day(e.date)}`,
			`DTEND;VALUE=DATE:${day(nextDay(e.date))}`,
			`SUMMARY;LANGUAGE=${lang}:${escapeText(e.summary)}`,
			`DESCRIPTION;LANGUAGE=${lang}:${escapeText(e.description)}`,
			...(e.url ? [`URL:${e.url}`] : []),
			'TRANSP:TRANSPARENT',
			'END:VEVENT'
		);
	}
	lines.push('END:VCALENDAR');
	return lines.map(fold).join('\r\n') + '\r\n';
}
