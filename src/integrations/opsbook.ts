/**
 * The Opsbook integration: validates all content before Astro builds (every problem at once, not
 * Astro's first), warns about overdue reviews, and indexes the built site with Pagefind.
 */
import type { AstroIntegration } from 'astro';
import { loadBuildCatalog } from '../lib/catalog/snapshot.ts';
import { ContentError, formatProblem } from '../lib/core/problems.ts';
import { unpublishedReferenceWarnings } from '../lib/catalog/publication.ts';
import { editionFromEnv } from '../lib/catalog/visibility.ts';
import { overdueWarnings } from '../lib/handbook/review.ts';
import { brandContrastWarnings } from '../lib/site/contrast.ts';
import { todayFromEnv } from '../lib/core/dates.ts';
import { indexWithPagefind } from './pagefind.ts';

export default function opsbook(): AstroIntegration {
	let locale = 'en';
	return {
		name: 'opsbook',
		hooks: {
			'astro:config:setup': ({ command, logger }) => {
				if (command === 'preview') return;
				const { catalog, problems } = loadBuildCatalog();
				if (!catalog) throw new ContentError(problems);
				locale = catalog.site.locale;
				if (command !== 'build') return;
				const dropped = editionFromEnv() === 'public' ? unpublishedReferenceWarnings(catalog).map(formatProblem) : [];
				for (const warning of [...brandContrastWarnings(catalog.site.brand), ...overdueWarnings(catalog.sops, todayFromEnv()), ...dropped])
					logger.warn(warning);
			},
			'astro:build:done': async ({ dir, logger }) => {
				await indexWithPagefind(dir, { locale }, logger);
			},
		},
	};
}
