/**
 * The catalog the site renders: loaded once per build by `src/lib` (and again on each content change
 * under `astro dev`, see `src/integrations/live-catalog.ts`), reduced to what this edition
 * may publish, with lookups the pages share. Pages import from here and stay thin.
 *
 * The client edition (`OPSBOOK_EDITION=clients`) renders every client's handbook in one build: the
 * same pages run once per client, and `selectWorkspace` (called by the workspace middleware and by
 * `workspacePaths` before each client's routes) points these live bindings at that client's view.
 * This edition renders one page at a time (the integration sets `build.concurrency` to 1 and checks it;
 * the site itself renders four at once), so a page only ever sees its own client.
 */
import type { AreaEntry, Catalog, ServiceEntry, SopEntry, PackageEntry } from '../lib/catalog/types.ts';
import loaded, { generation } from 'virtual:opsbook/catalog';
import { ContentError } from '../lib/core/problems.ts';
import { editionFromEnv, publishedView } from '../lib/catalog/visibility.ts';
import { isClientsEdition } from '../lib/clients/edition.ts';
import { loadBuildWorkspaces } from '../lib/clients/workspaces.ts';
import type { ClientWorkspace } from '../lib/clients/types.ts';
import type { Role } from '../schemas/roles.ts';

// The integration serves this module: loaded once per build, reloaded on content changes under `astro dev`.
if (!loaded.catalog) throw new ContentError(loaded.problems);
/** The reload this module was evaluated with; the dev server drops a copy older than the last one. */
export const catalogGeneration = generation;

/** True when this build renders client handbooks rather than the practice's site. */
export const clientsEdition = isClientsEdition();
export const edition = editionFromEnv();

const workspaces: ClientWorkspace[] = clientsEdition ? loadBuildWorkspaces() : [];
const practiceView = clientsEdition ? undefined : practiceCatalog();

/** Ids of the clients this build renders (client edition only). */
export const workspaceIds = workspaces.map((workspace) => workspace.client.id);

function practiceCatalog(): Catalog {
	return publishedView(loaded.catalog as Catalog, edition);
}

interface Lookups {
	areas: Map<string, AreaEntry>;
	services: Map<string, ServiceEntry>;
	sops: Map<string, SopEntry>;
	roles: Map<string, Role>;
	packages: Map<string, PackageEntry>;
	servicesBySop: Map<string, ServiceEntry[]>;
}

function indexBy<T extends { id: string }>(entries: readonly T[]): Map<string, T> {
	return new Map(entries.map((entry) => [entry.id, entry]));
}

const lookupsByCatalog = new WeakMap<Catalog, Lookups>();

function lookupsOf(view: Catalog): Lookups {
	let found = lookupsByCatalog.get(view);
	if (!found) {
		const servicesBySop = new Map<string, ServiceEntry[]>();
		for (const service of view.services) {
			for (const sop of service.sops) servicesBySop.set(sop, [...(servicesBySop.get(sop) ?? []), service]);
		}
		found = {
			areas: indexBy(view.areas),
			services: indexBy(view.services),
			sops: indexBy(view.sops),
			roles: indexBy(view.roles),
			packages: indexBy(view.packages),
			servicesBySop,
		};
		lookupsByCatalog.set(view, found);
	}
	return found;
}

/** The catalog this page publishes: the practice's, or the selected client's view. */
export let catalog: Catalog = practiceView ?? (workspaces[0] as ClientWorkspace).catalog;
export let site = catalog.site;
/** The client whose handbook is being rendered; `undefined` on the practice's site. */
export let workspace: ClientWorkspace | undefined = workspaces[0];
let lookups = lookupsOf(catalog);
const listeners: (() => void)[] = [];

/** Points every page at client `id`'s workspace (client edition). */
export function selectWorkspace(id: string): void {
	const found = workspaces.find((candidate) => candidate.client.id === id);
	if (!found) throw new Error(`Opsbook: no client workspace "${id}"`);
	if (found === workspace) return;
	workspace = found;
	catalog = found.catalog;
	site = catalog.site;
	lookups = lookupsOf(catalog);
	for (const listener of listeners) listener();
}

/** Runs `listener` whenever another client is selected, so data derived from the catalog follows it. */
export function onSelect(listener: () => void): void {
	listeners.push(listener);
}

function lookup<T>(map: Map<string, T>, kind: string, id: string): T {
	const found = map.get(id);
	if (!found) throw new Error(`Opsbook: no published ${kind} "${id}"`);
	return found;
}

export const getArea = (id: string): AreaEntry => lookup(lookups.areas, 'area', id);
export const getService = (id: string): ServiceEntry => lookup(lookups.services, 'service', id);
export const getSop = (id: string): SopEntry => lookup(lookups.sops, 'SOP', id);
export const getRole = (id: string): Role => lookup(lookups.roles, 'role', id);
export const getPackage = (id: string): PackageEntry => lookup(lookups.packages, 'package', id);

/** Services of one area, in title order. */
export function servicesInArea(area: string): ServiceEntry[] {
	return catalog.services.filter((s) => s.area === area).sort((a, b) => a.title.localeCompare(b.title));
}

/** SOPs of one area, in title order. */
export function sopsInArea(area: string): SopEntry[] {
	return catalog.sops.filter((s) => s.area === area).sort((a, b) => a.title.localeCompare(b.title));
}

/** Services that list `sopId` among the SOPs that deliver them. */
export function servicesUsingSop(sopId: string): ServiceEntry[] {
	return lookups.servicesBySop.get(sopId) ?? [];
}

/** Where an SOP's body is rendered from: the library, or the selected client's own folder. */
export function sopBodyEntry(id: string): { collection: 'sops' | 'clientSops'; id: string } {
	return workspace?.ownSops.includes(id) ? { collection: 'clientSops', id: `${workspace.client.id}/${id}` } : { collection: 'sops', id };
}
