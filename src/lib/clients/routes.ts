/**
 * The pages of a client's handbook: where each renders in the one client build (under
 * `/clients/<client-id>/`) and which page file renders it. Most are the public handbook's own pages;
 * the welcome page and the first-month plan exist only for clients. Catalog pages (services,
 * packages, prices) are never part of a client's site.
 */

/** Folder of the client build holding each client's pages; each client's site is split out of it. */
export const clientsFolder = 'clients';

/** Route pattern → page file (relative to the source folder, `src/`). */
export const clientRoutes: Readonly<Record<string, string>> = {
	'': 'client-pages/welcome.astro',
	'/first-month': 'client-pages/first-month.astro',
	'/search': 'pages/search.astro',
	'/handbook': 'pages/handbook/index.astro',
	'/handbook/raci': 'pages/handbook/raci.astro',
	'/handbook/calendar': 'pages/handbook/calendar.astro',
	'/handbook/print': 'pages/handbook/print.astro',
	'/handbook/calendar.ics': 'pages/handbook/calendar.ics.ts',
	'/handbook/calendar/[role].ics': 'pages/handbook/calendar/[role].ics.ts',
	'/handbook/[area]': 'pages/handbook/[area]/index.astro',
	'/handbook/[area]/print/[...page]': 'pages/handbook/[area]/print/[...page].astro',
	'/handbook/[area]/raci/[...page]': 'pages/handbook/[area]/raci/[...page].astro',
	'/handbook/[area]/page/[page]': 'pages/handbook/[area]/page/[page].astro',
	'/handbook/[area]/[...slug]': 'pages/handbook/[area]/[...slug].astro',
	'/handbook/by-role/[role]/[...page]': 'pages/handbook/by-role/[role]/[...page].astro',
	'/handbook/by-frequency/[frequency]/[...page]': 'pages/handbook/by-frequency/[frequency]/[...page].astro',
	'/handbook/by-tool/[tool]/[...page]': 'pages/handbook/by-tool/[tool]/[...page].astro',
};

/** The route pattern of a client page: `/clients/[client]<path>`. */
export function clientRoutePattern(path: string): string {
	return `/${clientsFolder}/[client]${path}`;
}
