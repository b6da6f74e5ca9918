/**
 * What a build may publish. The public site never sees internal entries, draft SOPs or retired SOPs,
 * and every reference to them is dropped, so no page can even link to one. The internal handbook keeps
 * internal entries and drafts (still not retired SOPs).
 */
import type { Catalog } from './types.ts';

export type Edition = 'public' | 'internal';

/** The catalog as `edition` may publish it, with references to unpublished entries removed. */
export function publishedView(catalog: Catalog, edition: Edition): Catalog {
	const visible = (entry: { audience: string }) => edition === 'internal' || entry.audience === 'public';
	// A draft is unfinished work: visitors see it only once it is made active.
	const published = (sop: { status: string }) => sop.status === 'active' || (edition === 'internal' && sop.status === 'draft');
	const sops = catalog.sops.filter((sop) => visible(sop) && published(sop));
	const sopIds = new Set(sops.map((sop) => sop.id));
	const services = catalog.services.filter(visible).map((service) => ({ ...service, sops: service.sops.filter((id) => sopIds.has(id)) }));
	const serviceIds = new Set(services.map((service) => service.id));
	return {
		...catalog,
		services,
		packages: catalog.packages.filter(visible).map((pkg) => ({ ...pkg, services: pkg.services.filter((id) => serviceIds.has(id)) })),
		sops: sops.map((sop) => ({ ...sop, related: sop.related.filter((id) => sopIds.has(id)) })),
	};
}

/** Review due dates, overdue flags and the review schedule are the practice's business: only the internal edition shows them. */
export function showsReviewState(edition: Edition): boolean {
	return edition === 'internal';
}

/** The edition this build produces: `OPSBOOK_EDITION=internal` for the full handbook. */
export function editionFromEnv(env: NodeJS.ProcessEnv = process.env): Edition {
	return env.OPSBOOK_EDITION === 'internal' ? 'internal' : 'public';
}
