/**
 * The Opsbook integration: validates all content before Astro builds (every problem at once, not
 * Astro's first) unless `npm run build` checks it alongside, warns about overdue reviews, hands the
 * catalog to the pages as a module that `astro dev` reloads on every content change, and indexes the
 * built site with Pagefind.
 */
import type { AstroIntegration } from 'astro';
import { loadBuildCatalog } from '../lib/catalog/snapshot.ts';
import { snapshotPending } from '../lib/catalog/snapshot-env.ts';
import { ContentError } from '../lib/core/problems.ts';
import { editionFromEnv } from '../lib/catalog/visibility.ts';
import { buildWarnings } from '../lib/site/build-warnings.ts';
import { todayFromEnv } from '../lib/core/dates.ts';
import { contentDir } from '../lib/io/paths.ts';
import { indexWithPagefind } from './pagefind.ts';
import { isClientsEdition } from '../lib/clients/edition.ts';
import { clientRoutePattern, clientRoutes } from '../lib/clients/routes.ts';
import { liveCatalog } from './live-catalog.ts';
import { noDepsOptimizer } from './no-deps-optimizer.ts';

export default function opsbook(): AstroIntegration {
	let locale = 'en';
	return {
		name: 'opsbook',
		hooks: {
			'astro:config:setup': ({ command, config, logger, injectRoute, addMiddleware, updateConfig }) => {
				if (command === 'preview') return;
				if (isClientsEdition()) {
					// Every client's handbook in one build: the same pages under /clients/<id>/, split apart afterwards.
					for (const [path, entrypoint] of Object.entries(clientRoutes))
						injectRoute({ pattern: clientRoutePattern(path), entrypoint: new URL(entrypoint, config.srcDir), prerender: true });
					addMiddleware({ entrypoint: new URL('./workspace-middleware.ts', import.meta.url), order: 'pre' });
					// One page at a time: the selected client is shared state (see src/data/catalog.ts).
					updateConfig({ build: { concurrency: 1 } });
				}
				// `npm run build` checks the content while Astro builds and prints the warnings itself: nothing is
				// loaded here, the pages wait for its snapshot (snapshot.ts), and Pagefind runs after this process.
				const pending = command === 'build' && snapshotPending();
				const loaded = pending ? { catalog: undefined, problems: [] } : loadBuildCatalog();
				// The dev server starts even on broken content: it lists the problems until they are fixed.
				updateConfig({ vite: { plugins: [liveCatalog({ contentDir: contentDir(), initial: loaded, logger, dev: command === 'dev' })] } });
				if (command === 'dev') return;
				if (command === 'build') updateConfig({ vite: { plugins: [noDepsOptimizer()] } });
				if (pending) return;
				const { catalog, problems } = loaded;
				if (!catalog) throw new ContentError(problems);
				locale = catalog.site.locale;
				if (command !== 'build') return;
				for (const warning of buildWarnings(catalog, editionFromEnv(), todayFromEnv())) logger.warn(warning);
			},
			'astro:config:done': ({ config }) => {
				// The site renders several pages at once (astro.config.mjs); client pages must not, or one
				// client's page could be rendered while another client is selected.
				if (isClientsEdition() && config.build.concurrency !== 1)
					throw new Error(`Opsbook: the client edition must render one page at a time, not ${config.build.concurrency}`);
			},
			'astro:build:done': async ({ dir, logger }) => {
				// Each client's site gets its own index once `npm run clients` has split the build apart, and
				// `npm run build` indexes after the Astro process has ended (scripts/astro-build.ts).
				if (isClientsEdition() || process.env.OPSBOOK_PAGEFIND === 'later') return;
				await indexWithPagefind(dir, { locale }, logger);
			},
		},
	};
}
