/**
 * Where a build's Astro keeps its generated modules. Astro writes them (among them
 * `content-modules.mjs`, the map from each MDX file to its compiled module) into `<root>/.astro/`,
 * whatever its cache folder. `astro dev` and `astro check` use the project's own `.astro/`; a build uses
 * a root of its own, `.opsbook/build-root/<hash of its cache folder>/`, so it never replaces the map of a
 * running dev server (its MDX pages then failed), nor reads one the dev server or another build wrote
 * (the build then failed, or rendered the other content folder's MDX). Builds that share a cache
 * folder share a root, and take turns (see astro-lock.ts); builds of other content folders run
 * side by side. The path never changes for a cache folder: Astro's content store keeps its file paths
 * relative to the root.
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';

/** The build root of the builds that use `cacheDir` as Astro's cache folder. */
export function buildRootFor(cacheDir: string, projectRoot: string = process.cwd()): string {
	const key = createHash('sha256').update(resolve(cacheDir)).digest('hex').slice(0, 16);
	// Inside the project, so Node still finds the project's node_modules from there.
	return resolve(projectRoot, '.opsbook', 'build-root', key);
}

/** The options that give one Astro build the project's config, sources and public files, under the root of its cache folder. */
export function astroBuildRoot(
	cacheDir: string,
	projectRoot: string = process.cwd(),
): { root: string; configFile: string; srcDir: string; publicDir: string; cacheDir: string } {
	const root = buildRootFor(cacheDir, projectRoot);
	mkdirSync(root, { recursive: true });
	return {
		root,
		// Astro joins this to the root, so it must be relative to it.
		configFile: relative(root, resolve(projectRoot, 'astro.config.mjs')),
		srcDir: resolve(projectRoot, 'src'),
		publicDir: resolve(projectRoot, 'public'),
		cacheDir: resolve(cacheDir),
	};
}
