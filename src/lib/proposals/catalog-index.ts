/** The catalog indexed once per run, so resolving each proposal does no catalog-wide work; and who performs each service. */
import type { Role } from '../../schemas/roles.ts';
import type { DeliveryMode } from '../../schemas/services.ts';
import type { Catalog, PackageEntry, ServiceEntry, SopEntry } from '../catalog/types.ts';
import type { CatalogIndex, Performer } from './types.ts';

/** Indexes `catalog` once so that resolving each proposal does no catalog-wide work. */
export function indexCatalog(catalog: Catalog): CatalogIndex {
	const areas = new Map(catalog.areas.map((area) => [area.id, area]));
	const sops = new Map(catalog.sops.map((sop) => [sop.id, sop]));
	const roles = new Map(catalog.roles.map((role) => [role.id, role]));
	const areaRank = new Map(catalog.areas.map((area, index) => [area.id, index]));
	const ordered = [...catalog.services].sort(
		(a, b) => (areaRank.get(a.area) ?? 999) - (areaRank.get(b.area) ?? 999) || a.title.localeCompare(b.title, 'en'),
	);
	const procedures = new Map<string, SopEntry[]>();
	const performers = new Map<string, Performer>();
	for (const service of catalog.services) {
		const list = service.sops.map((id) => sops.get(id)).filter((sop): sop is SopEntry => sop !== undefined && sop.status !== 'retired');
		procedures.set(service.id, list);
		performers.set(service.id, performerOf(service.delivery, list, roles, catalog.site.owner));
	}
	return {
		catalog,
		services: new Map(catalog.services.map((service) => [service.id, service])),
		packages: new Map(catalog.packages.map((pkg) => [pkg.id, withPublishedServices(pkg, catalog.services)])),
		areas,
		roles,
		procedures,
		performers,
		serviceOrder: new Map(ordered.map((service, index) => [service.id, index])),
		publicServices: ordered.filter((service) => service.audience === 'public'),
	};
}

/**
 * A public package as the site shows it: without internal services, so a proposal never prints what
 * the package's public page hides (`check` warns about each one). Internal packages keep every service.
 */
function withPublishedServices(pkg: PackageEntry, services: readonly ServiceEntry[]): PackageEntry {
	if (pkg.audience !== 'public') return pkg;
	const internal = new Set(services.filter((service) => service.audience !== 'public').map((service) => service.id));
	return pkg.services.some((id) => internal.has(id)) ? { ...pkg, services: pkg.services.filter((id) => !internal.has(id)) } : pkg;
}

/**
 * Who performs a service. `perform`: the OBM does it. `manage`: the owner's team does it, coordinated
 * by the OBM. `subcontract`: a specialist hired and managed by the OBM, named by the subcontractor
 * roles responsible in the service's procedures when there are any.
 */
export function performerOf(mode: DeliveryMode, procedures: readonly SopEntry[], roles: ReadonlyMap<string, Role>, obm: string): Performer {
	switch (mode) {
		case 'perform':
			return { mode, short: 'Your OBM', label: `${obm}, your online business manager` };
		case 'manage':
			return { mode, short: 'Your team', label: `Your team, coordinated by ${obm}` };
		case 'subcontract': {
			const titles = [
				...new Set(
					procedures
						.flatMap((sop) => sop.raci.responsible)
						.flatMap((id) => {
							const role = roles.get(id);
							return role?.kind === 'subcontractor' ? [role.title] : [];
						}),
				),
			];
			const who = titles.length ? joinWords(titles) : 'A specialist';
			return { mode, short: titles.length === 1 ? who : 'Subcontractor', label: `${who} (subcontractor), managed by ${obm}` };
		}
	}
}

/** "a, b and c": the list style every proposal document uses. */
export function joinWords(words: readonly string[]): string {
	if (words.length <= 1) return words.join('');
	return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
