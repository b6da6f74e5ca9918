/**
 * Astro collections for the Markdown content. Astro only renders the bodies (MDX included): every
 * field is validated, all problems at once, by `src/lib` (`loadCatalog`), before Astro renders a
 * page in the build scripts and on every change under `astro dev`; the data pages show comes from
 * there, through `src/data/catalog.ts`. Giving these collections the schemas again would validate
 * every file twice (1 to 2.5 s at 1,000 SOPs, in paired runs) for nothing.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './lib/io/paths.ts';
import { isClientsEdition } from './lib/clients/edition.ts';
import { bodiesOnly } from './loaders/bodies-only.ts';

const dir = contentDir();
// Ids are the path inside the collection folder without extension, exactly as `src/lib` computes them.
const generateId = ({ entry }: { entry: string }) => entry.replace(/\.[^./]+$/, '');
// Client SOPs are `<client>/<sop id>`; only the client edition reads them, so the practice's builds never hold a client's text.
const clientSopId = ({ entry }: { entry: string }) => generateId({ entry }).replace(/^([^/]+)\/sops\//, '$1/');
const clientSopPattern = isClientsEdition() ? '*/sops/**/*.{md,mdx}' : 'no-client-sops-outside-the-client-edition/*.md';

/** Astro's glob loader, keeping only what it renders: no raw body, no frontmatter (see bodies-only.ts). */
const bodies = (options: Parameters<typeof glob>[0]) => bodiesOnly(glob({ ...options, retainBody: false }));

export const collections = {
	areas: defineCollection({ loader: bodies({ pattern: '**/*.md', base: `${dir}/areas`, generateId }) }),
	services: defineCollection({ loader: bodies({ pattern: '**/*.md', base: `${dir}/services`, generateId }) }),
	packages: defineCollection({ loader: bodies({ pattern: '**/*.md', base: `${dir}/packages`, generateId }) }),
	sops: defineCollection({ loader: bodies({ pattern: '**/*.{md,mdx}', base: `${dir}/sops`, generateId }) }),
	clientSops: defineCollection({ loader: bodies({ pattern: clientSopPattern, base: `${dir}/clients`, generateId: clientSopId }) }),
};
