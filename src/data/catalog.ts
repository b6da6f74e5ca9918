/**
 * The catalog the site renders: loaded once per build by `src/lib` (and again on each content change
 * under `astro dev`, see `src/integrations/live-catalog.ts`), reduced to what this edition
 * may publish, with lookups the pages share. Pages import from here and stay thin.
 */
import type { AreaEntry, ServiceEntry, SopEntry, PackageEntry } from '../lib/catalog/types.ts';
import loaded from 'virtual:opsbook/catalog';
import { ContentError } from '../lib/core/problems.ts';
import { editionFromEnv, publishedView } from '../lib/catalog/visibility.ts';
import type { Role } from '../schemas/roles.ts';

// The integration serves this module: loaded once per build, reloaded on content changes under `astro dev`.
if (!loaded.catalog) throw new ContentError(loaded.problems);

export const edition = editionFromEnv();
export const catalog = publishedView(loaded.catalog, edition);
export const { site } = catalog;

function indexBy<T extends { id: string }>(entries: readonly T[]): Map<string, T> {
	return new Map(entries.map((entry) => [entry.id, entry]));
}

const areasById = indexBy(catalog.areas);
const servicesById = indexBy(catalog.services);
const sopsById = indexBy(catalog.sops);
const rolesById = indexBy(catalog.roles);
const packagesById = indexBy(catalog.packages);

function lookup<T>(map: Map<string, T>, kind: string, id: string): T {
	const found = map.get(id);
	if (!found) throw new Error(`Opsbook: no published ${kind} "${id}"`);
	return found;
}

export const getArea = (id: string): AreaEntry => lookup(areasById, 'area', id);
export const getService = (id: string): ServiceEntry => lookup(servicesById, 'service', id);
export const getSop = (id: string): SopEntry => lookup(sopsById, 'SOP', id);
export const getRole = (id: string): Role => lookup(rolesById, 'role', id);
export const getPackage = (id: string): PackageEntry => lookup(packagesById, 'package', id);

/** Services of one area, in title order. */
export function servicesInArea(area: string): ServiceEntry[] {
	return catalog.services.filter((s) => s.area === area).sort((a, b) => a.title.localeCompare(b.title));
}

/** SOPs of one area, in title order. */
export function sopsInArea(area: string): SopEntry[] {
	return catalog.sops.filter((s) => s.area === area).sort((a, b) => a.title.localeCompare(b.title));
}

const servicesBySop = new Map<string, ServiceEntry[]>();
for (const service of catalog.services) {
	for (const sop of service.sops) servicesBySop.set(sop, [...(servicesBySop.get(sop) ?? []), service]);
}

/** Services that list `sopId` among the SOPs that deliver them. */
export function servicesUsingSop(sopId: string): ServiceEntry[] {
	return servicesBySop.get(sopId) ?? [];
}
