/**
 * What a proposal covers and what it leaves out: the scope grouped by duty area with a badge per
 * service, the procedures behind it, and the catalog services not included.
 */
import type { PackageEntry, ServiceEntry, SopEntry } from '../catalog/types.ts';
import { procedureHoursPerMonth } from './capacity.ts';
import { absoluteUrl, paths } from '../core/urls.ts';
import { joinWords } from './catalog-index.ts';
import type { AreaGroup, CatalogIndex, ExcludedGroup, Performer, Procedure, ResolvedLine, ScopeItem, ServiceRef } from './types.ts';

/** Beyond this many left-out services in one area, a proposal says "and N more" and links the catalog, so documents stay readable however large the catalog grows. */
export const notIncludedPerArea = 12;

/** A service as documents show it; internal services have no catalog link. */
export function serviceRef(service: ServiceEntry, index: CatalogIndex): ServiceRef {
	return {
		id: service.id,
		title: service.title,
		area: service.area,
		areaTitle: index.areas.get(service.area)?.title ?? service.area,
		summary: service.summary,
		deliverables: service.deliverables,
		url: service.audience === 'public' ? absoluteUrl(index.catalog.site.url, paths.service(service.id)) : null,
	};
}

/** Every service any option covers, in catalog order, with how each option includes it. */
export function scopeItems(
	inScope: ReadonlySet<string>,
	packages: readonly PackageEntry[],
	lines: readonly ResolvedLine[],
	index: CatalogIndex,
): ScopeItem[] {
	return sortServices([...inScope], index).map((id): ScopeItem => {
		const service = index.services.get(id) as ServiceEntry;
		const line = lines.find((candidate) => candidate.service.id === id);
		const status = packages.map(
			(pkg) => (pkg.services.includes(id) ? 'package' : line ? (line.optional ? 'addon' : 'extra') : 'none') as ScopeItem['status'][number],
		);
		return {
			service: serviceRef(service, index),
			performer: index.performers.get(id) as Performer,
			status,
			badge: scopeBadge(status, packages, line),
			optional: status.every((s) => s === 'addon' || s === 'none') && status.includes('addon'),
			oneTime: service.pricing.model === 'fixed',
		};
	});
}

/** Id of the stand-in package of an à la carte proposal. */
export const alaCarteId = 'a-la-carte';

/**
 * How a procedure counts in the workload of the compared option: `counted` (recurring work of the
 * option), or why not: it belongs to a one-time project, an optional add-on, another option only, or
 * it runs only as needed.
 */
export function procedureMark(
	sop: Pick<Procedure, 'frequency' | 'services'>,
	counted: ReadonlySet<string>,
	oneTime: ReadonlySet<string>,
	optional: ReadonlySet<string>,
): Procedure['mark'] {
	if (sop.frequency === 'as-needed') return 'as-needed';
	if (sop.services.some((id) => counted.has(id))) return 'counted';
	if (sop.services.some((id) => oneTime.has(id))) return 'one-time';
	if (sop.services.some((id) => optional.has(id))) return 'optional';
	return 'other-option';
}

/** The public procedures behind the services in scope, in title order, each counted once. */
export function scopeProcedures(inScope: ReadonlySet<string>, index: CatalogIndex): (Procedure & { area: string })[] {
	const { site } = index.catalog;
	const procedures = new Map<string, SopEntry>();
	const services = new Map<string, string[]>();
	for (const id of inScope)
		for (const sop of index.procedures.get(id) ?? [])
			if (sop.audience === 'public') {
				procedures.set(sop.id, sop);
				services.set(sop.id, [...(services.get(sop.id) ?? []), id]);
			}
	const list = [...procedures.values()].map((sop): Procedure & { area: string } => ({
		id: sop.id,
		area: sop.area,
		title: sop.title,
		summary: sop.summary,
		frequency: sop.frequency,
		estimatedMinutes: sop.estimatedMinutes,
		hoursPerMonth: procedureHoursPerMonth(sop),
		services: services.get(sop.id) ?? [],
		mark: 'counted',
		responsible: joinWords(sop.raci.responsible.map((role) => index.roles.get(role)?.title ?? role)),
		url: absoluteUrl(site.url, paths.sop(sop.id)),
		draft: sop.status === 'draft',
	}));
	return list.sort((a, b) => a.title.localeCompare(b.title, 'en'));
}

/** Public catalog services the proposal leaves out, by area, each area capped at `notIncludedPerArea`. */
export function notIncluded(inScope: ReadonlySet<string>, index: CatalogIndex): ExcludedGroup[] {
	const services = index.publicServices.filter((service) => !inScope.has(service.id)).map((service) => serviceRef(service, index));
	return groupByArea(services, (service) => service.area, index).map((group) => ({
		...group,
		items: group.items.slice(0, notIncludedPerArea),
		more: Math.max(0, group.items.length - notIncludedPerArea),
		url: absoluteUrl(index.catalog.site.url, paths.area(group.id)),
	}));
}

/** Service ids in catalog order (area order, then title). */
export function sortServices(ids: readonly string[], index: CatalogIndex): string[] {
	return [...ids].sort((a, b) => (index.serviceOrder.get(a) ?? 0) - (index.serviceOrder.get(b) ?? 0));
}

/** Short text for the scope, such as "Included in every option" or "Optional add-on". */
function scopeBadge(status: readonly string[], packages: readonly PackageEntry[], line: ResolvedLine | undefined): string {
	const oneTime = line && !line.recurring ? 'one-time project' : undefined;
	if (packages[0]?.id === alaCarteId && status[0] === 'extra') return oneTime ? 'One-time project' : 'Monthly service';
	if (status.every((s) => s === 'package')) return packages.length > 1 ? 'Included in every option' : 'Included in your retainer';
	if (status.every((s) => s === 'addon' || s === 'package') && status.includes('addon'))
		return oneTime ? 'Optional add-on, one-time project' : 'Optional add-on';
	if (status.every((s) => s === 'extra' || s === 'package') && status.includes('extra')) {
		if (packages.length > 1 && status.includes('package')) {
			const titles = packages.filter((_, i) => status[i] === 'package').map((pkg) => pkg.title);
			return `Included in ${joinWords(titles)}; added to the other options`;
		}
		return oneTime ? 'Additional one-time project' : 'Additional service';
	}
	const titles = packages.filter((_, i) => status[i] === 'package').map((pkg) => pkg.title);
	return `Included in ${joinWords(titles)}`;
}

/** Items grouped by duty area, in area order. */
export function groupByArea<T>(items: readonly T[], areaOf: (item: T) => string, index: CatalogIndex): AreaGroup<T>[] {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		const area = areaOf(item);
		const group = groups.get(area);
		if (group) group.push(item);
		else groups.set(area, [item]);
	}
	const rank = (id: string) => index.catalog.areas.findIndex((area) => area.id === id);
	return [...groups.entries()]
		.sort(([a], [b]) => rank(a) - rank(b))
		.map(([id, list]) => ({ id, title: index.areas.get(id)?.title ?? id, items: list }));
}
