/**
 * Where a build's Astro keeps its generated modules. Astro writes them (among them
 * `content-modules.mjs`, the map from each MDX file to its compiled module) into `<root>/.astro/`,
 * whatever its cache folder. `astro dev` and `astro check` use the project's own `.astro/`; builds use
 * `.opsbook/build-root/.astro/`, so a build never replaces the map of a running dev server (its MDX
 * pages then failed) nor reads one the dev server wrote (the build then failed). Builds among
 * themselves take turns (see astro-lock.ts).
 */
import { mkdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';

/** The options that give one Astro build the project's config, sources and public files, under a root of its own. */
export function astroBuildRoot(projectRoot: string = process.cwd()): {
	root: string;
	configFile: string;
	srcDir: string;
	publicDir: string;
} {
	// Inside the project, so Node still finds the project's node_modules from there.
	const root = resolve(projectRoot, '.opsbook', 'build-root');
	mkdirSync(root, { recursive: true });
	return {
		root,
		// Astro joins this to the root, so it must be relative to it.
		configFile: relative(root, resolve(projectRoot, 'astro.config.mjs')),
		srcDir: resolve(projectRoot, 'src'),
		publicDir: resolve(projectRoot, 'public'),
	};
}
