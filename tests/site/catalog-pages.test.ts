import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/lib/io/files.ts';
import { findBrokenLinks } from '../../src/lib/site/links.ts';
import { sharedSite } from '../helpers/shared-sites.ts';
import { filesContaining } from '../helpers/output.ts';

let dist: string;
const page = (path: string) => parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));
const text = (path: string) => page(path).querySelector('main')?.text.replace(/\s+/g, ' ') ?? '';

beforeAll(async () => {
	dist = (await sharedSite('basic')).dir;
});

describe('catalog site built from the basic fixture', () => {
	it('has a page for every public service and duty area', () => {
		for (const path of [
			'services/office/bookkeeping',
			'services/office/supplies',
			'services/calendars/calendar-care',
			'areas/office',
			'areas/calendars',
		]) {
			expect(page(path).querySelector('h1')?.text, path).toBeTruthy();
		}
	});

	it('groups services by duty area on the services index', () => {
		const index = page('services');
		expect(index.querySelectorAll('main section').map((s) => s.querySelector('h2')?.text.trim())).toEqual([
			'Office management',
			'Calendars',
		]);
	});

	it('formats prices for the site locale and currency', () => {
		expect(text('services/office/bookkeeping')).toContain('$450.50 per month');
		expect(text('services/office/supplies')).toContain('$50 per hour');
		expect(text('services/office/supplies')).toContain('about 2.5 hours a month ($125)');
		expect(text('services/calendars/calendar-care')).toContain('$1,200 one-time');
	});

	it('explains the delivery mode in plain words and links the SOPs that deliver a service', () => {
		const service = page('services/office/bookkeeping');
		expect(service.querySelector('main')?.text).toContain('hires a vetted specialist');
		expect(service.querySelectorAll('main a').map((a) => a.getAttribute('href'))).toContain('/handbook/office/reconcile-books/');
	});

	it('compares packages with hours, fee, term, included services and effective hourly rate', () => {
		const compare = text('packages');
		expect(compare).toContain('$700');
		expect(compare).toContain('Effective hourly rate $70');
		expect(compare).toContain('Minimum term 3 months');
		expect(compare).toContain('Bookkeeping oversight');
	});

	it('leaves internal services out of every file of the public build', () => {
		expect(filesContaining(dist, 'HUSHMARKER')).toEqual([]);
		expect(filesContaining(dist, 'secret-service')).toEqual([]);
	});

	it('ships no JavaScript files on catalog pages', () => {
		for (const path of ['', 'services', 'services/office/bookkeeping', 'areas/office', 'packages', 'about']) {
			const scripts = page(path).querySelectorAll('script');
			expect(
				scripts.filter((s) => s.getAttribute('src') || s.getAttribute('type') === 'module'),
				path,
			).toEqual([]);
			// The one inline script is the header's "/" shortcut to search.
			expect(scripts.length, path).toBeLessThanOrEqual(1);
		}
	});

	it('gives every page a title, description, canonical URL and Open Graph tags', () => {
		for (const file of listFiles(dist, ['.html'])) {
			const html = parse(readFileSync(file, 'utf8'));
			expect(html.querySelector('title')?.text, file).toBeTruthy();
			expect(html.querySelector('meta[name="description"]')?.getAttribute('content'), file).toBeTruthy();
			// Pages kept out of search engines (404, print views) have no canonical URL.
			if (!html.querySelector('meta[name="robots"]')) {
				expect(html.querySelector('link[rel="canonical"]')?.getAttribute('href'), file).toMatch(/^https:\/\/fixture\.example\//);
			}
			expect(html.querySelector('meta[property="og:title"]'), file).toBeTruthy();
		}
	});

	it('writes a sitemap of public pages with absolute URLs and a robots.txt pointing to it', () => {
		const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
		expect(sitemap).toContain('<loc>https://fixture.example/services/office/bookkeeping/</loc>');
		expect(sitemap).not.toContain('secret-service');
		expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain('Sitemap: https://fixture.example/sitemap.xml');
	});

	it('has a 404 page', () => {
		expect(readFileSync(join(dist, '404.html'), 'utf8')).toContain('could not find that page');
	});

	it('has no broken internal link or missing asset', () => {
		expect(findBrokenLinks(dist, 'https://fixture.example')).toEqual([]);
	});
});
