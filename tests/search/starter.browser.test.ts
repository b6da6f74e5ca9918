/**
 * The starter content, built and searched in headless Chromium through Pagefind's own API (as the
 * search page does): every published SOP and service is found by its title and by its summary.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser } from '../helpers/browser.ts';
import { sharedSite } from '../helpers/shared-sites.ts';
import { serveStatic, type StaticServer } from '../helpers/serve.ts';
import { loadCatalog } from '../../src/lib/catalog/load.ts';
import { paths } from '../../src/lib/core/urls.ts';
import { publishedView } from '../../src/lib/catalog/visibility.ts';

interface Entry {
	url: string;
	title: string;
	summary: string;
}

/** The part of Pagefind's browser API these checks call. */
interface PagefindApi {
	init(): Promise<void>;
	search(term: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
}

/** How far down the first page of results an entry may sit and still count as found. */
const topN = 3;

describe.skipIf(!hasChromium)('searching the starter site', () => {
	let server: StaticServer;
	let browser: Browser;
	let page: Page;
	let entries: Entry[];

	beforeAll(async () => {
		const loaded = loadCatalog('content');
		if (!loaded.catalog) throw new Error('the starter content does not load');
		const catalog = publishedView(loaded.catalog, 'public');
		entries = [
			...catalog.sops.map((sop) => ({ url: paths.sop(sop.id), title: sop.title, summary: sop.summary })),
			...catalog.services.map((service) => ({ url: paths.service(service.id), title: service.title, summary: service.summary })),
		];
		server = await serveStatic((await sharedSite('starter')).dir);
		browser = await launchBrowser();
		page = await browser.newPage();
		await page.goto(new URL('/search/', server.url).href);
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	/** The rank (1-based) of each entry's page when searching `field`, or 0 when it is not in the top results. */
	function ranks(field: 'title' | 'summary'): Promise<{ url: string; rank: number }[]> {
		return page.evaluate(
			async ({ entries, field, topN }) => {
				// Built with Function so the test runner's transform leaves this browser-side import alone.
				const load = new Function('url', 'return import(url)') as (url: string) => Promise<PagefindApi>;
				const pagefind = await load('/pagefind/pagefind.js');
				await pagefind.init();
				const found = [];
				for (const entry of entries) {
					const { results } = await pagefind.search(entry[field]);
					const urls = await Promise.all(results.slice(0, topN).map(async (result) => (await result.data()).url));
					found.push({ url: entry.url, rank: urls.indexOf(entry.url) + 1 });
				}
				return found;
			},
			{ entries, field, topN },
		);
	}

	it('has SOPs and services to search', () => {
		expect(entries.filter((entry) => entry.url.startsWith('/handbook/')).length).toBeGreaterThan(20);
		expect(entries.filter((entry) => entry.url.startsWith('/services/')).length).toBeGreaterThan(20);
	});

	it(`finds every SOP and service in the top ${topN} by its title`, async () => {
		expect((await ranks('title')).filter(({ rank }) => rank === 0)).toEqual([]);
	});

	it(`finds every SOP and service in the top ${topN} by its summary`, async () => {
		expect((await ranks('summary')).filter(({ rank }) => rank === 0)).toEqual([]);
	});
});
