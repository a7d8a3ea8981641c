/** "Did you mean …?": the known ids or names closest to one typed wrong. */

/** Letters as a person compares them: case, accents (å stays å) and spacing aside. */
const fold = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

function distance(a: string, b: string): number {
	const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		let diag = prev[0]!;
		prev[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const up = prev[j]!;
			prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
			diag = up;
		}
	}
	return prev[b.length]!;
}

/** The closest candidates, best first: one that starts with the text, then by edit distance (at most a third of the text). */
export function closest(text: string, candidates: readonly string[], count = 1): string[] {
	const t = fold(text);
	if (t === '') return [];
	const limit = Math.max(2, Math.floor(t.length / 3));
	return candidates
		.map((c) => {
			const f = fold(c);
			const d = f.startsWith(t) || t.startsWith(f) ? 0.5 : distance(t, f);
			return { c, d };
		})
		.filter((x) => x.d <= limit)
		.sort((a, b) => a.d - b.d || a.c.localeCompare(b.c, 'sv'))
		.slice(0, count)
		.map((x) => x.c);
}
