// @ts-check
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { sanitizingMarkdown } from './src/integrations/markdown-processor.ts';
import opsbook from './src/integrations/opsbook.ts';
import { siteUrl } from './src/integrations/site-url.ts';
import { projectCacheDir } from './src/lib/io/paths.ts';

/** Build outputs in the project, which `npm run dev` never serves: `.opsbook/` (staging, caches, the builds' own root), the sites and the proposals. */
const buildOutputs = ['.opsbook', 'dist', 'dist-internal', 'out'].map((folder) =>
	fileURLToPath(new URL(`./${folder}/**`, import.meta.url)),
);

// Typed by this comment rather than `defineConfig` from 'astro/config': that module loads SVGO and CSSO
// (about 230 modules, 0.1 s) into every Astro process, and the build never needs them.
/** @type {import('astro').AstroUserConfig} */
export default {
	site: siteUrl(),
	// One cache per content folder: Astro's content store re-reads MDX bodies from the paths it remembers.
	// The build scripts give Astro another root and their own cache (scripts/astro-build.ts, clients.ts).
	cacheDir: projectCacheDir(),
	// Astro 7's default 'jsx' mode glues words across inline elements; plain whitespace collapsing keeps them apart.
	compressHTML: true,
	trailingSlash: 'always',
	// Several pages render at once: while one waits on a file write or a content entry, the next one renders.
	build: { format: 'directory', concurrency: 4 },
	// `.md` bodies are untrusted text: raw HTML is parsed, then sanitized, before Astro adds heading ids.
	markdown: { processor: sanitizingMarkdown() },
	// `.mdx` bodies are trusted code written by the OBM: they keep Astro's default processor, unsanitized.
	integrations: [opsbook(), mdx({ extendMarkdownConfig: false })],
	vite: {
		// A build in a second terminal (or a test run) writes thousands of files there; watching them made
		// the dev server reload pages for nothing and fill the terminal with `[watch]` lines.
		server: { watch: { ignored: buildOutputs } },
		build: {
			rollupOptions: {
				// Every MDX file triggers a harmless "module level directive" warning (an open Astro issue);
				// hiding it keeps real warnings visible.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
					warn(warning);
				},
			},
		},
	},
};
