/** The "Accept this proposal" link in Chromium: it carries exactly the package chosen and the add-ons ticked. */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptConfig, acceptHref } from '../../src/lib/proposals/accept-link.ts';
import { hasChromium, launchBrowser } from '../helpers/browser.ts';
import { build, fixture, resolveFixture, tempDir } from './support.ts';

describe.skipIf(!hasChromium)('the accept link', () => {
	let browser: Browser;
	let mailto: Record<string, string>;
	let form: Record<string, string>;

	beforeAll(async () => {
		const urls = (result: Awaited<ReturnType<typeof build>>) =>
			Object.fromEntries(result.built.map((item) => [item.id, pathToFileURL(join(item.dir, 'proposal.html')).href]));
		mailto = urls(await build());
		// The same content with an acceptance form named in site.yaml.
		const content = join(tempDir('accept-form'), 'content');
		cpSync(fixture, content, { recursive: true });
		const site = join(content, 'site.yaml');
		writeFileSync(site, `${readFileSync(site, 'utf8')}acceptanceUrl: https://harbour-lane.example/accept\n`);
		form = urls(await build({ contentDir: content, proposalsDir: join(content, 'proposals') }));
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	async function open(url: string, javaScriptEnabled = true): Promise<Page> {
		const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
		await page.goto(url);
		return page;
	}
	const href = async (page: Page) => (await page.locator('#accept-link').getAttribute('href')) ?? '';

	it('is a mailto to the practice with the two add-ons ticked, their titles and the matching totals', async () => {
		const page = await open(mailto.basic!);
		await page.check('#addon-0');
		await page.check('#addon-1');
		const link = await href(page);
		expect(link).toBe(acceptHref(acceptConfig(resolveFixture('basic').proposal), 0, 0b11));
		const url = new URL(link);
		expect(url.protocol).toBe('mailto:');
		expect(url.pathname).toBe('hello@harbour-lane.example');
		const body = decodeURIComponent(/[?&]body=([^&]*)/.exec(link)?.[1] ?? '');
		expect(body).toContain('Add-ons: Monthly newsletter, Event booking\r\n');
		expect(body).toContain(`Monthly total: ${await page.locator('.fees .total td').textContent()}`);
	});

	it('carries only the add-ons still ticked after one is unticked', async () => {
		const page = await open(mailto.basic!);
		await page.check('#addon-0');
		await page.check('#addon-1');
		await page.uncheck('#addon-0');
		expect(decodeURIComponent(await href(page))).toContain('Add-ons: Event booking\r\n');
	});

	it('opens the acceptance form with exactly the proposal, the package and the two add-ons as query parameters', async () => {
		const page = await open(form.basic!);
		await page.check('#addon-0');
		await page.check('#addon-1');
		const url = new URL(await href(page));
		expect(url.origin + url.pathname).toBe('https://harbour-lane.example/accept');
		expect([...url.searchParams]).toEqual([
			['proposal', 'basic'],
			['package', 'starter'],
			['addon', 'secretarial/newsletter'],
			['addon', 'calendars/event-booking'],
		]);
	});

	it('carries the package chosen among several', async () => {
		const page = await open(form.tiers!);
		expect(new URL(await href(page)).searchParams.get('package')).toBe('plus'); // the recommended one
		await page.check('input[name="accept-package"][value="0"]');
		await page.check('#addon-0');
		const url = new URL(await href(page));
		expect(url.searchParams.get('package')).toBe('starter');
		expect(url.searchParams.getAll('addon')).toEqual(['secretarial/newsletter']);
	});

	it('works without JavaScript, with the default choice: the recommended package and no add-ons', async () => {
		const page = await open(form.tiers!, false);
		const url = new URL(await href(page));
		expect([...url.searchParams]).toEqual([
			['proposal', 'tiers'],
			['package', 'plus'],
		]);
	});
});
