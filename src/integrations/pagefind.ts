/** Builds the Pagefind search index for the built site, through Pagefind's Node API. */
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';

export async function indexWithPagefind(dir: URL, logger: AstroIntegrationLogger): Promise<void> {
	const started = performance.now();
	const sitePath = fileURLToPath(dir);
	const { index, errors } = await pagefind.createIndex({});
	try {
		if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
		const added = await index.addDirectory({ path: sitePath });
		if (added.errors.length) throw new Error(`Pagefind failed to index: ${added.errors.join('; ')}`);
		const written = await index.writeFiles({ outputPath: `${sitePath}/pagefind` });
		if (written.errors.length) throw new Error(`Pagefind failed to write: ${written.errors.join('; ')}`);
		logger.info(`Pagefind indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
	} finally {
		await pagefind.close();
	}
}
