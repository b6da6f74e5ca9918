/**
 * A content loader that keeps only what Astro renders. `src/lib` reads and validates every field
 * before Astro renders a page, and pages take their data from there, so the frontmatter Astro's collections
 * would keep as well (twice: as the entry's data and again in the rendered metadata) is dead weight:
 * about half of the data store, which a build bundles into one module, parses and holds in memory
 * (7 of 14 MB at 3,000 SOPs).
 */
import type { Loader, LoaderContext } from 'astro/loaders';

type DataStore = LoaderContext['store'];
type DataEntry = Parameters<DataStore['set']>[0];

/** `entry` without its frontmatter; the body, its rendered HTML, headings and digest stay. */
export function withoutFrontmatter(entry: DataEntry): DataEntry {
	const { rendered } = entry;
	if (!rendered?.metadata) return { ...entry, data: {} };
	return { ...entry, data: {}, rendered: { ...rendered, metadata: { ...rendered.metadata, frontmatter: {} } } };
}

/** `store`, saving entries without their frontmatter. */
function bodiesStore(store: DataStore): DataStore {
	return { ...store, set: (entry) => store.set(withoutFrontmatter(entry)) };
}

/** `loader` (Astro's glob loader, say) storing bodies only. */
export function bodiesOnly(loader: Loader): Loader {
	return { name: `${loader.name} (bodies only)`, load: (context) => loader.load({ ...context, store: bodiesStore(context.store) }) };
}
