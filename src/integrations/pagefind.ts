/**
 * Builds the Pagefind search index for the built site, through Pagefind's Node API.
 * Only elements marked `data-pagefind-body` (each page's <main>) are indexed; see src/lib/site/search-meta.ts.
 */
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { folderBytes, listFiles } from '../lib/io/files.ts';

export interface PagefindOptions {
	/** The site's BCP 47 locale; its language picks Pagefind's stemmer, for every page alike. */
	locale: string;
}

/** The folder, inside the built site, that holds the index and Pagefind's search library. */
export const pagefindFolder = 'pagefind';

// Content Pagefind never indexes, on any page: the small label above a title (the result's metadata
// already carries the type and duty area) and text meant only for screen readers ("Included").
const excludeSelectors = ['.eyebrow', '.visually-hidden'];

// Pagefind always writes its three ready-made interfaces; the site searches through pagefind.js alone,
// so they would only be dead weight on the host.
const unusedBundles = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/** Pagefind's language code for a BCP 47 locale: `en-US` → `en`. */
export function pagefindLanguage(locale: string): string {
	return new Intl.Locale(locale).language;
}

/** Indexes the built site at `dir` into its `pagefind/` folder; fails on an empty index. */
export async function indexWithPagefind(dir: URL, options: PagefindOptions, logger: Pick<AstroIntegrationLogger, 'info'>): Promise<void> {
	const started = performance.now();
	const sitePath = fileURLToPath(dir);
	const outputPath = join(sitePath, pagefindFolder);
	const { index, errors } = await pagefind.createIndex({ forceLanguage: pagefindLanguage(options.locale), excludeSelectors });
	try {
		if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
		const added = await addSearchablePages(index, sitePath);
		if (added.errors.length) throw new Error(`Pagefind failed to index: ${added.errors.join('; ')}`);
		// An empty index means the layout lost its data-pagefind-body: search would silently find nothing.
		if (added.page_count === 0) throw new Error('Pagefind indexed no pages: no page marks its main content with data-pagefind-body.');
		const written = await index.writeFiles({ outputPath });
		if (written.errors.length) throw new Error(`Pagefind failed to write: ${written.errors.join('; ')}`);
		for (const name of readdirSync(outputPath)) if (unusedBundles.test(name)) rmSync(join(outputPath, name));
		const pagefindMs = Math.round(performance.now() - started);
		const bytes = folderBytes(outputPath);
		logger.info(`Pagefind indexed ${added.page_count} pages in ${pagefindMs} ms (${Math.round(bytes / 1024)} KiB in /${pagefindFolder}/)`);
		// `npm run bench` and `npm run search:stats` read the figures from here.
		if (process.env.OPSBOOK_TIMINGS)
			writeFileSync(process.env.OPSBOOK_TIMINGS, JSON.stringify({ pagefindMs, pages: added.page_count, bytes }));
	} finally {
		await pagefind.close();
	}
}

const concurrentFiles = 16;

/**
 * Hands Pagefind only the pages that mark searchable content. Print views and feeds hold every SOP
 * again; parsing them would cost Pagefind a third more memory for nothing it indexes.
 */
async function addSearchablePages(index: pagefind.PagefindIndex, sitePath: string): Promise<{ page_count: number; errors: string[] }> {
	const files = listFiles(sitePath, ['.html']);
	const errors: string[] = [];
	let pageCount = 0;
	// Files are read a batch ahead but added one at a time in path order: Pagefind numbers pages in the
	// order they arrive, and the same order keeps the index byte-identical between builds.
	for (let i = 0; i < files.length; i += concurrentFiles) {
		const batch = files.slice(i, i + concurrentFiles);
		const contents = await Promise.all(batch.map((file) => readFile(file, 'utf8')));
		for (const [n, content] of contents.entries()) {
			if (!content.includes('data-pagefind-body')) continue;
			const path = relative(sitePath, batch[n] ?? '')
				.split(sep)
				.join('/');
			const added = await index.addHTMLFile({ url: `/${path.replace(/(^|\/)index\.html$/, '$1')}`, content });
			errors.push(...added.errors);
			pageCount++;
		}
	}
	return { page_count: pageCount, errors };
}
