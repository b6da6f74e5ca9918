/** Where content, outputs and caches live; `OPSBOOK_CONTENT` and `OPSBOOK_PROPOSALS` point elsewhere. */
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** The content folder: `$OPSBOOK_CONTENT` or `content/` in the working directory. */
export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
	return resolve(env.OPSBOOK_CONTENT || 'content');
}

/** The proposals folder: an explicit one, `$OPSBOOK_PROPOSALS`, or `proposals/` inside the content folder. */
export function proposalsDir(explicit?: string, env: NodeJS.ProcessEnv = process.env): string {
	return resolve(explicit || env.OPSBOOK_PROPOSALS || resolve(contentDir(env), 'proposals'));
}

/** Templates live with the content so an OBM brands them in their own repository. */
export function templatesDir(env: NodeJS.ProcessEnv = process.env): string {
	return resolve(contentDir(env), 'templates');
}

/** The real path of `path`, whose last parts may not exist yet (resolved through its deepest existing folder). */
export function realPath(path: string): string {
	const absolute = resolve(path);
	try {
		return realpathSync(absolute);
	} catch {
		const parent = dirname(absolute);
		return parent === absolute ? absolute : join(realPath(parent), basename(absolute));
	}
}

/**
 * Astro's cache folder for this content folder: `<base>/<hash of the content folder's real path>`, base
 * `$OPSBOOK_CACHE_DIR` or `.opsbook/cache`. Astro's content store remembers each entry's file path and
 * re-reads MDX bodies from it, so a cache shared by two content folders mixes them (or fails once the
 * first folder is gone); one cache per folder cannot.
 */
export function contentCacheDir(env: NodeJS.ProcessEnv = process.env): string {
	const key = createHash('sha256')
		// The layout's version: the store's paths are relative to Astro's root, which moved to
		// `.opsbook/build-root/<key>/` (see astro-root.ts); since `project`, `astro dev` and `astro check`
		// no longer write here (see projectCacheDir), and a store they wrote before is left behind.
		.update(`build-root/key/project\0${realPath(contentDir(env))}`)
		.digest('hex')
		.slice(0, 16);
	return resolve(cacheBase(env), key);
}

/**
 * Astro's cache folder when the project itself is Astro's root (`astro dev`, `astro check`, a plain
 * `astro build`): the content store keeps its paths relative to the root, so a store written here
 * would send a build, whose root is `.opsbook/build-root/<key>/`, to MDX files that are not there.
 */
export function projectCacheDir(env: NodeJS.ProcessEnv = process.env): string {
	return `${contentCacheDir(env)}-project`;
}

/** Where printed PDFs are kept between runs (`src/lib/io/pdf-cache.ts`): `<base>/pdf`, base as above. */
export function pdfCacheDir(env: NodeJS.ProcessEnv = process.env): string {
	return resolve(cacheBase(env), 'pdf');
}

/** The folder every cache of a run lives in: `$OPSBOOK_CACHE_DIR`, else `.opsbook/cache` (git-ignored). */
function cacheBase(env: NodeJS.ProcessEnv): string {
	return env.OPSBOOK_CACHE_DIR || '.opsbook/cache';
}
