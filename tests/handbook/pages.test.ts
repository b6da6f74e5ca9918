/**
 * The handbook as built from tests/fixtures/handbook: every page, two-click reachability, the SOP page
 * parts, feeds and sops.json, and proof that internal, draft and retired SOPs leave no trace in the public build,
 * nor review due dates and overdue flags, which belong to the internal build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuiltSite } from '../helpers/build.ts';
import { sharedSite } from '../helpers/shared-sites.ts';
import { filesContaining } from '../helpers/output.ts';

let site: BuiltSite;
let internal: BuiltSite;

// Both built on 2026-06-15 (see tests/helpers/shared-sites.ts), so the fixture's SOPs are overdue, due soon and current.
beforeAll(async () => {
	site = await sharedSite('handbook');
	internal = await sharedSite('handbook-internal');
});

/** The file a URL path is served from. */
function fileOf(dir: string, path: string): string {
	return join(dir, path.endsWith('/') ? `${path}index.html` : path);
}
function page(path: string, dir = site.dir): string {
	return readFileSync(fileOf(dir, path), 'utf8');
}
/** Internal link targets of a page, as absolute paths without fragments. */
function links(path: string, dir = site.dir): string[] {
	const hrefs = [...page(path, dir).matchAll(/<a\b[^>]*\bhref="([^"]+)"/g)].map((match) => match[1]!.replaceAll('&amp;', '&'));
	return hrefs
		.map((href) => new URL(href, `http://site${path}`))
		.filter((url) => url.host === 'site')
		.map((url) => url.pathname);
}
/** The text of the element with `marker` in its opening tag, roughly: enough for assertions on short sections. */
function section(html: string, marker: string): string {
	const start = html.indexOf(marker);
	expect(start, `${marker} not found`).toBeGreaterThan(-1);
	return html.slice(start, start + 6000);
}
const text = (html: string) =>
	html
		.replace(/<[^>]+>/g, ' ')
		.replace(/&nbsp;/g, ' ')
		.replace(/\s+/g, ' ');

const publicSops = [
	'office/reconcile-books',
	'office/process-mail',
	'office/onboard-contractor',
	'calendars/weekly-review',
	'calendars/plan-quarter',
];

describe('handbook pages', () => {
	it('builds every handbook page, feed and sops.json', () => {
		const expected = [
			'/handbook/',
			'/handbook/office/',
			'/handbook/calendars/',
			...publicSops.map((id) => `/handbook/${id}/`),
			'/handbook/by-role/owner/',
			'/handbook/by-role/obm/',
			'/handbook/by-role/va/',
			'/handbook/by-role/bookkeeper/',
			'/handbook/by-frequency/daily/',
			'/handbook/by-frequency/weekly/',
			'/handbook/by-frequency/monthly/',
			'/handbook/by-frequency/quarterly/',
			'/handbook/by-frequency/as-needed/',
			'/handbook/by-tool/google-drive/',
			'/handbook/by-tool/quickbooks-online/',
			'/handbook/by-tool/1password/',
			'/handbook/raci/',
			'/handbook/office/raci/',
			'/handbook/calendars/raci/',
			'/handbook/calendar/',
			'/handbook/print/',
			'/handbook/office/print/',
			'/handbook/calendars/print/',
			'/handbook/calendar.ics',
			'/handbook/calendar/owner.ics',
			'/handbook/calendar/obm.ics',
			'/handbook/calendar/va.ics',
			'/handbook/calendar/bookkeeper.ics',
			'/sops.json',
		];
		expect(expected.filter((path) => !existsSync(fileOf(site.dir, path)))).toEqual([]);
	});

	it('reaches every SOP from the handbook home in two clicks', () => {
		const first = new Set(links('/handbook/'));
		const second = new Set([...first].filter((path) => path.startsWith('/handbook/') && path.endsWith('/')).flatMap((path) => links(path)));
		const reachable = new Set([...first, ...second]);
		expect(publicSops.map((id) => `/handbook/${id}/`).filter((path) => !reachable.has(path))).toEqual([]);
	});

	it('links the home to area pages with counts instead of listing every SOP', () => {
		const home = page('/handbook/');
		expect(links('/handbook/')).toEqual(
			expect.arrayContaining(['/handbook/office/', '/handbook/calendars/', '/handbook/raci/', '/handbook/calendar/', '/handbook/print/']),
		);
		expect(text(home)).toContain('3 procedures');
		expect(links('/handbook/').filter((path) => publicSops.some((id) => path === `/handbook/${id}/`))).toEqual([]);
	});

	it('shows the metadata panel, steps, checklist, related SOPs and services on an SOP page', () => {
		const html = page('/handbook/office/reconcile-books/');
		const panel = text(section(html, 'class="panel sop-meta"'));
		for (const fact of [
			'Owner Online business manager',
			'Responsible Bookkeeper',
			'Accountable Online business manager',
			'Consulted Business owner',
			'Informed Business owner',
			'Monthly',
			'On the 5th of each month at 09:30',
			'2 h per run',
			'QuickBooks Online',
			'Version 2.1',
			'Last reviewed 1 March 2026 Reviewed every 12 months',
		]) {
			expect(panel).toContain(fact);
		}
		expect(panel).not.toContain('Next review due');
		expect(html.indexOf('sop-meta')).toBeLessThan(html.indexOf('id="steps"'));
		expect(html.indexOf('id="steps"')).toBeLessThan(html.indexOf('id="checklist-heading"'));
		expect(html.match(/<input type="checkbox"/g)).toHaveLength(3);
		expect(html).toContain('<label for="check-1">Download last month&#39;s statements</label>');
		expect(links('/handbook/office/reconcile-books/')).toEqual(
			expect.arrayContaining([
				'/handbook/office/process-mail/',
				'/services/office/bookkeeping/',
				'/handbook/by-role/bookkeeper/',
				'/handbook/by-tool/quickbooks-online/',
				'/handbook/by-frequency/monthly/',
			]),
		);
	});

	it('drops links to internal SOPs from related lists and services', () => {
		expect(links('/handbook/office/reconcile-books/').filter((path) => path.includes('rotate-vault-keys'))).toEqual([]);
	});

	it('renders the MDX components of an SOP body', () => {
		const html = page('/handbook/office/onboard-contractor/');
		expect(html).toMatch(/<span class="time-estimate">.*?About <\/span>20 min<\/span>/);
		expect(html).toContain('1 h 15 min');
		expect(html).toMatch(/class="callout callout-warning" role="note" aria-label="Warning"/);
		expect(html).toMatch(/class="callout callout-tip" role="note" aria-label="Save time"/);
		expect(html).toMatch(/class="callout callout-note"/);
		expect(html).toMatch(/<img src="\/favicon.svg" alt="The vault sharing dialog with one item selected"/);
		expect(html).toContain('<figcaption>Share items, never whole vaults.</figcaption>');
	});

	it('shows visitors when an SOP was last reviewed, never a review banner, badge or schedule', () => {
		expect(page('/handbook/calendars/weekly-review/')).not.toContain('data-notice=');
		expect(page('/handbook/calendars/plan-quarter/')).not.toContain('data-notice=');
		expect(filesContaining(site.dir, 'badge overdue')).toEqual([]);
		expect(filesContaining(site.dir, 'badge due-soon')).toEqual([]);
		expect(filesContaining(site.dir, 'Review schedule')).toEqual([]);
		expect(existsSync(fileOf(site.dir, '/handbook/reviews/'))).toBe(false);
		expect(page('/sitemap.xml')).not.toContain('/handbook/reviews/');
	});

	it('shows review banners, badges and the schedule in the internal build', () => {
		const weekly = page('/handbook/calendars/weekly-review/', internal.dir);
		expect(weekly).toContain('data-notice="overdue"');
		expect(text(weekly)).toContain('was due for review on 10 July 2025');
		expect(text(weekly)).toContain('Next review due 10 July 2025 Overdue');
		expect(page('/handbook/calendars/plan-quarter/', internal.dir)).toContain('data-notice="due-soon"');
		expect(page('/handbook/office/reconcile-books/', internal.dir)).not.toContain('data-notice=');
		expect(page('/handbook/', internal.dir)).toContain('badge overdue');
	});

	it('leaves drafts out of the public build and shows them, marked, in the internal one', () => {
		expect(filesContaining(site.dir, 'marmotlantern')).toEqual([]);
		const draft = page('/handbook/calendars/draft-the-marmotlantern-agenda/', internal.dir);
		expect(draft).toContain('data-notice="draft"');
		expect(draft).toContain('<span class="badge draft">Draft</span>');
		expect(page('/handbook/calendars/', internal.dir)).toContain('<span class="badge draft">Draft</span>');
	});

	it('lists SOPs on the internal review page in the order their reviews fall due', () => {
		const html = page('/handbook/reviews/', internal.dir);
		const order = publicSops.map((id) => ({ id, at: html.indexOf(`href="/handbook/${id}/"`) })).sort((a, b) => a.at - b.at);
		expect(order.map(({ id }) => id)).toEqual([
			'calendars/weekly-review',
			'calendars/plan-quarter',
			'office/process-mail',
			'office/reconcile-books',
			'office/onboard-contractor',
		]);
	});

	it('builds the RACI matrix with column and row headers and a caption', () => {
		const html = page('/handbook/raci/');
		expect(html).toContain('<caption id="raci-caption">');
		expect(html.match(/<th scope="col">/g)?.length).toBe(5); // Procedure + four roles
		expect(html.match(/<th scope="row">/g)?.length).toBe(publicSops.length);
		expect(html).toContain('<abbr title="Consulted and informed">C/I</abbr>');
		expect(html).not.toContain('Security auditor');
		expect(html).toContain('<a href="/handbook/office/raci/">Office management</a>');
	});

	it("gives each duty area a RACI matrix of its own procedures, linked from the area's page", () => {
		const office = page('/handbook/office/raci/');
		const officeSops = publicSops.filter((id) => id.startsWith('office/'));
		expect(office.match(/<th scope="row">/g)?.length).toBe(officeSops.length);
		for (const id of officeSops) expect(office).toContain(`<a href="/handbook/${id}/">`);
		expect(office).not.toContain('href="/handbook/calendars/');
		expect(page('/handbook/office/')).toContain('<a href="/handbook/office/raci/">Who does what</a>');
	});

	it('totals the operations calendar per week and month', () => {
		const body = text(page('/handbook/calendar/'));
		// daily 15 min (325 min/month) + weekly 45 min (195) + monthly 120 + quarterly 120 (40) = 680 min/month.
		expect(body).toContain('4 recurring procedures take about 2.6 h a week , or 11.3 h a month');
		expect(body).toContain('https://handbook-fixture.example/handbook/calendar.ics');
	});

	it('prints each area with one article per SOP, and lists the area print views on the handbook print page', () => {
		const all = page('/handbook/print/');
		expect(all).toContain('<meta name="robots" content="noindex">');
		// Bounded: links to the area views instead of every procedure on one page.
		expect(all).not.toContain('<article class="print-sop"');
		expect(links('/handbook/print/')).toEqual(expect.arrayContaining(['/handbook/office/print/', '/handbook/calendars/print/']));
		const office = page('/handbook/office/print/');
		expect(office.match(/<article class="print-sop"/g)).toHaveLength(3);
		expect(office).not.toContain('weekly-review');
	});

	it('keeps element ids unique on print views, where every SOP body has its own "Steps" heading', () => {
		for (const path of ['/handbook/office/print/', '/handbook/calendars/print/']) {
			const ids = [...page(path).matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
			expect(
				ids.filter((id, i) => ids.indexOf(id) !== i),
				path,
			).toEqual([]);
			expect(
				ids.some((id) => id?.endsWith('-steps')),
				path,
			).toBe(true);
		}
	});

	it('loads the checklist script on SOP pages only', () => {
		expect(page('/handbook/office/reconcile-books/')).toContain('opsbook:checklist');
		for (const path of [
			'/handbook/',
			'/handbook/office/',
			'/handbook/print/',
			'/handbook/office/print/',
			'/handbook/raci/',
			'/handbook/calendar/',
		]) {
			expect(page(path), path).not.toContain('opsbook:checklist');
		}
	});

	it('puts SOP pages, not list or print pages, in the search index', () => {
		expect(page('/handbook/office/reconcile-books/')).toContain('data-pagefind-body');
		for (const path of ['/handbook/', '/handbook/print/', '/handbook/raci/', '/handbook/office/raci/'])
			expect(page(path), path).not.toContain('data-pagefind-body');
	});
});

describe('feeds and sops.json', () => {
	it('lists every public SOP in sops.json with owner, version, last review and next review', () => {
		const data = JSON.parse(page('/sops.json')) as { count: number; sops: Record<string, unknown>[] };
		expect(data.count).toBe(publicSops.length);
		expect(data.sops.map((sop) => sop.id)).toEqual([...publicSops].sort());
		expect(data.sops.find((sop) => sop.id === 'office/reconcile-books')).toMatchObject({
			owner: 'obm',
			version: '2.1',
			reviewed: '2026-03-01',
			nextReview: '2027-03-01',
			url: 'https://handbook-fixture.example/handbook/office/reconcile-books/',
		});
	});

	it('publishes a valid calendar of the recurring public SOPs', () => {
		const calendar = new ICAL.Component(ICAL.parse(page('/handbook/calendar.ics')));
		expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/London');
		const uids = calendar.getAllSubcomponents('vevent').map((event) => event.getFirstPropertyValue('uid'));
		expect(uids.sort()).toEqual(
			['sop-calendars.plan-quarter', 'sop-calendars.weekly-review', 'sop-office.process-mail', 'sop-office.reconcile-books'].map(
				(uid) => `${uid}@handbook-fixture.example`,
			),
		);
	});

	it('gives each role a feed of what it does or answers for', () => {
		const owner = new ICAL.Component(ICAL.parse(page('/handbook/calendar/owner.ics')));
		expect(owner.getAllSubcomponents('vevent').map((event) => event.getFirstPropertyValue('summary'))).toEqual([
			"Plan the quarter's events",
		]);
		expect(existsSync(fileOf(site.dir, '/handbook/calendar/auditor.ics'))).toBe(false);
	});
});

describe('internal, draft and retired SOPs', () => {
	it('leave no trace anywhere in the public build: pages, search index, sitemap, feeds, sops.json', () => {
		expect(filesContaining(site.dir, 'ZEBRAQUARTZ')).toEqual([]);
		expect(filesContaining(site.dir, 'OBSIDIANWALRUS')).toEqual([]);
		expect(existsSync(fileOf(site.dir, '/handbook/office/rotate-vault-keys/'))).toBe(false);
		expect(existsSync(fileOf(site.dir, '/handbook/by-role/auditor/'))).toBe(false);
		expect(existsSync(fileOf(site.dir, '/handbook/by-tool/zebraquartzvault/'))).toBe(false);
	});

	it('are all in the internal build, so the search above can find them (retired ones excepted)', () => {
		const found = filesContaining(internal.dir, 'ZEBRAQUARTZ').map((file) => file.slice(internal.dir.length));
		expect(found).toEqual(
			expect.arrayContaining([
				'/handbook/office/rotate-vault-keys/index.html',
				'/sops.json',
				'/handbook/calendar.ics',
				'/handbook/office/print/index.html',
			]),
		);
		expect(found.some((file) => file.startsWith('/pagefind/'))).toBe(true);
		expect(existsSync(fileOf(internal.dir, '/handbook/by-role/auditor/'))).toBe(true);
		expect(filesContaining(internal.dir, 'OBSIDIANWALRUS')).toEqual([]);
	});
});
