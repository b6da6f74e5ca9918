/**
 * Handing a validated catalog from the build script to the Astro build. `npm run build` reads and
 * checks every file while Astro starts building; it writes the result as JSON and names it in
 * `OPSBOOK_CATALOG_SNAPSHOT`, so the pages load it in milliseconds instead of parsing all the YAML
 * again. Without the variable (plain `astro build`, `astro dev`), the catalog is loaded from the content folder.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { loadCatalog } from './load.ts';
import { type LoadResult, type Catalog } from './types.ts';
import { contentDir } from '../io/paths.ts';
import { isRunning } from '../io/staging.ts';
import { catalogSnapshotEnv } from './snapshot-env.ts';

/** Writes `catalog` to `path` (whole or not at all: a build may be waiting for it) and returns the environment that points an Astro build at it. */
export function writeCatalogSnapshot(catalog: Catalog, path: string): Record<string, string> {
	writeFileSync(`${path}.tmp`, JSON.stringify(catalog));
	renameSync(`${path}.tmp`, path);
	return catalogSnapshotEnv(path);
}

/** The catalog for this process: the build script's snapshot when there is one, else a fresh load. */
export function loadBuildCatalog(env: NodeJS.ProcessEnv = process.env): LoadResult {
	const snapshot = env.OPSBOOK_CATALOG_SNAPSHOT;
	if (!snapshot) return loadCatalog(contentDir(env));
	waitForSnapshot(snapshot, Number(env.OPSBOOK_CATALOG_WRITER));
	return { catalog: JSON.parse(readFileSync(snapshot, 'utf8')) as Catalog, problems: [] };
}

/**
 * Waits, blocking, until the build script has written the snapshot. The pages ask for it when they
 * start rendering, seconds after the script has checked the content, so this rarely waits at all;
 * nothing else in the process can go on without it meanwhile.
 */
function waitForSnapshot(path: string, writer: number): void {
	const pause = new Int32Array(new SharedArrayBuffer(4));
	while (!existsSync(path)) {
		if (!Number.isInteger(writer) || writer <= 0 || !isRunning(writer))
			throw new Error(`the catalog snapshot ${path} was never written: the build script that checks the content has ended`);
		Atomics.wait(pause, 0, 0, 20);
	}
}
