/**
 * A new row's id, in the form the file already uses (m12 after m11, a07 after a06), never one
 * published or drafted: an official adding a row never has to invent one.
 */
export function nextId(prefix: string, taken: readonly string[]): string {
	const numbers = taken
		.map((id) => new RegExp(`^${prefix.replace(/[^A-Za-z0-9_-]/g, '')}(\\d+)$`).exec(id)?.[1])
		.filter((n): n is string => n !== undefined);
	const width = Math.max(prefix.endsWith('-') ? 1 : 2, ...numbers.map((n) => n.length));
	let n = Math.max(0, ...numbers.map(Number)) + 1;
	while (taken.includes(`${prefix}${String(n).padStart(width, '0')}`)) n++;
	return `${prefix}${String(n).padStart(width, '0')}`;
}
