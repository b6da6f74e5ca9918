/**
 * A built client site served from a subfolder (as on a protected host), in headless Chromium: search
 * finds the client's own SOP and nothing of another client; a person's page lists only their
 * procedures. And the calendar feeds parse with ical.js, with the contract's milestones in the
 * client's time zone.
 */
import ICAL from 'ical.js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rolesOfSop } from '../../src/lib/handbook/raci.ts';
import { hasChromium, launchBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/serve.ts';
import { sharedSite } from '../helpers/shared-sites.ts';
import { fixtureWorkspace } from './support.ts';

let server: StaticServer;
let browser: Browser | undefined;
let page: Page;

beforeAll(async () => {
	// Served from the parent of every client folder: alpha's site lives at /alpha/site/.
	server = await serveStatic((await sharedSite('clients')).dir);
	if (hasChromium) {
		browser = await launchBrowser();
		page = await browser.newPage();
	}
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

const at = (path: string) => new URL(path, server.url).href;

describe.skipIf(!hasChromium)('search in a client site served from a subfolder', () => {
	const search = async (words: string) => {
		await page.goto(at(`/alpha/site/search/?q=${encodeURIComponent(words)}`));
		await page.waitForFunction(() => /result/i.test(document.querySelector('#search-status')?.textContent ?? ''));
	};

	it("finds the client's own SOP, and its result opens the page", async () => {
		await search('alphasop ferns');
		const link = page.locator('#search-results li h2 a').first();
		expect(await link.textContent()).toContain('Water the Alphasop ferns');
		await link.click();
		await page.waitForLoadState('load');
		expect(new URL(page.url()).pathname).toBe('/alpha/site/handbook/office/alpha-only/');
		expect(await page.locator('h1').textContent()).toContain('Water the Alphasop ferns');
	});

	it("finds nothing of another client's SOP", async () => {
		await search('bravosop');
		expect(await page.locator('#search-status').textContent()).toMatch(/^No results/);
		expect(await page.locator('#search-results li').count()).toBe(0);
	});
});

describe.skipIf(!hasChromium)("a person's page", () => {
	it('lists exactly the procedures the person has a part in, under their name', async () => {
		const alpha = fixtureWorkspace('alpha');
		const expected = alpha.catalog.sops
			.filter((sop) => rolesOfSop(sop).includes('va'))
			.map((sop) => sop.title)
			.sort();
		await page.goto(at('/alpha/site/handbook/by-role/va/'));
		expect(await page.locator('h1').textContent()).toContain('Alphaperson Quill');
		const listed = await page.locator('main a[href*="handbook/office/"], main a[href*="handbook/calendars/"]').allTextContents();
		expect([...new Set(listed.map((text) => text.trim()))].sort()).toEqual(expected);
		expect(expected.length).toBeGreaterThan(0);
	});
});

describe('calendar feeds', () => {
	const feed = async (path: string) => {
		const response = await fetch(at(path));
		expect(response.status).toBe(200);
		const calendar = new ICAL.Component(ICAL.parse(await response.text()));
		const zone = calendar.getFirstSubcomponent('vtimezone');
		if (zone) ICAL.TimezoneService.register(zone);
		return calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
	};

	it("holds the contract's milestones at 09:00 in the client's time zone", async () => {
		const events = await feed('/bravo/site/handbook/calendar.ics');
		const milestones = events.filter((event) => event.uid.includes('milestone-'));
		expect(milestones.map((event) => [event.summary, event.startDate.toString(), event.startDate.zone?.tzid])).toEqual([
			['Bravocanary Goods: engagement starts', '2027-04-05T09:00:00', 'Asia/Tokyo'],
			['Bravocanary Goods: last day to give notice', '2027-06-04T09:00:00', 'Asia/Tokyo'],
			['Bravocanary Goods: minimum term ends', '2027-07-04T09:00:00', 'Asia/Tokyo'],
		]);
		// 09:00 in Tokyo is midnight UTC.
		expect(milestones[0]?.startDate.toJSDate().toISOString()).toBe('2027-04-05T00:00:00.000Z');
	});

	it("gives each person a feed of their own, in the client's zone, with the milestones and no event before the start", async () => {
		const events = await feed('/bravo/site/handbook/calendar/bookkeeper.ics');
		expect(events.some((event) => event.summary.includes('Bravosop'))).toBe(true);
		expect(events.filter((event) => event.uid.includes('milestone-'))).toHaveLength(3);
		for (const event of events) {
			expect(event.startDate.zone?.tzid).toBe('Asia/Tokyo');
			expect(event.startDate.toString() >= '2027-04-05').toBe(true);
		}
	});
});
