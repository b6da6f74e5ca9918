/** The rows of the packages comparison: every service some package includes, grouped by duty area. */
import type { AreaEntry, PackageEntry, ServiceEntry } from './types.ts';

/** One duty area's block of the comparison. */
export interface PackageRowGroup {
	area: AreaEntry;
	services: ServiceEntry[];
}

/** Services any of `packages` includes, grouped by area in catalog order and by title within an area; empty areas are left out. */
export function packageRowGroups(
	areas: readonly AreaEntry[],
	services: readonly ServiceEntry[],
	packages: readonly PackageEntry[],
): PackageRowGroup[] {
	const included = new Set(packages.flatMap((pkg) => pkg.services));
	return areas
		.map((area) => ({
			area,
			services: services.filter((s) => s.area === area.id && included.has(s.id)).sort((a, b) => a.title.localeCompare(b.title)),
		}))
		.filter((group) => group.services.length > 0);
}
