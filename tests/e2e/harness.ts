/**
 * Serves build/ on 127.0.0.1 like a static host and drives Debian's Chromium with playwright-core,
 * recording every request and console error so tests can assert that nothing leaves the site.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const BASE = process.env.BASE_PATH ?? '/uppfoljning';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Site {
	origin: string;
	url: (path: string) => string;
	close: () => Promise<void>;
}

export async function serveBuild(dir = 'build'): Promise<Site> {
	const child: ChildProcess = spawn(process.execPath, ['scripts/serve.js', dir, '--port', '0', '--base', BASE], {
		stdio: ['ignore', 'pipe', 'inherit']
	});
	const origin = await new Promise<string>((resolve, reject) => {
		let out = '';
		child.stdout!.on('data', (d) => {
			out += String(d);
			const m = /http:\/\/127\.0\.0\.1:\d+/.exec(out);
			if (m) resolve(m[0]);
		});
		child.on('exit', (code) => reject(new Error(`static server exited with ${code}`)));
	});
	return {
		origin,
		url: (path) => `${origin}${BASE}${path}`,
		close: async () => {
			child.kill();
		}
	};
}

export interface Browser {
	context: BrowserContext;
	/** Every URL the browser asked for, from any page of the context. */
	requests: string[];
	consoleErrors: string[];
	newPage: () => Promise<Page>;
	close: () => Promise<void>;
}

export async function launch(
	options: { javaScriptEnabled?: boolean; colorScheme?: 'light' | 'dark'; width?: number } = {}
): Promise<Browser> {
	const profile = mkdtempSync(join(tmpdir(), 'foljupp-chromium-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM,
		headless: true,
		javaScriptEnabled: options.javaScriptEnabled ?? true,
		colorScheme: options.colorScheme ?? 'light',
		viewport: { width: options.width ?? 1280, height: 900 },
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	});
	const requests: string[] = [];
	const consoleErrors: string[] = [];
	context.on('request', (r) => requests.push(r.url()));
	const javaScript = options.javaScriptEnabled ?? true;
	const watch = (page: Page) => {
		// A page's app starts once the browser has painted it (scripts/boot-after-paint.ts): a test acts
		// as a user who waits for the page to answer, so each navigation waits for the app too.
		if (javaScript) {
			const hydrated = async () => {
				const boots = await page
					.evaluate(() => document.documentElement.outerHTML.includes('__foljuppAfterPaint'))
					.catch(() => false);
				if (boots)
					await page
						.waitForSelector('html[data-hydrated]', { state: 'attached', timeout: 20_000 })
						.catch(() => undefined);
			};
			const goto = page.goto.bind(page);
			const reload = page.reload.bind(page);
			page.goto = async (...args) => {
				const r = await goto(...args);
				await hydrated();
				return r;
			};
			page.reload = async (...args) => {
				const r = await reload(...args);
				await hydrated();
				return r;
			};
		}
		page.on('console', (m) => {
			if (m.type() === 'error') consoleErrors.push(m.text());
		});
		page.on('pageerror', (e) => consoleErrors.push(String(e)));
	};
	context.on('page', watch);
	context.pages().forEach(watch);
	return {
		context,
		requests,
		consoleErrors,
		newPage: () => context.newPage(),
		close: async () => {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		}
	};
}

/** Requests that went anywhere but the site itself (data: and blob: URLs stay in the page). */
export function foreign(requests: string[], origin: string): string[] {
	return requests.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:'));
}

/** One static server and one browser for a test file, started before and closed after its tests. */
export function useSiteAndBrowser(): { readonly site: Site; readonly browser: Browser } {
	let site: Site | undefined;
	let browser: Browser | undefined;
	beforeAll(async () => {
		site = await serveBuild();
		browser = await launch();
	});
	afterAll(async () => {
		await browser?.close();
		await site?.close();
	});
	return {
		get site() {
			return site!;
		},
		get browser() {
			return browser!;
		}
	};
}

/** WCAG 2.1 A/AA violations on the page as it is now, one line each. */
export async function axeViolations(page: Page, label = page.url()): Promise<string[]> {
	const { default: AxeBuilder } = await import('@axe-core/playwright');
	const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	return result.violations.map(
		(v) =>
			`${label}: ${v.id} (${v.impact}) – ${v.help}: ${v.nodes
				.slice(0, 3)
				.map((n) => n.target.join(' '))
				.join(' | ')}`
	);
}
