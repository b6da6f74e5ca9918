/**
 * Search on a small built fixture site (tests/fixtures/search), served on 127.0.0.1 and driven in
 * headless Chromium: ranking, filters, the no-match message, keyboard use, no outside requests, and
 * an index that holds nothing internal.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser } from '../helpers/browser.ts';
import { sharedSite } from '../helpers/shared-sites.ts';
import { readAllOutput } from '../helpers/output.ts';
import { serveStatic, type StaticServer } from '../helpers/serve.ts';

/** Words that appear only in an internal SOP and in a proposal of the fixture. */
const internalMarker = 'zanzibarquartz';
const proposalMarker = 'plumquokka';

let dist: string;

beforeAll(async () => {
	dist = (await sharedSite('search')).dir;
});

describe('the public search index', () => {
	it('holds the public pages (checked by finding a word from a public SOP)', () => {
		const index = readAllOutput(join(dist, 'pagefind'));
		expect(index.some(({ text }) => text.includes('cupboard'))).toBe(true);
	});

	it('excerpts the procedure, not its metadata panel, navigation or checklist buttons', () => {
		const fragments = readAllOutput(join(dist, 'pagefind', 'fragment')).map(({ text }) => text);
		expect(fragments.some((text) => text.includes('cupboard'))).toBe(true);
		for (const panelText of ['At a glance', 'Next review due', 'Copy as Markdown', 'Reset ticks', 'Services that use this procedure'])
			expect(
				fragments.filter((text) => text.includes(panelText)),
				panelText,
			).toEqual([]);
	});

	it('holds no word from an internal SOP or from a proposal', () => {
		for (const { file, text } of readAllOutput(join(dist, 'pagefind'))) {
			expect(text, file).not.toContain(internalMarker);
			expect(text, file).not.toContain(proposalMarker);
		}
	});

	it('ships only the search library it uses, not Pagefind’s ready-made interfaces', () => {
		const names = readAllOutput(join(dist, 'pagefind')).map(({ file }) => file);
		expect(names.some((name) => name.endsWith('/pagefind.js'))).toBe(true);
		expect(names.filter((name) => /pagefind-(ui|modular-ui|component-ui)\./.test(name))).toEqual([]);
	});
});

describe.skipIf(!hasChromium)('search in headless Chromium', () => {
	let server: StaticServer;
	let browser: Browser;
	let page: Page;
	let requests: string[] = [];

	beforeAll(async () => {
		server = await serveStatic(dist);
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	beforeEach(() => {
		requests = [];
	});

	async function open(path: string, width = 1280): Promise<Page> {
		page = await browser.newPage({ viewport: { width, height: 900 } });
		page.on('request', (request) => void requests.push(request.url()));
		await page.goto(new URL(path, server.url).href);
		return page;
	}

	afterEach(async () => {
		// Every test doubles as a privacy check: nothing may leave the local server.
		const origin = new URL(server.url).origin;
		expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'))).toEqual([]);
		await page?.close();
	});

	const status = () => page.locator('#search-status');
	const resultLinks = () => page.locator('#search-results li h2 a');
	const hrefs = () => resultLinks().evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
	const waitForResults = () => page.waitForFunction(() => /result/i.test(document.querySelector('#search-status')?.textContent ?? ''));

	it('lists the payroll SOP first for “payroll”, above a page that only mentions payroll in its text', async () => {
		await open('/search/?q=payroll');
		await waitForResults();
		const found = await hrefs();
		expect(found[0]).toBe('/handbook/hr/run-payroll/');
		expect(found).toContain('/services/hr/benefits/');
		const first = page.locator('#search-results li').first();
		expect(await first.locator('.badge').textContent()).toBe('SOP');
		expect(await first.locator('.search-result-meta').textContent()).toContain('Human resources');
		expect(await first.locator('.search-result-meta').textContent()).toContain('Every two weeks');
		expect(await first.locator('.search-result-excerpt mark').first().textContent()).toMatch(/payroll/i);
		expect(await status().textContent()).toMatch(/^\d+ results? for “payroll”/);
	});

	it('shows a service’s price in its result', async () => {
		await open('/search/?q=supplies');
		await waitForResults();
		const service = page.locator('#search-results li', { has: page.locator('a[href="/services/office/supplies/"]') });
		expect(await service.locator('.badge').textContent()).toBe('Service');
		expect(await service.locator('.search-result-meta').textContent()).toContain('$150 per month');
	});

	it('narrows the results with the duty-area filter, built from the index with counts', async () => {
		// "owner" appears in the steps of SOPs in both areas (not only in their metadata panels, which are not indexed).
		await open('/search/?q=owner');
		await waitForResults();
		const before = await hrefs();
		const area = page.getByLabel('Duty area', { exact: true });
		expect(await area.locator('option').allTextContents()).toEqual([
			'Any duty area',
			expect.stringMatching(/^Office management \(\d+\)$/),
			expect.stringMatching(/^Human resources \(\d+\)$/),
		]);
		await area.selectOption('Office management');
		await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.includes('Duty area: Office management'));
		const after = await hrefs();
		expect(after.length).toBeGreaterThan(0);
		expect(after.length).toBeLessThan(before.length);
		for (const meta of await page.locator('#search-results .search-result-meta').allTextContents())
			expect(meta).toContain('Office management');
		expect(new URL(page.url()).searchParams.get('area')).toBe('Office management');
		for (const name of ['Type', 'Role', 'Frequency']) expect(await page.getByLabel(name, { exact: true }).isVisible()).toBe(true);
	});

	it('browses by filter alone, without a query', async () => {
		await open('/search/?type=SOP');
		await waitForResults();
		expect((await hrefs()).sort()).toEqual(['/handbook/hr/run-payroll/', '/handbook/office/order-supplies/']);
	});

	it('says so when nothing matches', async () => {
		await open('/search/');
		await page.getByLabel('Search services, packages and procedures').fill('xylophonequasar');
		await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.startsWith('No results'));
		expect(await status().textContent()).toContain('No results for “xylophonequasar”');
		expect(await resultLinks().count()).toBe(0);
	});

	it('works by keyboard alone: “/”, type, Enter, Tab to a result, Enter opens it', async () => {
		await open('/');
		await page.keyboard.press('/');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
		await page.keyboard.type('payroll');
		await Promise.all([page.waitForURL(/\/search\/\?q=payroll$/), page.keyboard.press('Enter')]);
		await waitForResults();
		let focused = '';
		for (let tab = 0; tab < 15 && !focused; tab++) {
			await page.keyboard.press('Tab');
			focused = await page.evaluate(() =>
				document.activeElement?.closest('#search-results') ? (document.activeElement as HTMLAnchorElement).pathname : '',
			);
		}
		expect(focused).toBe('/handbook/hr/run-payroll/');
		await Promise.all([page.waitForURL(/\/handbook\/hr\/run-payroll\/$/), page.keyboard.press('Enter')]);
	});

	it('announces the result count in a live region and labels every control', async () => {
		await open('/search/?q=payroll');
		await waitForResults();
		expect(await status().getAttribute('role')).toBe('status');
		for (const control of await page.locator('#search-form input, #search-form select').all()) {
			if (await control.isVisible())
				expect(await control.evaluate((el) => (el as HTMLInputElement).labels?.length ?? 0)).toBeGreaterThan(0);
		}
	});

	it('focuses its own search box when “/” is pressed on the search page', async () => {
		await open('/search/');
		await page.locator('h1').click();
		await page.keyboard.press('/');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
		expect(await page.locator('#site-search').count()).toBe(1);
	});

	for (const width of [360, 1280]) {
		it(`fits results and filters into ${width} px without sideways scrolling`, async () => {
			await open('/search/?q=payroll&area=Human+resources', width);
			await waitForResults();
			expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
			const screenshots = resolve('tests/__output__/screenshots');
			mkdirSync(screenshots, { recursive: true });
			await page.screenshot({ path: join(screenshots, `search-${width}.png`), fullPage: true });
		});
	}

	it('loads Pagefind only once a person starts to search', async () => {
		await open('/search/');
		await page.waitForLoadState('networkidle');
		expect(requests.some((url) => url.includes('/pagefind/'))).toBe(false);
		await page.getByLabel('Search services, packages and procedures').focus();
		await page.waitForFunction(() => !document.querySelector<HTMLElement>('#search-filters')?.hidden);
		expect(requests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
	});

	it('keeps catalog and handbook pages free of JavaScript files and of the index', async () => {
		for (const path of ['/', '/services/office/supplies/', '/areas/hr/', '/packages/', '/handbook/hr/run-payroll/']) {
			await open(path);
			await page.waitForLoadState('networkidle');
			await page.close();
		}
		expect(requests.filter((url) => url.endsWith('.js') || url.includes('/pagefind/'))).toEqual([]);
	});
});
