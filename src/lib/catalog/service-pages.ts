/**
 * How the catalog lists services in a large practice: a duty area's page (`/areas/<area>/`) holds
 * `servicesPageSize` services before it continues on a next page, and `/services/` shows the first
 * `servicesPerAreaOnIndex` of each area, linking the rest on the area's page.
 */

/** Services on one page of a duty area's catalog page. */
export const servicesPageSize = 100;

/** Services each duty area shows on `/services/` before linking the rest on the area's own page. */
export const servicesPerAreaOnIndex = 12;
