/**
 * Every page arrives with its charts in the HTML. Hydrating before the browser has painted them
 * would hold the first paint back by the time hydration takes (about 70 ms on the overview), so
 * the app starts one frame later. A hidden tab gets no frames: the timeout starts it anyway.
 */
export async function init(): Promise<void> {
	await new Promise<void>((resolve) => {
		const done = () => resolve();
		requestAnimationFrame(() => setTimeout(done, 0));
		setTimeout(done, 100);
	});
}
