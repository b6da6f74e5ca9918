/**
 * What the public site leaves out, said out loud. A public entry that points at an internal, draft or retired
 * one loses that reference on the site (see `visibility.ts`); each such reference is a warning (an error
 * under `check --strict`). A link written in a public body to an unpublished page is always an error:
 * it would be a broken link that shows the internal slug.
 */
import type { Problem } from '../core/problems.ts';
import { paths } from '../core/urls.ts';
import type { Catalog, EntryMeta } from './types.ts';

type Entries = Pick<Catalog, 'areas' | 'services' | 'packages' | 'sops'>;

/** Why an entry is not on the public site, or undefined when it is. */
function unpublished(entry: { audience: string; status?: string } | undefined): 'internal' | 'retired' | 'a draft' | undefined {
	if (!entry) return undefined;
	if (entry.audience === 'internal') return 'internal';
	if (entry.status === 'draft') return 'a draft';
	return entry.status === 'retired' ? 'retired' : undefined;
}

/** One warning per reference from a public entry to an internal or retired one, which the public site drops. */
export function unpublishedReferenceWarnings(catalog: Entries): Problem[] {
	const sops = new Map(catalog.sops.map((sop) => [sop.id, sop]));
	const services = new Map(catalog.services.map((service) => [service.id, service]));
	const warnings: Problem[] = [];
	const check = (
		file: string,
		field: string,
		kind: string,
		id: string,
		target: { audience: string; status?: string } | undefined,
		where: string,
	) => {
		const why = unpublished(target);
		if (why) warnings.push({ file, field, message: `${kind} "${id}" is ${why}, so ${where}` });
	};
	for (const sop of catalog.sops.filter((entry) => !unpublished(entry))) {
		sop.related.forEach((id, i) => check(sop.file, `related[${i}]`, 'SOP', id, sops.get(id), 'the public site leaves this link out'));
	}
	for (const service of catalog.services.filter((entry) => !unpublished(entry))) {
		service.sops.forEach((id, i) =>
			check(service.file, `sops[${i}]`, 'SOP', id, sops.get(id), "the public site leaves it out of this service's procedures"),
		);
	}
	for (const pkg of catalog.packages.filter((entry) => !unpublished(entry))) {
		pkg.services.forEach((id, i) =>
			check(pkg.file, `services[${i}]`, 'service', id, services.get(id), 'the site and every proposal leave it out of this package'),
		);
	}
	return warnings;
}

/** Addresses of every unpublished page, each with the entry it would show and why it is not published. */
function unpublishedPages(catalog: Entries): Map<string, { id: string; why: string }> {
	const pages = new Map<string, { id: string; why: string }>();
	for (const sop of catalog.sops) {
		const why = unpublished(sop);
		if (why) pages.set(paths.sop(sop.id), { id: sop.id, why });
	}
	for (const service of catalog.services) {
		const why = unpublished(service);
		if (why) pages.set(paths.service(service.id), { id: service.id, why });
	}
	return pages;
}

// Markdown link and image destinations, and href/src attributes (raw HTML, MDX components).
const linkPattern = /\]\(\s*<?([^\s)>]+)|\b(?:href|src|image)=["']([^"']+)["']/g;

/** The site path a link in a body on page `from` points at, when it points inside the site (relative or on `siteUrl`). */
function sitePath(href: string, from: string, siteUrl: string | undefined): string | undefined {
	let url: URL;
	try {
		url = new URL(href, `relative://site${from}`);
	} catch {
		return undefined;
	}
	const onSite = url.protocol === 'relative:' || (siteUrl !== undefined && url.origin === new URL(siteUrl).origin);
	if (!onSite) return undefined;
	const path = decodeURI(url.pathname);
	return path.endsWith('/') ? path : `${path}/`;
}

/** An error for each link in a published body that points at an internal or retired page. */
export function unpublishedLinkProblems(catalog: Entries, siteUrl?: string): Problem[] {
	const pages = unpublishedPages(catalog);
	if (pages.size === 0) return [];
	// Each body with the page it is shown on, against which its relative links resolve.
	type Body = readonly [EntryMeta & { audience?: string | undefined; status?: string | undefined }, string];
	const bodies: Body[] = [
		...catalog.areas.map((area): Body => [area, paths.area(area.id)]),
		...catalog.services.map((service): Body => [service, paths.service(service.id)]),
		...catalog.packages.map((pkg): Body => [pkg, paths.packages()]),
		...catalog.sops.map((sop): Body => [sop, paths.sop(sop.id)]),
	];
	const problems: Problem[] = [];
	for (const [entry, page] of bodies) {
		if (unpublished(entry as { audience: string; status?: string })) continue; // its body is never published
		for (const match of entry.body.matchAll(linkPattern)) {
			const href = match[1] ?? match[2] ?? '';
			const path = sitePath(href, page, siteUrl);
			const target = path ? pages.get(path) : undefined;
			if (!target) continue;
			problems.push({
				file: entry.file,
				field: '(body)',
				message: `links to "${href}", the ${target.why} entry "${target.id}", which the public site does not publish; remove the link or publish the entry`,
			});
		}
	}
	return problems;
}
