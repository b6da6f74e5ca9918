/**
 * Reading client folders (`<content>/clients/<id>/`): `client.yaml` validated, the client's own SOPs
 * validated with the library's schema, every reference checked against the catalog, and the
 * engagement resolved. Every problem of every client is reported together.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clientSchema, type Client } from '../../schemas/clients.ts';
import { slugPattern } from '../../schemas/common.ts';
import { sopSchema } from '../../schemas/sops.ts';
import type { Catalog, SopEntry } from '../catalog/types.ts';
import { checkReferences } from '../catalog/references.ts';
import { handbookPathProblems } from '../catalog/reserved-paths.ts';
import { danglingReference, problemsFromZod, type Problem } from '../core/problems.ts';
import { displayPath, readCollection, readYamlFile } from '../io/files.ts';
import { indexCatalog } from '../proposals/catalog-index.ts';
import { loadProposals } from '../proposals/load.ts';
import { resolveProposal } from '../proposals/resolve.ts';
import type { CatalogIndex } from '../proposals/types.ts';
import { readAcceptedFacts } from './accepted.ts';
import { engagementFromAccepted, engagementFromDirect, engagementFromProposal, withStartDate, type Engagement } from './engagement.ts';
import type { LoadedClient } from './types.ts';

export interface LoadClientsOptions {
	/** Where proposal files live (for `proposal:` engagements). */
	proposalsDir: string;
	/** The day proposal warnings are judged against. */
	today: string;
	/** Load only this client. */
	only?: string | undefined;
}

export interface LoadClientsResult {
	clients: LoadedClient[];
	problems: Problem[];
	warnings: Problem[];
}

/** Client ids in `<content>/clients/`, sorted. */
export function clientIds(contentDir: string): string[] {
	const dir = join(contentDir, 'clients');
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && !entry.name.startsWith('_'))
		.map((entry) => entry.name)
		.sort();
}

/** Loads every client folder of `contentDir` against `catalog` (the full catalog, internal entries included). */
export function loadClients(contentDir: string, catalog: Catalog, options: LoadClientsOptions): LoadClientsResult {
	const result: LoadClientsResult = { clients: [], problems: [], warnings: [] };
	const ids = clientIds(contentDir);
	const wanted = options.only === undefined ? ids : ids.filter((id) => id === options.only);
	if (options.only !== undefined && wanted.length === 0) {
		result.problems.push(danglingReference(displayPath(join(contentDir, 'clients')), '--only', 'client', options.only, ids));
		return result;
	}
	let index: CatalogIndex | undefined;
	const context = { catalog, options, index: () => (index ??= indexCatalog(catalog)) };
	for (const id of wanted) {
		const loaded = loadClient(join(contentDir, 'clients', id), id, context, result);
		if (loaded) result.clients.push(loaded);
	}
	return result;
}

interface LoadContext {
	catalog: Catalog;
	options: LoadClientsOptions;
	index: () => CatalogIndex;
}

/** One client folder; problems and warnings go to `result`, and nothing is returned when there are problems. */
function loadClient(dir: string, id: string, context: LoadContext, result: LoadClientsResult): LoadedClient | undefined {
	const problems: Problem[] = [];
	const yaml = readYamlFile(join(dir, 'client.yaml'));
	problems.push(...yaml.problems);
	if (!slugPattern.test(id))
		problems.push({
			file: displayPath(dir),
			field: '(folder)',
			message: `client id "${id}" must be a lowercase slug such as "fernhill-ceramics"`,
		});
	let data: Client | undefined;
	if (yaml.data !== undefined) {
		const parsed = clientSchema.safeParse(yaml.data);
		if (parsed.success) data = parsed.data;
		else problems.push(...problemsFromZod(yaml.file, parsed.error, yaml.data));
	}
	const sops = readClientSops(join(dir, 'sops'), problems);
	problems.push(...clientSopReferences(sops, context.catalog));
	if (data) problems.push(...clientReferences(yaml.file, data, sops, context.catalog));
	const engagement = data && problems.length === 0 ? engagementOf(yaml.file, data, context, problems, result.warnings) : undefined;
	result.problems.push(...problems);
	if (!data || !engagement || problems.length) return undefined;
	const welcomePath = join(dir, 'welcome.md');
	const welcome = existsSync(welcomePath) ? readFileSync(welcomePath, 'utf8') : '';
	return { id, file: yaml.file, data, sops, welcome, engagement };
}

/** The client's own SOPs, validated like library SOPs. */
function readClientSops(dir: string, problems: Problem[]): SopEntry[] {
	const read = readCollection(dir, ['.md', '.mdx']);
	problems.push(...read.problems);
	const sops: SopEntry[] = [];
	for (const source of read.files) {
		if (source.data === undefined) continue;
		const parsed = sopSchema.safeParse(source.data);
		if (parsed.success) sops.push({ ...parsed.data, id: source.id, file: source.file, body: source.body });
		else problems.push(...problemsFromZod(source.file, parsed.error, source.data));
	}
	return sops;
}

/** Every name in a client file that must exist: roles, package, services, excluded SOPs and tools. */
export function clientReferences(file: string, client: Client, sops: readonly SopEntry[], catalog: Catalog): Problem[] {
	const problems: Problem[] = [];
	const roleIds = catalog.roles.map((role) => role.id);
	const libraryIds = catalog.sops.map((sop) => sop.id);
	const expect = (field: string, kind: string, wanted: string, known: readonly string[]) => {
		if (!known.includes(wanted)) problems.push(danglingReference(file, field, kind, wanted, known));
	};
	client.people.forEach((person, i) => expect(`people[${i}].role`, 'role', person.role, roleIds));
	if (client.package !== undefined)
		expect(
			'package',
			'package',
			client.package,
			catalog.packages.map((pkg) => pkg.id),
		);
	client.services.forEach((service, i) =>
		expect(
			`services[${i}]`,
			'service',
			service,
			catalog.services.map((entry) => entry.id),
		),
	);
	client.exclude.forEach((sop, i) => expect(`exclude[${i}]`, 'SOP', sop, libraryIds));
	const toolNames = [...new Set([...catalog.sops, ...sops].flatMap((sop) => sop.tools))].sort();
	for (const tool of Object.keys(client.tools)) expect(`tools.${tool}`, 'tool', tool, toolNames);
	return problems;
}

/** The client's own SOPs follow the library's rules: roles, areas and related SOPs exist, no reserved page names. */
export function clientSopReferences(sops: readonly SopEntry[], catalog: Catalog): Problem[] {
	const sopIds = [...new Set([...catalog.sops.map((sop) => sop.id), ...sops.map((sop) => sop.id)])];
	return [
		...checkReferences({ roles: catalog.roles, areas: catalog.areas, services: [], packages: [], sops: [...sops] }, { SOP: sopIds }),
		...handbookPathProblems({ areas: [], sops: [...sops] }),
	];
}

/** The engagement: the accepted record, else the proposal resolved live (with a warning), else the client file's own. */
function engagementOf(
	file: string,
	client: Client,
	context: LoadContext,
	problems: Problem[],
	warnings: Problem[],
): Engagement | undefined {
	if (client.proposal === undefined) return engagementFromDirect(client, context.catalog);
	const { proposalsDir, today } = context.options;
	const accepted = readAcceptedFacts(proposalsDir, client.proposal);
	if (accepted.problems.length) {
		problems.push(...accepted.problems);
		return undefined;
	}
	if (accepted.facts) return withStartDate(engagementFromAccepted(accepted.facts), client.startDate);
	const known = existsSync(proposalsDir) ? readCollection(proposalsDir, ['.yaml', '.yml']).files.map((source) => source.id) : [];
	if (!known.includes(client.proposal)) {
		problems.push(danglingReference(file, 'proposal', 'proposal', client.proposal, known));
		return undefined;
	}
	const loaded = loadProposals(proposalsDir, context.index(), { only: client.proposal });
	const source = loaded.proposals[0];
	const resolved = source ? resolveProposal(source, context.index(), { today }) : undefined;
	if (!resolved?.proposal) {
		problems.push({
			file,
			field: 'proposal',
			message: `proposal "${client.proposal}" has problems of its own; run npm run proposals to see them`,
		});
		return undefined;
	}
	warnings.push({
		file,
		field: 'proposal',
		message: `proposal "${client.proposal}" is not accepted yet; the handbook uses its recommended option without add-ons until it is`,
	});
	return withStartDate(engagementFromProposal(resolved.proposal), client.startDate);
}
