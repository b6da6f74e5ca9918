/**
 * `npm run check:links [-- DIR]`: every internal link and asset in the built site (default `dist/`)
 * must exist. Exits non-zero and lists each broken one.
 */
import '../src/lib/io/compile-cache.ts';
import { resolve } from 'node:path';
import { loadSite } from '../src/lib/catalog/load.ts';
import { findBrokenLinks } from '../src/lib/site/links.ts';
import { contentDir } from '../src/lib/io/paths.ts';

const dir = resolve(process.argv[2] ?? 'dist');
const siteUrl = loadSite(contentDir()).site?.url ?? 'http://localhost';
const broken = findBrokenLinks(dir, siteUrl);
for (const { page, href } of broken) console.error(`${page}: broken link ${href}`);
if (broken.length) {
	console.error(`\n${broken.length} broken link${broken.length === 1 ? '' : 's'} in ${dir}.`);
	process.exit(1);
}
console.log(`No broken internal links in ${dir}.`);
