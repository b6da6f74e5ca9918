/** The pages a public sitemap lists, derived from the published catalog only. */
import type { Catalog } from '../catalog/types.ts';
import { handbookIndex, type HandbookIndex } from '../handbook/handbook.ts';
import { absoluteUrl, paths } from '../core/urls.ts';
import { pageCount, pageHrefs } from '../core/pagination.ts';
import { areaPageHref } from '../handbook/area-page.ts';
import { servicesPageSize } from '../catalog/service-pages.ts';
import { browsePageSize } from '../handbook/list-pages.ts';

export interface SitemapOptions {
	/** The review schedule page exists (internal edition only). */
	reviews?: boolean;
}

/** Every indexable page path of the site, in a stable order (print views and feeds are left out). */
export function sitemapPaths(catalog: Catalog, handbook: HandbookIndex = handbookIndex(catalog), options: SitemapOptions = {}): string[] {
	return [
		paths.home(),
		paths.services(),
		...catalog.areas.flatMap((area) =>
			pageHrefs(paths.area(area.id), catalog.services.filter((service) => service.area === area.id).length, servicesPageSize),
		),
		...catalog.services.map((service) => paths.service(service.id)),
		paths.packages(),
		paths.about(),
		paths.handbook(),
		...handbook.areas.flatMap(({ area, sops }) =>
			Array.from({ length: pageCount(sops.length, browsePageSize) }, (_, index) => areaPageHref(area.id, index + 1)),
		),
		...catalog.sops.map((sop) => paths.sop(sop.id)),
		...handbook.roles.flatMap(({ role, assignments }) => pageHrefs(paths.byRole(role.id), assignments.length, browsePageSize)),
		...handbook.frequencies.flatMap(({ frequency, sops }) => pageHrefs(paths.byFrequency(frequency), sops.length, browsePageSize)),
		...handbook.tools.flatMap(({ name, sops }) => pageHrefs(paths.byTool(name), sops.length, browsePageSize)),
		paths.raci(),
		...handbook.raci.sections.flatMap(({ area, rows }) => pageHrefs(paths.areaRaci(area.id), rows.length, browsePageSize)),
		paths.operationsCalendar(),
		...(options.reviews ? [paths.reviews()] : []),
	];
}

/** The sitemap XML for `catalog` on `siteUrl`. */
export function sitemapXml(catalog: Catalog, siteUrl: string, handbook?: HandbookIndex, options: SitemapOptions = {}): string {
	const urls = sitemapPaths(catalog, handbook, options)
		.map((path) => `<url><loc>${escapeXml(absoluteUrl(siteUrl, path))}</loc></url>`)
		.join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}

function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
