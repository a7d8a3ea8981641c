/**
 * How wide a text is drawn in a chart file, without a browser: Arial's advance widths (Liberation
 * Sans has the same metrics, so LibreOffice and librsvg agree), in thousandths of an em. A file is
 * opened by programs that measure nothing for us, so it must break its own lines; a character not in
 * the table is taken as wide as the widest common letter, so an estimate errs on the side of room.
 */
const WIDTHS: Record<string, number> = {};
const set = (chars: string, w: number) => {
	for (const c of chars) WIDTHS[c] = w;
};
set(' ', 278);
set('ijlí|', 222);
set("ftI!.,:;/\\[]'’", 278);
set('r-()‐‑–', 333);
set('"', 355);
set('ckvxyzsJ*', 500);
set('abdeghnopqu0123456789$#?_åäöéüLÅÄÖ€+=<>~±−', 556);
set('FTZ', 611);
set('ABEKPSVXY&ÉÅÄ', 667);
set('CDHNRUwÜ', 722);
set('GOQÖ', 778);
set('mM', 833);
set('%', 889);
set('W—', 944);
set('@', 1015);

const OTHER = 833;
/** Bold Arial is wider by about this much on average text. */
const BOLD = 1.1;

export function textWidth(text: string, size: number, bold = false): number {
	let em = 0;
	for (const c of text) em += WIDTHS[c] ?? OTHER;
	return (em / 1000) * size * (bold ? BOLD : 1);
}

/** Splits text into lines no wider than `width` px, at spaces; a word wider than a line is cut where it must be. */
export function wrapText(text: string, width: number, size: number, bold = false): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const joined = line ? `${line} ${word}` : word;
		if (textWidth(joined, size, bold) <= width) {
			line = joined;
			continue;
		}
		if (line) lines.push(line);
		line = word;
		while (textWidth(line, size, bold) > width && line.length > 1) {
			let cut = line.length - 1;
			while (cut > 1 && textWidth(line.slice(0, cut), size, bold) > width) cut--;
			lines.push(line.slice(0, cut));
			line = line.slice(cut);
		}
	}
	if (line) lines.push(line);
	return lines;
}
