/**
 * Astro collections for the Markdown content, validated by the same schemas the scripts use.
 * Astro renders the bodies (MDX included); the data pages show comes from `src/lib` via `src/data/catalog.ts`.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { areaSchema } from './schemas/areas.ts';
import { packageSchema } from './schemas/packages.ts';
import { serviceSchema } from './schemas/services.ts';
import { sopSchema } from './schemas/sops.ts';
import { loadSite } from './lib/catalog/load.ts';
import { contentDir } from './lib/io/paths.ts';
import { isClientsEdition } from './lib/clients/edition.ts';

const dir = contentDir();
// Prices are parsed in the site's currency; a broken site.yaml is reported by the Opsbook integration.
const context = { currency: loadSite(dir).site?.currency ?? 'USD' };
// Ids are the path inside the collection folder without extension, exactly as `src/lib` computes them.
const generateId = ({ entry }: { entry: string }) => entry.replace(/\.[^./]+$/, '');
// Client SOPs are `<client>/<sop id>`; only the client edition reads them, so the practice's builds never hold a client's text.
const clientSopId = ({ entry }: { entry: string }) => generateId({ entry }).replace(/^([^/]+)\/sops\//, '$1/');
const clientSopPattern = isClientsEdition() ? '*/sops/**/*.{md,mdx}' : 'no-client-sops-outside-the-client-edition/*.md';

export const collections = {
	areas: defineCollection({
		loader: glob({ pattern: '**/*.md', base: `${dir}/areas`, generateId, retainBody: false }),
		schema: areaSchema,
	}),
	services: defineCollection({
		loader: glob({ pattern: '**/*.md', base: `${dir}/services`, generateId, retainBody: false }),
		schema: serviceSchema(context),
	}),
	packages: defineCollection({
		loader: glob({ pattern: '**/*.md', base: `${dir}/packages`, generateId, retainBody: false }),
		schema: packageSchema(context),
	}),
	sops: defineCollection({
		loader: glob({ pattern: '**/*.{md,mdx}', base: `${dir}/sops`, generateId, retainBody: false }),
		schema: sopSchema,
	}),
	clientSops: defineCollection({
		loader: glob({ pattern: clientSopPattern, base: `${dir}/clients`, generateId: clientSopId, retainBody: false }),
		schema: sopSchema,
	}),
};
