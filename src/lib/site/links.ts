/**
 * Link checking over a built site: every internal link and asset a page references must exist.
 * Used by the tests and by `npm run check:links`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import { listFiles } from '../io/files.ts';

export interface BrokenLink {
	/** Page that holds the link, relative to the site folder. */
	page: string;
	/** The link as written. */
	href: string;
}

/** Internal URLs (links, assets, forms) referenced by one HTML page. */
export function referencedUrls(html: string): string[] {
	const root = parse(html);
	const urls: string[] = [];
	for (const element of root.querySelectorAll('[href], [src], form[action]')) {
		for (const name of ['href', 'src', 'action']) {
			const value = element.getAttribute(name);
			if (value !== undefined) urls.push(value);
		}
	}
	return urls;
}

/** True when `url` points into the site itself (not mailto:, tel:, another host, or a pure fragment). */
function isInternal(url: string, siteOrigin: string): boolean {
	if (url === '' || url.startsWith('#') || /^(mailto|tel|data|javascript):/i.test(url)) return false;
	if (/^[a-z]+:\/\//i.test(url) || url.startsWith('//')) return url.startsWith(siteOrigin);
	return true;
}

/** Resolves a URL path to the file a static host would serve, or undefined. */
function fileFor(siteDir: string, pathname: string): string | undefined {
	const path = join(siteDir, decodeURIComponent(pathname));
	if (existsSync(path) && statSync(path).isFile()) return path;
	const index = join(path, 'index.html');
	return existsSync(index) ? index : undefined;
}

/** Every broken internal link or missing asset in the HTML pages under `siteDir`. */
export function findBrokenLinks(siteDir: string, siteUrl: string): BrokenLink[] {
	const origin = new URL(siteUrl).origin;
	const broken: BrokenLink[] = [];
	for (const file of listFiles(siteDir, ['.html'])) {
		const page = relative(siteDir, file);
		const pageUrl = new URL(`/${page.replace(/index\.html$/, '')}`, origin);
		for (const href of referencedUrls(readFileSync(file, 'utf8'))) {
			if (!isInternal(href, origin)) continue;
			const target = new URL(href, pageUrl);
			if (!fileFor(siteDir, target.pathname)) broken.push({ page, href });
		}
	}
	return broken;
}
