/** The add-on checkboxes of the HTML proposal, in a real browser over file:// (the document is self-contained). */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../src/lib/core/money.ts';
import { hasChromium, launchBrowser } from '../helpers/browser.ts';
import { build, resolveFixture } from './support.ts';

const gbp = (minor: number) => formatMoney(minor, 'en-GB', 'GBP');

describe.skipIf(!hasChromium)('add-on checkboxes', () => {
	let browser: Browser;
	let urls: Record<string, string>;
	const basic = resolveFixture('basic').proposal.options[0]!;

	beforeAll(async () => {
		const result = await build();
		urls = Object.fromEntries(result.built.map((item) => [item.id, pathToFileURL(join(item.dir, 'proposal.html')).href]));
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	async function open(id: string, javaScriptEnabled = true): Promise<{ page: Page; requests: string[] }> {
		const context = await browser.newContext({ javaScriptEnabled });
		const page = await context.newPage();
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		await page.goto(urls[id]!);
		return { page, requests };
	}
	const monthlyTotals = (page: Page) => page.locator('.fees .total td').allTextContents();

	it('shows the totals without add-ons at first', async () => {
		const { page } = await open('basic');
		expect(await monthlyTotals(page)).toEqual([gbp(basic.totals.monthlyTotal)]);
		expect(await page.locator('.glance .figure').nth(1).textContent()).toBe('£1,560.60');
	});

	it('updates every total when an add-on is ticked, and back when it is unticked', async () => {
		const { page } = await open('basic');
		await page.check('#addon-0');
		expect(await monthlyTotals(page)).toEqual(['£1,884.60']);
		expect(await page.locator('.glance .figure').nth(1).textContent()).toBe('£1,884.60');
		// 3 × £1,884.60 + £540.00 one-time
		expect(await page.locator('.fees tr', { hasText: 'Minimum contract value' }).locator('td').nth(1).textContent()).toBe('£6,193.80');

		await page.check('#addon-1');
		const both = basic.choices[3]!;
		expect(await monthlyTotals(page)).toEqual([gbp(both.monthlyTotal)]);
		expect(await page.locator('.fees tr', { hasText: 'Minimum contract value' }).locator('td').nth(1).textContent()).toBe(
			gbp(both.minimumContractValue),
		);
		expect(await page.locator('.fees tr', { hasText: 'Estimated workload' }).locator('td').nth(1).textContent()).toMatch(
			/^[\d.]+ h of 23\.5 h \(\d+%\)$/,
		);

		await page.uncheck('#addon-0');
		await page.uncheck('#addon-1');
		expect(await monthlyTotals(page)).toEqual(['£1,560.60']);
	});

	it('updates each option of a side-by-side proposal', async () => {
		const { page } = await open('tiers');
		expect(await monthlyTotals(page)).toEqual(['£1,250.00', '£1,550.00']);
		await page.check('#addon-0');
		expect(await monthlyTotals(page)).toEqual(['£1,550.00', '£1,850.00']);
	});

	it('makes no request beyond the document itself', async () => {
		const { page, requests } = await open('basic');
		await page.check('#addon-0');
		expect(requests).toEqual([urls.basic]);
	});

	it('still shows the totals and add-on prices without JavaScript, with the checkboxes inert', async () => {
		const { page } = await open('basic', false);
		expect(await monthlyTotals(page)).toEqual(['£1,560.60']);
		expect(await page.locator('#addon-0').isDisabled()).toBe(true);
		expect(await page.locator('.addon-list .num').allTextContents()).toEqual(['£300.00per month', '£57.75per month']);
		expect(await page.locator('.no-js').first().isVisible()).toBe(true);
	});
});
