/** The bench's table: one row per figure, numbers in Swedish format like the site. */
export interface Row {
	figure: string;
	value: string;
	reference: string;
	goal: string;
	/** null where the issue sets no goal. */
	met: boolean | null;
}

export const ms = (x: number) => `${Math.round(x).toLocaleString('sv-SE')} ms`;
export const kb = (x: number) => `${(x / 1024).toLocaleString('sv-SE', { maximumFractionDigits: 1 })} KB`;
export const mb = (x: number) => `${(x / 1024 / 1024).toLocaleString('sv-SE', { maximumFractionDigits: 1 })} MB`;
export const times = (a: number, b: number) => `${(a / b).toLocaleString('sv-SE', { maximumFractionDigits: 2 })}×`;
