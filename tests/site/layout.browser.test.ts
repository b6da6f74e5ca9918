import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser } from '../helpers/browser.ts';
import { sharedSite } from '../helpers/shared-sites.ts';
import { serveStatic, type StaticServer } from '../helpers/serve.ts';

const screenshots = resolve('tests/__output__/screenshots');
let server: StaticServer;
let browser: Browser;

describe.skipIf(!hasChromium)('catalog pages in headless Chromium', () => {
	beforeAll(async () => {
		server = await serveStatic((await sharedSite('basic')).dir);
		browser = await launchBrowser();
		mkdirSync(screenshots, { recursive: true });
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	for (const width of [360, 1280]) {
		for (const [name, path] of [
			['home', '/'],
			['service', '/services/office/bookkeeping/'],
			['packages', '/packages/'],
		] as const) {
			it(`shows the ${name} page at ${width} px without horizontal overflow`, async () => {
				const page = await browser.newPage({ viewport: { width, height: 900 } });
				const response = await page.goto(new URL(path, server.url).href);
				expect(response?.status()).toBe(200);
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
				expect(overflow).toBeLessThanOrEqual(0);
				await page.screenshot({ path: join(screenshots, `${name}-${width}.png`), fullPage: true });
				await page.close();
			});
		}
	}

	it('moves focus to the main content with the skip link, showing a focus outline', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(server.url);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
		expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).not.toBe('none');
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => location.hash)).toBe('#main');
		await page.close();
	});

	it('focuses the header search box when "/" is pressed', async () => {
		const page = await browser.newPage();
		await page.goto(new URL('/services/', server.url).href);
		await page.keyboard.press('/');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
		await page.close();
	});
});
