/**
 * A practice too large for one page per list: 450 synthetic procedures and as many services in three
 * duty areas (150 each, most procedures naming the OBM). The catalog shows 12 services per area on
 * `/services/` and pages each area's services. Every browse list, area page and area RACI matrix holds at most one
 * page of procedures and links its other pages, each area prints in parts, each cadence table of the
 * operations calendar keeps to one page's worth, the sitemap names every page, and no link is broken.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticContent } from '../../src/lib/bench/synthetic.ts';
import { servicesPageSize, servicesPerAreaOnIndex } from '../../src/lib/catalog/service-pages.ts';
import { browsePageSize, printPartSize } from '../../src/lib/handbook/list-pages.ts';
import { findBrokenLinks } from '../../src/lib/site/links.ts';
import { buildSite, type BuiltSite } from '../helpers/build.ts';
import { remove } from '../helpers/fixture.ts';
import { hasJava, nuErrors } from '../helpers/nu-checker.ts';

let content: string;
let site: BuiltSite;
beforeAll(() => {
	content = mkdtempSync(join(tmpdir(), 'opsbook-long-lists-'));
	for (const [path, text] of syntheticContent({ sops: 450, areaCount: 3, sopsPerService: 1 })) {
		mkdirSync(dirname(join(content, path)), { recursive: true });
		writeFileSync(join(content, path), text);
	}
	site = buildSite(content, { env: { OPSBOOK_TODAY: '2026-12-01' } });
});
afterAll(() => {
	remove(content);
	if (site) rmSync(dirname(site.dir), { recursive: true, force: true });
});

const html = (path: string) => parse(readFileSync(join(site.dir, path, 'index.html'), 'utf8'));
const pageNumbers = (folder: string) =>
	readdirSync(join(site.dir, folder)).filter((name) => /^\d+$/.test(name) && existsSync(join(site.dir, folder, name, 'index.html')));

/** The procedures an area's handbook pages list (page 1, then `page/2/`, …), each page holding at most one page's worth. */
function areaListed(area: string): string[] {
	const pages = [`handbook/${area}`, ...pageNumbers(`handbook/${area}/page`).map((n) => `handbook/${area}/page/${n}`)];
	return pages.flatMap((path) => {
		const links = html(path)
			.querySelectorAll('.sop-list-title a')
			.map((a) => a.getAttribute('href')!);
		expect(links.length, path).toBeLessThanOrEqual(browsePageSize);
		return links;
	});
}

/** Every page of the list at `folder`: page 1, then `folder/2/`, … in order. */
function pagesOf(folder: string): string[] {
	const rest = pageNumbers(folder)
		.map(Number)
		.sort((a, b) => a - b);
	expect(rest).toEqual(rest.map((_, index) => index + 2));
	return [folder, ...rest.map((n) => `${folder}/${n}`)];
}

describe('a practice of 450 procedures and 450 services in three duty areas', () => {
	it('cuts every browse list into pages of at most 100 procedures, each linking the next, every procedure once', () => {
		let longest = 0;
		for (const kind of ['by-role', 'by-tool', 'by-frequency']) {
			for (const name of readdirSync(join(site.dir, 'handbook', kind)).filter((entry) => !entry.includes('.'))) {
				const pages = pagesOf(`handbook/${kind}/${name}`);
				longest = Math.max(longest, pages.length);
				const seen: string[] = [];
				pages.forEach((path, index) => {
					const page = html(path);
					const links = page.querySelectorAll('.sop-list-title a').map((a) => a.getAttribute('href')!);
					expect(links.length, path).toBeLessThanOrEqual(browsePageSize);
					expect(links.length, path).toBeGreaterThan(0);
					seen.push(...links);
					const next = page.querySelector('.pager a[rel="next"]')?.getAttribute('href');
					expect(next, path).toBe(index + 1 < pages.length ? `/${pages[index + 1]}/` : undefined);
					if (pages.length > 1)
						expect(page.querySelector('.pager [aria-current="page"]')?.text.replace(/\s+/g, ' ').trim(), path).toBe(`Page ${index + 1}`);
				});
				expect(new Set(seen).size, kind + name).toBe(seen.length);
			}
		}
		// The OBM takes part in nearly every procedure, so its list needs several pages.
		expect(longest).toBeGreaterThan(2);
	});

	it("cuts each duty area's page and RACI matrix into pages of 100, every procedure once", () => {
		const areas = readdirSync(join(content, 'areas')).map((file) => file.replace(/\.md$/, ''));
		expect(areas).toHaveLength(3);
		for (const area of areas) {
			const listed = areaListed(area);
			expect(listed.length, area).toBeGreaterThan(browsePageSize);
			expect(new Set(listed).size, area).toBe(listed.length);
			expect(html(`handbook/${area}`).querySelector('.pager a[rel="next"]')?.getAttribute('href')).toBe(`/handbook/${area}/page/2/`);

			const rows = pagesOf(`handbook/${area}/raci`).flatMap((path) => {
				const links = html(path)
					.querySelectorAll('tbody th[scope="row"] a')
					.map((a) => a.getAttribute('href'));
				expect(links.length, path).toBeLessThanOrEqual(browsePageSize);
				return links;
			});
			expect(new Set(rows).size, area).toBe(listed.length);
		}
	});

	it('shows the first services of each area on /services/ and every service of an area over its pages, once', () => {
		const index = html('services');
		const areas = readdirSync(join(content, 'areas')).map((file) => file.replace(/\.md$/, ''));
		for (const area of areas) {
			const section = index.querySelector(`section[aria-labelledby="${area}"]`)!;
			expect(section.querySelectorAll('.card').length).toBe(servicesPerAreaOnIndex);
			const pages = pagesOf(`areas/${area}`);
			expect(pages.length, area).toBeGreaterThan(1);
			const services = pages.flatMap((path) => {
				const cards = html(path)
					.querySelectorAll('.card h3 a')
					.map((a) => a.getAttribute('href'));
				expect(cards.length, path).toBeLessThanOrEqual(servicesPageSize);
				return cards;
			});
			expect(section.querySelector(`a[href="/areas/${area}/"]:not(h2 a)`)?.text.trim()).toBe(
				`All ${services.length} ${html(`areas/${area}`).querySelector('h1')?.text.toLowerCase()} services`,
			);
			expect(new Set(services).size).toBe(services.length);
			// Only the first page, with the area's own text, is searchable.
			expect(readFileSync(join(site.dir, pages[0]!, 'index.html'), 'utf8')).toContain('data-pagefind-body');
			expect(readFileSync(join(site.dir, pages[1]!, 'index.html'), 'utf8')).not.toContain('data-pagefind-body');
		}
	});

	it('keeps the count of a role over all its pages in the heading of every page', () => {
		const [first, second] = pagesOf('handbook/by-role/obm');
		const heading = (path: string) => html(path).querySelector('h2 .count')?.text;
		expect(heading(second!)).toBe(heading(first!));
		expect(html(second!).querySelector('title')?.text).toMatch(/\(page 2 of \d+\)/);
	});

	it('prints each duty area in parts of at most 50 procedures, every procedure of the area once', () => {
		const areas = readdirSync(join(content, 'areas')).map((file) => file.replace(/\.md$/, ''));
		let parted = 0;
		for (const area of areas) {
			const parts = pagesOf(`handbook/${area}/print`);
			if (parts.length > 1) parted++;
			const printed = parts.flatMap((path) => {
				const articles = html(path).querySelectorAll('article.print-sop');
				expect(articles.length, path).toBeLessThanOrEqual(printPartSize);
				return articles.map((article) => article.id);
			});
			// The area's pages list its published procedures (internal and draft ones are left out of the site).
			const sops = areaListed(area).length;
			expect(new Set(printed).size, area).toBe(sops);
			expect(printed.length, area).toBe(sops);
		}
		expect(parted).toBeGreaterThan(0);
		expect(html('handbook/print').text).toMatch(/printed in \d parts/);
	});

	it('keeps each cadence table of the operations calendar to one page of procedures', () => {
		// Which rows a longer cadence keeps is tested on calendarRows (tests/handbook/calendar-rows.test.ts).
		const tables = html('handbook/calendar').querySelectorAll('table');
		expect(tables.length).toBeGreaterThan(2);
		for (const table of tables) expect(table.querySelectorAll('tbody tr').length).toBeLessThanOrEqual(browsePageSize);
	});

	it('lists every page of every browse list in the sitemap, and leaves no internal link broken', () => {
		const sitemap = readFileSync(join(site.dir, 'sitemap.xml'), 'utf8');
		for (const path of [...pagesOf('handbook/by-role/obm'), ...pagesOf('handbook/office/raci'), 'handbook/office/page/2', 'areas/office/2'])
			expect(sitemap).toContain(`https://bench.example/${path}/`);
		expect(findBrokenLinks(site.dir, 'https://bench.example')).toEqual([]);
	});

	it.skipIf(!hasJava)(
		'gives the Nu HTML checker no error on second pages, a print part, the calendar and the services',
		() => {
			const { errors, status } = nuErrors(site.dir, [
				'/handbook/by-role/obm/2/',
				'/handbook/office/page/2/',
				'/handbook/office/raci/2/',
				'/handbook/office/print/2/',
				'/handbook/print/',
				'/handbook/calendar/',
				'/services/',
				'/areas/office/2/',
			]);
			expect(errors).toEqual([]);
			expect(status).toBe(0);
		},
		120_000,
	);
});
