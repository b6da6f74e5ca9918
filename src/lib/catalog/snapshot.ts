/**
 * Handing a validated catalog from the build script to the Astro build. `npm run build` has already
 * read and checked every file; it writes the result as JSON and names it in `OPSBOOK_CATALOG_SNAPSHOT`,
 * so the integration and the pages load it in milliseconds instead of parsing all the YAML again.
 * Without the variable (plain `astro build`, `astro dev`), the catalog is loaded from the content folder.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadCatalog } from './load.ts';
import { type LoadResult, type Catalog } from './types.ts';
import { contentDir } from '../io/paths.ts';
import { catalogSnapshotEnv } from './snapshot-env.ts';

/** Writes `catalog` to `path` and returns the environment that points the Astro build at it. */
export function writeCatalogSnapshot(catalog: Catalog, path: string): Record<string, string> {
	writeFileSync(path, JSON.stringify(catalog));
	return catalogSnapshotEnv(path);
}

/** The catalog for this process: the build script's snapshot when there is one, else a fresh load. */
export function loadBuildCatalog(env: NodeJS.ProcessEnv = process.env): LoadResult {
	const snapshot = env.OPSBOOK_CATALOG_SNAPSHOT;
	if (snapshot) return { catalog: JSON.parse(readFileSync(snapshot, 'utf8')) as Catalog, problems: [] };
	return loadCatalog(contentDir(env));
}
