/**
 * What `npm run bench` measures in a page, with Debian's Chromium through playwright-core and the
 * DevTools protocol: when the first chart is painted and what was fetched before it, when DuckDB
 * is ready, how long an upload takes to a preview and to applied, long main-thread tasks, the
 * tab's peak memory, and how long a switch of view takes.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export function launch(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}

/** Chrome DevTools' "Slow 4G" preset and a mid-range phone's CPU (4× slower) and screen. */
export const SLOW_4G = {
	latency: 562.5,
	downloadThroughput: 180_000,
	uploadThroughput: 84_375,
	cpu: 4,
	viewport: { width: 390, height: 844 }
};

interface Request {
	url: string;
	sent: number;
	bytes: number;
	encoding: string;
}

/** Records every request of a page: when it was sent and how many bytes came over the wire. */
export async function recordNetwork(context: BrowserContext, page: Page) {
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	const requests = new Map<string, Request>();
	cdp.on('Network.requestWillBeSent', (e) =>
		requests.set(e.requestId, { url: e.request.url, sent: e.timestamp, bytes: 0, encoding: '' })
	);
	cdp.on('Network.responseReceived', (e) => {
		const r = requests.get(e.requestId);
		if (r) r.encoding = e.response.headers['content-encoding'] ?? e.response.headers['Content-Encoding'] ?? '';
	});
	cdp.on('Network.loadingFinished', (e) => {
		const r = requests.get(e.requestId);
		if (r) r.bytes = e.encodedDataLength;
	});
	return { cdp, requests: () => [...requests.values()] };
}

export async function throttle(cdp: CDPSession) {
	await cdp.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: SLOW_4G.latency,
		downloadThroughput: SLOW_4G.downloadThroughput,
		uploadThroughput: SLOW_4G.uploadThroughput
	});
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_4G.cpu });
}

export interface FirstChart {
	/** ms from navigation start until the first chart is in the DOM and painted. */
	ms: number;
	/** Bytes over the wire (compressed, headers included) for requests sent before that moment. */
	bytes: number;
	requests: number;
	/** Requests for DuckDB or its wasm sent before the first chart. */
	duckdbBefore: number;
	/** Where the chart's top is, in CSS px from the top of the page: inside the first screen or not. */
	chartTop: number;
	encodings: string[];
}

/**
 * The first chart is counted as painted at the later of the first contentful paint and the moment
 * its SVG was in the DOM. The same rule for the JavaScript-disabled floor and the real page: the
 * chart is in the prerendered HTML, so it is parsed before the document is interactive.
 */
export async function firstChart(
	browser: Browser,
	url: string,
	opts: { js: boolean; slow?: boolean; screenshot?: string }
): Promise<FirstChart> {
	const context = await browser.newContext({
		javaScriptEnabled: opts.js,
		viewport: opts.slow ? SLOW_4G.viewport : { width: 1280, height: 900 }
	});
	try {
		const page = await context.newPage();
		const net = await recordNetwork(context, page);
		if (opts.slow) await throttle(net.cdp);
		await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
		if (opts.screenshot) await page.screenshot({ path: opts.screenshot });
		// Paint entries can come a frame after load.
		let m: { fcp: number | null; interactive: number; chartTop: number | null } = {
			fcp: null,
			interactive: 0,
			chartTop: null
		};
		for (let i = 0; i < 50 && m.fcp === null; i++) {
			m = await page.evaluate(() => {
				const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
				const fcp = performance.getEntriesByName('first-contentful-paint')[0];
				const chart = document.querySelector('figure.chart svg[data-chart]');
				return {
					fcp: fcp ? fcp.startTime : null,
					interactive: nav.domInteractive,
					chartTop: chart ? chart.getBoundingClientRect().top + scrollY : null
				};
			});
			if (m.fcp === null) await page.waitForTimeout(50);
		}
		if (m.chartTop === null) throw new Error(`${url}: no chart on the page`);
		if (m.fcp === null) throw new Error(`${url}: no first contentful paint recorded`);
		await page.waitForLoadState('networkidle');
		const ms = Math.max(m.fcp, m.interactive);
		const all = net.requests();
		const start = Math.min(...all.map((r) => r.sent));
		const before = all.filter((r) => r.sent <= start + ms / 1000);
		return {
			ms,
			bytes: before.reduce((s, r) => s + r.bytes, 0),
			requests: before.length,
			duckdbBefore: before.filter((r) => /duckdb|\.wasm/.test(r.url)).length,
			chartTop: Math.round(m.chartTop),
			encodings: [...new Set(before.map((r) => r.encoding || 'identity'))]
		};
	} finally {
		await context.close();
	}
}

/** Waits for a performance mark the site sets (src/lib/browser/perf.ts) and returns its time. */
export async function markTime(page: Page, name: string, timeout = 300_000): Promise<number> {
	const handle = await page.waitForFunction(
		(n) => performance.getEntriesByName(`foljupp:${n}`).at(-1)?.startTime ?? null,
		name,
		{ timeout, polling: 50 }
	);
	return (await handle.jsonValue()) as number;
}

export async function clearMarks(page: Page) {
	await page.evaluate(() => performance.clearMarks());
}

/** Long main-thread tasks, from the start of the page on. */
export const LONG_TASKS = `
	window.__longTasks = [];
	try {
		new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, ms: e.duration }); })
			.observe({ type: 'longtask', buffered: true });
	} catch {}
`;

export async function longestTask(page: Page, from: number, to: number): Promise<number> {
	return page.evaluate(
		([a, b]) =>
			Math.max(
				0,
				...((window as unknown as { __longTasks: { start: number; ms: number }[] }).__longTasks ?? [])
					.filter((t) => t.start + t.ms >= a! && t.start <= b!)
					.map((t) => t.ms)
			),
		[from, to]
	);
}

/** Chromium's renderer processes now: a new tab's are the ones that were not there before. */
export function rendererPids(): Set<number> {
	const pids = new Set<number>();
	for (const d of readdirSync('/proc')) {
		if (!/^\d+$/.test(d)) continue;
		try {
			const cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8');
			if (cmd.includes('--type=renderer') && !cmd.includes('--extension-process')) pids.add(Number(d));
		} catch {
			// the process ended while we looked
		}
	}
	return pids;
}

/** The highest resident memory (VmHWM) a process has had, in bytes. Linux only. */
export function peakRss(pid: number): number {
	try {
		const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return m ? Number(m[1]) * 1024 : 0;
	} catch {
		return 0;
	}
}

/**
 * Times one change of view, from the change to the DOM having changed and a frame having been
 * painted after it. Put into the page before it loads (as a script, not eval: the site's CSP holds);
 * the bench calls window.__timeSwitch(act, changed) from page.evaluate.
 */
export const TIME_SWITCH = `
	// tsx names the bench's arrow functions with a helper that page.evaluate does not carry over.
	window.__name = window.__name || ((f) => f);
	window.__timeSwitch = async (act, changed) => {
		const t0 = performance.now();
		act();
		await new Promise((resolve) => { const check = () => (changed() ? resolve() : requestAnimationFrame(check)); check(); });
		await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
		return performance.now() - t0;
	};
`;

export const median = (xs: number[]) => quantile(xs, 0.5);
export function quantile(xs: number[], q: number): number {
	const s = [...xs].sort((a, b) => a - b);
	if (!s.length) return NaN;
	const i = (s.length - 1) * q;
	const lo = Math.floor(i);
	return s[lo]! + (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!) * (i - lo);
}

/** When a page's chart is visible: a test run in the page each frame until it holds. */
export const PROBES = {
	/** Följupp: the chart's SVG is in the prerendered HTML. */
	foljupp: `() => { const s = document.querySelector('figure.chart svg[data-chart]'); return !!s && s.getBoundingClientRect().width > 0; }`,
	/** Observable Plot: the line's path, drawn by script. */
	observable: `() => [...document.querySelectorAll('svg [aria-label="line"] path')].some((p) => (p.getAttribute('d') || '').length > 0 && p.getBoundingClientRect().width > 0)`
} as const;

export interface ChartPaint {
	/** ms from navigation start: the later of the first contentful paint and the first frame showing the chart. */
	ms: number;
	bytes: number;
	requests: number;
}

/**
 * The same rule for Följupp and the reference: a probe is run at every animation frame from the very
 * start of the document; the first frame in which it holds is the one that paints the chart.
 */
export async function chartPaint(browser: Browser, url: string, probe: string): Promise<ChartPaint> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	try {
		await context.addInitScript(`(() => {
			const probe = ${probe};
			window.__chartAt = null;
			const check = () => {
				let ok = false;
				try { ok = probe(); } catch {}
				if (ok) window.__chartAt = performance.now();
				else requestAnimationFrame(check);
			};
			requestAnimationFrame(check);
		})();`);
		const page = await context.newPage();
		const net = await recordNetwork(context, page);
		await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
		const handle = await page.waitForFunction(
			() => {
				const w = window as unknown as { __chartAt: number | null };
				const fcp = performance.getEntriesByName('first-contentful-paint')[0];
				return w.__chartAt !== null && fcp ? Math.max(w.__chartAt, fcp.startTime) : null;
			},
			undefined,
			{ timeout: 60_000, polling: 20 }
		);
		const ms = (await handle.jsonValue()) as number;
		await page.waitForLoadState('networkidle');
		const all = net.requests();
		const start = Math.min(...all.map((r) => r.sent));
		const before = all.filter((r) => r.sent <= start + ms / 1000);
		return { ms, bytes: before.reduce((s, r) => s + r.bytes, 0), requests: before.length };
	} finally {
		await context.close();
	}
}

export interface PageBytes {
	/** Everything the page fetched until the network was idle, over the wire. */
	bytes: number;
	requests: number;
	/** Which of the heavy parts it fetched: DuckDB-WASM, the Excel library. */
	duckdb: boolean;
	workbook: boolean;
}

/** What a page fetches when opened and left alone: the heavy code only where it is used. */
export async function pageBytes(
	browser: Browser,
	url: string,
	isWorkbookChunk: (url: string) => boolean
): Promise<PageBytes> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	try {
		const page = await context.newPage();
		const net = await recordNetwork(context, page);
		await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
		await page.waitForLoadState('networkidle');
		// The upload page starts DuckDB when the browser is idle: give it the time to.
		await page.waitForTimeout(2500);
		await page.waitForLoadState('networkidle');
		const all = net.requests();
		return {
			bytes: all.reduce((s, r) => s + r.bytes, 0),
			requests: all.length,
			duckdb: all.some((r) => /duckdb|\.wasm/.test(r.url)),
			workbook: all.some((r) => isWorkbookChunk(r.url))
		};
	} finally {
		await context.close();
	}
}
