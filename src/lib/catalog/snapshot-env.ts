/** The variables that name the catalog snapshot (snapshot.ts), in a module light enough to load before anything else. */

/**
 * The environment that points an Astro build at the snapshot in `path`. With `writer`, the snapshot is
 * still to come: process `writer` (the build script) writes it once the content is checked, while
 * Astro already builds, and the pages wait for it.
 */
export function catalogSnapshotEnv(path: string, writer?: number): Record<string, string> {
	return { OPSBOOK_CATALOG_SNAPSHOT: path, ...(writer !== undefined && { OPSBOOK_CATALOG_WRITER: String(writer) }) };
}

/** True when this process builds before its catalog snapshot is written (see `catalogSnapshotEnv`). */
export function snapshotPending(env: NodeJS.ProcessEnv = process.env): boolean {
	return Boolean(env.OPSBOOK_CATALOG_SNAPSHOT && env.OPSBOOK_CATALOG_WRITER);
}
