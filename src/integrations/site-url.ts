import { loadSite } from '../lib/catalog/load.ts';
import { contentDir } from '../lib/io/paths.ts';

/** The site's public URL from `site.yaml`, for Astro's `site` option (canonical URLs, sitemap). */
export function siteUrl(): string {
	return loadSite(contentDir()).site?.url ?? 'http://localhost:4321';
}
