/** The pages a public sitemap lists, derived from the published catalog only. */
import type { Catalog } from './catalog.ts';
import { handbookTools } from './handbook-tools.ts';
import { absoluteUrl, paths } from './urls.ts';

/** Every indexable page path of the site, in a stable order. */
export function sitemapPaths(catalog: Catalog): string[] {
	const frequencies = [...new Set(catalog.sops.map((sop) => sop.frequency))].sort();
	const roles = catalog.roles.filter((role) => catalog.sops.some((sop) => sop.owner === role.id || Object.values(sop.raci).flat().includes(role.id)));
	return [
		paths.home(),
		paths.services(),
		...catalog.areas.map((area) => paths.area(area.id)),
		...catalog.services.map((service) => paths.service(service.id)),
		paths.packages(),
		paths.about(),
		paths.handbook(),
		...catalog.areas.map((area) => paths.handbookArea(area.id)),
		...catalog.sops.map((sop) => paths.sop(sop.id)),
		...roles.map((role) => paths.byRole(role.id)),
		...frequencies.map((frequency) => paths.byFrequency(frequency)),
		...handbookTools(catalog.sops).map((tool) => paths.byTool(tool)),
		paths.raci(),
		paths.operationsCalendar(),
		paths.reviews(),
	];
}

/** The sitemap XML for `catalog` on `siteUrl`. */
export function sitemapXml(catalog: Catalog, siteUrl: string): string {
	const urls = sitemapPaths(catalog)
		.map((path) => `<url><loc>${escapeXml(absoluteUrl(siteUrl, path))}</loc></url>`)
		.join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}

function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
