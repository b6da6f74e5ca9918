/**
 * The framework's floor for `npm run bench`: the smallest Astro site that renders the same synthetic
 * SOPs, one plain page each (title and body), indexed by the Pagefind CLI afterwards. What Opsbook's
 * public build costs beyond this is the price of its own pages, checks and search metadata.
 * Returns file paths (relative to the floor project's root) and their text; the caller writes them.
 */

/** The files of a minimal Astro project whose one route renders every SOP under `sopsDir`. */
export function floorProject(sopsDir: string): [string, string][] {
	return [
		[
			'astro.config.mjs',
			`import { defineConfig } from 'astro/config';
export default defineConfig({ compressHTML: true, build: { format: 'directory' }, trailingSlash: 'always' });
`,
		],
		[
			'src/content.config.ts',
			`import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = { sops: defineCollection({ loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(sopsDir)} }) }) };
`,
		],
		[
			'src/pages/[...id].astro',
			`---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
	return (await getCollection('sops')).map((sop) => ({ params: { id: sop.id }, props: { sop } }));
}
const { sop } = Astro.props;
const { Content } = await render(sop);
---
<html lang="en"><head><meta charset="utf-8"><title>{sop.data.title}</title></head>
<body><main><h1>{sop.data.title}</h1><Content /></main></body></html>
`,
		],
	];
}
