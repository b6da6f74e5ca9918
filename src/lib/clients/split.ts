/**
 * Splitting the one client build into a site per client: each client's pages move into their own
 * folder with the shared assets, links become relative, and a robots.txt turns crawlers away.
 */
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { listFiles } from '../io/files.ts';
import { clientsFolder } from './routes.ts';
import { depthOf, relativizeHtml } from './relative-links.ts';

/** A client site is private: no crawler may index any of it (each page also says `noindex`). */
export const privateRobots = 'User-agent: *\nDisallow: /\n';

/** Moves client `id`'s pages from the client build `buildDir` into `siteDir` and makes the folder a site of its own. */
export function splitClientSite(buildDir: string, id: string, siteDir: string, publicDir: string): void {
	renameSync(join(buildDir, clientsFolder, id), siteDir);
	// Scripts and stylesheets are the same for every client; each site gets its own copy.
	if (existsSync(join(buildDir, '_astro'))) cpSync(join(buildDir, '_astro'), join(siteDir, '_astro'), { recursive: true });
	if (existsSync(publicDir)) {
		for (const entry of readdirSync(publicDir)) cpSync(join(publicDir, entry), join(siteDir, entry), { recursive: true });
	}
	writeFileSync(join(siteDir, 'robots.txt'), privateRobots);
	for (const file of listFiles(siteDir, ['.html'])) {
		const path = relative(siteDir, file).split(sep).join('/');
		writeFileSync(file, relativizeHtml(readFileSync(file, 'utf8'), depthOf(path)));
	}
}
