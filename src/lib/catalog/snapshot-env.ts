/** The variable that names the catalog snapshot (snapshot.ts), in a module light enough to load before anything else. */

/** The environment that points an Astro build at the snapshot in `path` (a process may start before it is written). */
export function catalogSnapshotEnv(path: string): Record<string, string> {
	return { OPSBOOK_CATALOG_SNAPSHOT: path };
}
