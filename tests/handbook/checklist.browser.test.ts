/**
 * The SOP checklist in headless Chromium against the built fixture: ticks survive a reload, reset clears
 * them, "copy as Markdown" works through the clipboard or its visible fallback, and without JavaScript
 * the checklist is still there to tick. Saves screenshots of the handbook at 360 and 1280 px.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser } from '../helpers/browser.ts';
import { sharedSite } from '../helpers/shared-sites.ts';
import { serveStatic, type StaticServer } from '../helpers/serve.ts';

const screenshots = resolve('tests/__output__/screenshots');
const sopPath = '/handbook/calendars/weekly-review/';
const items = ['Check the next two weeks for clashes', 'Add preparation time before big meetings', 'Send the look-ahead note'];
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;

describe.skipIf(!hasChromium)('SOP checklist in headless Chromium', () => {
	beforeAll(async () => {
		server = await serveStatic((await sharedSite('handbook')).dir);
		browser = await launchBrowser();
		mkdirSync(screenshots, { recursive: true });
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});
	afterEach(async () => {
		await context?.close();
	});

	async function open(path = sopPath, options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
		context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto(new URL(path, server.url).href);
		expect(errors).toEqual([]);
		return page;
	}
	const box = (page: Page, label: string) => page.getByRole('checkbox', { name: label });

	it('keeps ticks after a reload', async () => {
		const page = await open();
		await box(page, items[0]!).check();
		await box(page, items[2]!).check();
		await expect.poll(() => page.locator('[data-checklist-progress]').textContent()).toBe('2 of 3 done');
		await page.reload();
		expect(await box(page, items[0]!).isChecked()).toBe(true);
		expect(await box(page, items[1]!).isChecked()).toBe(false);
		expect(await box(page, items[2]!).isChecked()).toBe(true);
		expect(await page.locator('[data-checklist-progress]').textContent()).toBe('2 of 3 done');
	});

	it('keeps each SOP’s ticks apart', async () => {
		const page = await open();
		await box(page, items[0]!).check();
		await page.goto(new URL('/handbook/office/reconcile-books/', server.url).href);
		expect(await page.locator('input[type="checkbox"]:checked').count()).toBe(0);
		await page.goto(new URL(sopPath, server.url).href);
		expect(await box(page, items[0]!).isChecked()).toBe(true);
	});

	it('clears every tick with reset, also after a reload', async () => {
		const page = await open();
		for (const item of items) await box(page, item).check();
		expect(await page.locator('[data-checklist]').getAttribute('data-complete')).toBe('');
		await page.getByRole('button', { name: 'Reset ticks' }).click();
		expect(await page.locator('input[type="checkbox"]:checked').count()).toBe(0);
		expect(await page.getByRole('status').textContent()).toBe('All ticks cleared.');
		expect(await page.evaluate(() => localStorage.getItem('opsbook:checklist:calendars/weekly-review'))).toBeNull();
		await page.reload();
		expect(await page.locator('input[type="checkbox"]:checked').count()).toBe(0);
	});

	it('copies the checklist as Markdown to the clipboard', async () => {
		const page = await open(sopPath, { permissions: ['clipboard-read', 'clipboard-write'] });
		await box(page, items[1]!).check();
		await page.getByRole('button', { name: 'Copy as Markdown' }).click();
		await expect.poll(() => page.getByRole('status').textContent()).toBe('Copied 3 items as a Markdown checklist.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			`## Prepare the weekly calendar review\n\n- [ ] ${items[0]}\n- [x] ${items[1]}\n- [ ] ${items[2]}\n`,
		);
		expect(await page.locator('[data-checklist-fallback]').isHidden()).toBe(true);
	});

	it('shows the Markdown selected in a text box when the clipboard is refused', async () => {
		context = await browser.newContext();
		await context.addInitScript(() => {
			Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
		});
		const page = await context.newPage();
		await page.goto(new URL(sopPath, server.url).href);
		await box(page, items[0]!).check();
		await page.getByRole('button', { name: 'Copy as Markdown' }).click();
		const textarea = page.getByRole('textbox', { name: 'Markdown checklist' });
		await expect.poll(() => textarea.isVisible()).toBe(true);
		expect(await textarea.inputValue()).toBe(
			`## Prepare the weekly calendar review\n\n- [x] ${items[0]}\n- [ ] ${items[1]}\n- [ ] ${items[2]}\n`,
		);
		expect(await page.evaluate(() => (document.activeElement as HTMLTextAreaElement).selectionEnd)).toBeGreaterThan(0);
		expect(await page.getByRole('status').textContent()).toContain('copy it with Ctrl+C');
	});

	it('is a complete checklist without JavaScript, with no dead buttons', async () => {
		const page = await open(sopPath, { javaScriptEnabled: false });
		for (const item of items) expect(await box(page, item).isVisible()).toBe(true);
		await box(page, items[1]!).check();
		expect(await box(page, items[1]!).isChecked()).toBe(true);
		expect(await page.getByRole('button', { name: 'Reset ticks' }).count()).toBe(0);
		expect(await page.getByRole('button', { name: 'Copy as Markdown' }).count()).toBe(0);
	});

	for (const width of [360, 1280]) {
		for (const [name, path] of [
			['handbook-home', '/handbook/'],
			['handbook-sop', '/handbook/office/onboard-contractor/'],
			['handbook-raci', '/handbook/raci/'],
			['handbook-area-raci', '/handbook/office/raci/'],
			['handbook-calendar', '/handbook/calendar/'],
		] as const) {
			it(`shows ${name} at ${width} px without horizontal overflow`, async () => {
				const page = await open(path, { viewport: { width, height: 800 } });
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
				expect(overflow).toBe(0);
				await page.screenshot({ path: `${screenshots}/${name}-${width}.png`, fullPage: true });
			});
		}
	}

	it('prints an SOP as a clean checklist', async () => {
		const page = await open('/handbook/office/reconcile-books/');
		await page.emulateMedia({ media: 'print' });
		const hidden = await page.evaluate(() =>
			['.site-header', '.breadcrumbs', '.checklist-tools', '.checklist-hint', 'section:has(#related-heading)'].map((selector) => {
				const element = document.querySelector(selector);
				return element ? getComputedStyle(element).display : 'missing';
			}),
		);
		expect(hidden).toEqual(['none', 'none', 'none', 'none', 'none']);
		expect(await page.locator('.checklist .signoff').isVisible()).toBe(true);
		expect(
			await page
				.locator('input[type="checkbox"]')
				.first()
				.evaluate((box) => getComputedStyle(box).appearance),
		).toBe('none');
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	});
});
