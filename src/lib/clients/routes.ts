/**
 * The pages of a client's handbook: where each renders in the one client build (under
 * `/clients/<client-id>/`) and which page file renders it. Most are the public handbook's own pages;
 * the welcome page and the first-month plan exist only for clients. Catalog pages (services,
 * packages, prices) are never part of a client's site.
 */

/** Folder of the client build holding each client's pages; each client's site is split out of it. */
export const clientsFolder = 'clients';

/** Route pattern → page file (relative to the project root). */
export const clientRoutes: Readonly<Record<string, string>> = {
	'': 'src/client-pages/welcome.astro',
	'/first-month': 'src/client-pages/first-month.astro',
	'/search': 'src/pages/search.astro',
	'/handbook': 'src/pages/handbook/index.astro',
	'/handbook/raci': 'src/pages/handbook/raci.astro',
	'/handbook/calendar': 'src/pages/handbook/calendar.astro',
	'/handbook/print': 'src/pages/handbook/print.astro',
	'/handbook/calendar.ics': 'src/pages/handbook/calendar.ics.ts',
	'/handbook/calendar/[role].ics': 'src/pages/handbook/calendar/[role].ics.ts',
	'/handbook/[area]': 'src/pages/handbook/[area]/index.astro',
	'/handbook/[area]/print': 'src/pages/handbook/[area]/print.astro',
	'/handbook/[area]/raci': 'src/pages/handbook/[area]/raci.astro',
	'/handbook/[area]/[...slug]': 'src/pages/handbook/[area]/[...slug].astro',
	'/handbook/by-role/[role]': 'src/pages/handbook/by-role/[role].astro',
	'/handbook/by-frequency/[frequency]': 'src/pages/handbook/by-frequency/[frequency].astro',
	'/handbook/by-tool/[tool]': 'src/pages/handbook/by-tool/[tool].astro',
};

/** The route pattern of a client page: `/clients/[client]<path>`. */
export function clientRoutePattern(path: string): string {
	return `/${clientsFolder}/[client]${path}`;
}
