/** A form used as a keyboard user uses it, and a file saved from a button: shared by the workspace's tests. */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** A list chosen as a keyboard user does: focus, then arrow keys until it shows the value. */
export async function choose(select: Locator, value: string) {
	await select.focus();
	const values = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
	const from = values.indexOf(await select.inputValue());
	const to = values.indexOf(value);
	expect(to, `${value} in ${values.join(', ')}`).toBeGreaterThanOrEqual(0);
	for (let i = 0; i < Math.abs(to - from); i++) await select.page().keyboard.press(to > from ? 'ArrowDown' : 'ArrowUp');
	await expect.poll(() => select.inputValue()).toBe(value);
}

export async function type(field: Locator, text: string) {
	await field.focus();
	await field.page().keyboard.press('Control+A');
	await field.page().keyboard.press('Backspace');
	for (const [i, line] of text.split('\n').entries()) {
		if (i > 0) await field.page().keyboard.press('Enter');
		if (line) await field.page().keyboard.type(line);
	}
}

export async function download(page: Page, button: string, to: string, name = 'followups.csv'): Promise<string> {
	const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
	expect(d.suggestedFilename()).toBe(name);
	await d.saveAs(to);
	return readFileSync(to, 'utf8');
}
