/**
 * Golden files: the output a change must keep. A missing golden file is written (except in CI);
 * a mismatch writes `<name>-changed.<ext>` next to the expected one, to compare with a diff tool,
 * and fails. Delete the expected file to accept a deliberate change.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';

const ROOT = 'tests/golden';

export function matchGolden(name: string, actual: string): void {
	const path = join(ROOT, name);
	const changed = path.replace(/(\.[^./]+)?$/, '-changed$1');
	if (!existsSync(path)) {
		if (process.env.CI)
			throw new Error(`${path} is missing: run the unit tests once outside CI to write it, and commit it`);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, actual);
		return;
	}
	const expected = readFileSync(path, 'utf8');
	if (expected === actual) {
		rmSync(changed, { force: true });
		return;
	}
	writeFileSync(changed, actual);
	expect(actual, `${path} differs: compare it with ${changed}`).toBe(expected);
}

/**
 * Markup as a reader sees it: Svelte's hydration comments out, numbers to two decimals (a mark that
 * moves by a hundredth of a pixel has not moved), one element a line so that a diff reads well.
 */
export function normaliseSvg(svg: string): string {
	return (
		svg
			.replace(/<!--[^]*?-->/g, '')
			.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100))
			.replace(/></g, '>\n<')
			.trim() + '\n'
	);
}
