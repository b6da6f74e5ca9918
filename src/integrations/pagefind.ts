/**
 * Builds the Pagefind search index for the built site, through Pagefind's Node API.
 * Only elements marked `data-pagefind-body` (each page's <main>) are indexed; see src/lib/site/search-meta.ts.
 */
import { readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
		// Pagefind counts every file it read; each page it indexed has one fragment file.
		const pages = readdirSync(join(outputPath, 'fragment')).length;
		logger.info(`Pagefind indexed ${pages} pages in ${pagefindMs} ms (${Math.round(bytes / 1024)} KiB in /${pagefindFolder}/)`);
		// `npm run bench` and `npm run search:stats` read the figures from here.
		if (process.env.OPSBOOK_TIMINGS) writeFileSync(process.env.OPSBOOK_TIMINGS, JSON.stringify({ pagefindMs, pages, bytes }));
	} finally {
		await pagefind.close();
	}
}

/** The mark of a page's indexed content (see searchBodyAttributes). */
const bodyMark = 'data-pagefind-body';

/** Added to a page's name while Pagefind reads the site, so that its HTML glob passes over it. */
const asideSuffix = '.not-indexed';

/**
 * Lets Pagefind read the built pages itself (no HTML passes through Node), only those that mark their
 * content with `data-pagefind-body`. The others (print views, RACI matrices, browse lists: a third of
 * the HTML at 1,000 SOPs) are renamed aside while it reads, so it does not parse them only to drop
 * them; that also keeps it from indexing every page whole, navigation included, when no page has the mark.
 */
export async function addSearchablePages(
	index: pagefind.PagefindIndex,
	sitePath: string,
): Promise<{ page_count: number; errors: string[] }> {
	const unmarked = listFiles(sitePath, ['.html']).filter((file) => !readFileSync(file).includes(bodyMark));
	for (const file of unmarked) renameSync(file, `${file}${asideSuffix}`);
	try {
		// Pagefind sorts the files it finds, so the index stays byte-identical between builds.
		return await index.addDirectory({ path: sitePath, glob: '**/*.html' });
	} finally {
		for (const file of unmarked) renameSync(`${file}${asideSuffix}`, file);
	}
}
