/**
 * A client's view of the catalog: the procedures of the services they bought (minus exclusions, plus
 * their own, replacements by id), with their people's names in place of role titles, their tool
 * names and their time zone. The handbook pages render this view exactly as they render the library.
 */
import type { Role } from '../../schemas/roles.ts';
import type { Catalog, SopEntry } from '../catalog/types.ts';
import type { Problem } from '../core/problems.ts';
import { mentionsTool, substituteTools, type ToolMap } from './tools.ts';
import type { ClientWorkspace, LoadedClient, RoleHolder } from './types.ts';

/** The SOPs a client's handbook holds, before names and tools are applied. */
export function clientSops(catalog: Catalog, client: LoadedClient): SopEntry[] {
	const own = new Map(client.sops.map((sop) => [sop.id, sop]));
	const excluded = new Set(client.data.exclude);
	const library = new Map(catalog.sops.map((sop) => [sop.id, sop]));
	const fromServices = client.engagement.serviceIds.flatMap((id) => catalog.services.find((service) => service.id === id)?.sops ?? []);
	const chosen = new Map<string, SopEntry>();
	for (const id of fromServices) {
		const sop = library.get(id);
		// Internal practice procedures stay with the practice; a client sees only their own internal ones.
		if (!sop || excluded.has(id) || own.has(id) || sop.audience !== 'public') continue;
		chosen.set(id, sop);
	}
	for (const sop of own.values()) chosen.set(sop.id, sop);
	return [...chosen.values()].filter((sop) => sop.status !== 'retired').sort((a, b) => a.id.localeCompare(b.id));
}

/** Who fills each role for the client: named people, the owner for the client's role, else nobody. */
export function roleHolders(roles: readonly Role[], client: LoadedClient, practice?: { owner: string; email: string }): RoleHolder[] {
	return roles.map((role) => {
		const named = client.data.people.filter((person) => person.role === role.id);
		// Nobody named: the client fills its own roles, the practice's owner the practice's.
		const fallback =
			role.kind === 'client'
				? { role: role.id, name: client.data.owner, email: client.data.email }
				: role.kind === 'practice' && practice
					? { role: role.id, name: practice.owner, email: practice.email }
					: undefined;
		const people = named.length === 0 && fallback ? [fallback] : named;
		return { role: role.id, roleTitle: role.title, people, kind: role.kind };
	});
}

/** A role as the client's pages show it: the people's names as its title, the library title in its summary. */
function namedRole(role: Role, holder: RoleHolder | undefined, locale: string): Role {
	if (!holder || holder.people.length === 0) return role;
	const names = new Intl.ListFormat(locale, { type: 'conjunction' }).format(holder.people.map((person) => person.name));
	return { ...role, title: names, summary: `${role.title}. ${role.summary}` };
}

/** An SOP with the client's tool names in its metadata, checklist and body. */
export function withClientTools(sop: SopEntry, tools: ToolMap): SopEntry {
	const swap = (text: string) => substituteTools(text, tools);
	return {
		...sop,
		title: swap(sop.title),
		summary: swap(sop.summary),
		purpose: swap(sop.purpose),
		trigger: swap(sop.trigger),
		doneWhen: swap(sop.doneWhen),
		checklist: sop.checklist.map(swap),
		tools: [...new Set(sop.tools.map(swap))],
		body: swap(sop.body),
	};
}

/** Substitutions that change nothing in the client's procedures: probably a tool they no longer use. */
export function unusedToolWarnings(file: string, tools: ToolMap, sops: readonly SopEntry[]): Problem[] {
	const texts = sops.map((sop) =>
		[sop.title, sop.summary, sop.purpose, sop.trigger, sop.doneWhen, ...sop.checklist, ...sop.tools, sop.body].join('\n'),
	);
	return Object.keys(tools)
		.filter((tool) => !texts.some((text) => mentionsTool(text, tool)))
		.map((tool) => ({
			file,
			field: `tools.${tool}`,
			message: `none of this client's procedures mentions "${tool}"; the substitution changes nothing`,
		}));
}

/** The client's workspace: their view of `catalog` (the full catalog) and everything their pages need. */
export function clientWorkspace(catalog: Catalog, client: LoadedClient): { workspace: ClientWorkspace; warnings: Problem[] } {
	const { data } = client;
	const locale = data.locale ?? catalog.site.locale;
	const chosen = clientSops(catalog, client);
	const warnings = unusedToolWarnings(client.file, data.tools, chosen);
	const sops = chosen.map((sop) =>
		withClientTools({ ...sop, related: sop.related.filter((id) => chosen.some((other) => other.id === id)) }, data.tools),
	);
	const sopIds = new Set(sops.map((sop) => sop.id));
	const holders = roleHolders(catalog.roles, client, catalog.site);
	const services = catalog.services
		.filter((service) => client.engagement.serviceIds.includes(service.id))
		.map((service) => ({ ...service, sops: service.sops.filter((id) => sopIds.has(id)) }));
	const serviceIds = new Set(services.map((service) => service.id));
	const usedAreas = new Set(sops.map((sop) => sop.area));
	const url = data.url ?? new URL(`clients/${client.id}/`, catalog.site.url.endsWith('/') ? catalog.site.url : `${catalog.site.url}/`).href;
	const view: Catalog = {
		site: { ...catalog.site, timezone: data.timezone, locale, url },
		// Call-to-action labels; no catalog page (where the rest of home.yaml is shown) is in a client's site.
		home: catalog.home,
		roles: catalog.roles.map((role) =>
			namedRole(
				role,
				holders.find((holder) => holder.role === role.id),
				locale,
			),
		),
		areas: catalog.areas.filter((area) => usedAreas.has(area.id)),
		services,
		packages: catalog.packages
			.filter((pkg) => pkg.id === client.engagement.packageId)
			.map((pkg) => ({ ...pkg, services: pkg.services.filter((id) => serviceIds.has(id)) })),
		sops,
	};
	const people = holders.filter(
		(holder) =>
			sops.some((sop) =>
				[sop.owner, ...sop.raci.responsible, sop.raci.accountable, ...sop.raci.consulted, ...sop.raci.informed].includes(holder.role),
			) || holder.people.length > 0,
	);
	return {
		workspace: {
			client: {
				id: client.id,
				business: data.business,
				owner: data.owner,
				email: data.email,
				timezone: data.timezone,
				locale,
				url,
				welcome: client.welcome,
			},
			engagement: client.engagement,
			catalog: view,
			people,
			tools: data.tools,
			ownSops: client.sops.filter((sop) => sopIds.has(sop.id)).map((sop) => sop.id),
		},
		warnings,
	};
}
