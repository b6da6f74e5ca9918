/**
 * How many entries each kind of handbook page holds before it continues on a next page. The browse
 * pages (by role, frequency and tool), an area's handbook page and its RACI matrix list procedures;
 * an area's print view holds whole procedures, each its own printed page, so it is split in parts.
 * (The catalog's pages of services: catalog/service-pages.ts.) At 3,000 procedures the largest browse page was
 * 1.2 MB and each area's print view 1.7 MB; now no page holds more than these.
 */

/** Procedures on one page of a browse list. */
export const browsePageSize = 100;

/** Procedures in one part of an area's print view. */
export const printPartSize = 50;
