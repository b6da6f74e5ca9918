/**
 * The catalog: every content entry validated, cross-checked and typed. Built by `loadCatalog` for the
 * scripts and the site alike, so both see the same data and the same problems.
 */
import { join } from 'node:path';
import type { z } from 'zod';
import { areaSchema, type Area } from '../schemas/areas.ts';
import { packageSchema, type Package } from '../schemas/packages.ts';
import { rolesSchema, type Role } from '../schemas/roles.ts';
import { serviceSchema, type Service } from '../schemas/services.ts';
import { siteSchema, type Site } from '../schemas/site.ts';
import { sopSchema, type Sop } from '../schemas/sops.ts';
import { readCollection, readYamlFile, type SourceFile } from './files.ts';
import { danglingReference, problemsFromZod, type Problem } from './problems.ts';
import { handbookPathProblems } from './handbook.ts';

/** Fields every entry read from a file carries. */
export interface EntryMeta {
	id: string;
	/** File path shown in messages. */
	file: string;
	/** Markdown body. */
	body: string;
}
export type AreaEntry = Area & EntryMeta;
export type ServiceEntry = Service & EntryMeta;
export type PackageEntry = Package & EntryMeta;
export type SopEntry = Sop & EntryMeta;

export interface Catalog {
	site: Site;
	roles: Role[];
	areas: AreaEntry[];
	services: ServiceEntry[];
	packages: PackageEntry[];
	sops: SopEntry[];
}

export interface LoadResult {
	catalog: Catalog | undefined;
	problems: Problem[];
}

const markdown = ['.md', '.mdx'];

/** Validates each file against `schema`; invalid files add problems and are left out. */
function validateAll<S extends z.ZodType>(files: SourceFile[], schema: S, problems: Problem[]): (z.output<S> & EntryMeta)[] {
	const entries: (z.output<S> & EntryMeta)[] = [];
	const seen = new Map<string, string>();
	for (const source of files) {
		const earlier = seen.get(source.id);
		if (earlier) {
			problems.push({ file: source.file, field: 'id', message: `duplicate id "${source.id}", also used by ${earlier}` });
			continue;
		}
		seen.set(source.id, source.file);
		if (source.data === undefined) continue; // a syntax problem was already reported
		const result = schema.safeParse(source.data);
		if (!result.success) {
			problems.push(...problemsFromZod(source.file, result.error, source.data));
			continue;
		}
		entries.push({ ...(result.data as object), id: source.id, file: source.file, body: source.body } as z.output<S> & EntryMeta);
	}
	return entries;
}

/** Reads and validates `site.yaml`; the currency it names is needed to parse every price. */
export function loadSite(dir: string): { site: Site | undefined; problems: Problem[] } {
	const { file, data, problems } = readYamlFile(join(dir, 'site.yaml'));
	if (data === undefined) return { site: undefined, problems };
	const result = siteSchema.safeParse(data);
	if (!result.success) return { site: undefined, problems: [...problems, ...problemsFromZod(file, result.error, data)] };
	return { site: result.data, problems };
}

/** Loads every collection of `dir`, validates it and resolves references; reports all problems at once. */
export function loadCatalog(dir: string): LoadResult {
	const problems: Problem[] = [];
	const { site, problems: siteProblems } = loadSite(dir);
	problems.push(...siteProblems);
	// Prices still get checked for shape when the site's currency is unusable.
	const context = { currency: site?.currency ?? 'USD' };

	const rolesFile = readYamlFile(join(dir, 'roles.yaml'));
	problems.push(...rolesFile.problems);
	let roles: Role[] = [];
	if (rolesFile.data !== undefined) {
		const parsed = rolesSchema.safeParse(rolesFile.data);
		if (parsed.success) roles = parsed.data;
		else problems.push(...problemsFromZod(rolesFile.file, parsed.error, rolesFile.data));
	}
	const seenRoles = new Set<string>();
	roles.forEach((role, index) => {
		if (seenRoles.has(role.id)) problems.push({ file: rolesFile.file, field: `[${index}].id`, message: `duplicate role id "${role.id}"` });
		seenRoles.add(role.id);
	});

	// Ids of every file, valid or not, so one broken file does not make each reference to it dangle too.
	const fileIds = { area: [] as string[], service: [] as string[], SOP: [] as string[] };
	const read = (name: string, kind?: keyof typeof fileIds) => {
		const result = readCollection(join(dir, name), markdown);
		problems.push(...result.problems);
		if (kind) fileIds[kind].push(...result.files.map((file) => file.id));
		return result.files;
	};
	const areas = validateAll(read('areas', 'area'), areaSchema, problems).sort(byOrderThenTitle);
	const services = validateAll(read('services', 'service'), serviceSchema(context), problems);
	const packages = validateAll(read('packages'), packageSchema(context), problems).sort(byOrderThenTitle);
	const sops = validateAll(read('sops', 'SOP'), sopSchema, problems);

	problems.push(...checkReferences({ roles, areas, services, packages, sops }, fileIds));
	problems.push(...handbookPathProblems({ areas, sops }));
	if (!site || problems.length) return { catalog: undefined, problems };
	return { catalog: { site, roles, areas, services, packages, sops }, problems };
}

function byOrderThenTitle(a: { order: number; title: string }, b: { order: number; title: string }): number {
	return a.order - b.order || a.title.localeCompare(b.title);
}

/**
 * Every cross-file rule: references resolve, files sit in their area's folder. `fileIds` may name
 * entries that exist but failed validation, so references to them are not reported a second time.
 */
export function checkReferences(
	catalog: Omit<Catalog, 'site'>,
	fileIds: { area?: string[]; service?: string[]; SOP?: string[] } = {},
): Problem[] {
	const problems: Problem[] = [];
	const ids = {
		role: catalog.roles.map((r) => r.id),
		area: fileIds.area ?? catalog.areas.map((a) => a.id),
		service: fileIds.service ?? catalog.services.map((s) => s.id),
		SOP: fileIds.SOP ?? catalog.sops.map((s) => s.id),
	};
	const known = { role: new Set(ids.role), area: new Set(ids.area), service: new Set(ids.service), SOP: new Set(ids.SOP) };
	const expect = (file: string, field: string, kind: keyof typeof ids, wanted: string) => {
		if (!known[kind].has(wanted)) problems.push(danglingReference(file, field, kind, wanted, ids[kind]));
	};
	const expectFolder = (entry: EntryMeta & { area: string }) => {
		const folder = entry.id.split('/')[0];
		if (entry.id.includes('/') && folder !== entry.area && known.area.has(entry.area)) {
			problems.push({
				file: entry.file,
				field: 'area',
				message: `is "${entry.area}" but the file is in the "${folder}" folder; move the file or fix the area`,
			});
		}
	};

	for (const service of catalog.services) {
		expect(service.file, 'area', 'area', service.area);
		expectFolder(service);
		service.sops.forEach((sop, i) => expect(service.file, `sops[${i}]`, 'SOP', sop));
	}
	for (const pkg of catalog.packages) {
		pkg.services.forEach((service, i) => expect(pkg.file, `services[${i}]`, 'service', service));
	}
	for (const sop of catalog.sops) {
		expect(sop.file, 'area', 'area', sop.area);
		expectFolder(sop);
		expect(sop.file, 'owner', 'role', sop.owner);
		sop.raci.responsible.forEach((role, i) => expect(sop.file, `raci.responsible[${i}]`, 'role', role));
		expect(sop.file, 'raci.accountable', 'role', sop.raci.accountable);
		sop.raci.consulted.forEach((role, i) => expect(sop.file, `raci.consulted[${i}]`, 'role', role));
		sop.raci.informed.forEach((role, i) => expect(sop.file, `raci.informed[${i}]`, 'role', role));
		sop.related.forEach((related, i) => {
			if (related === sop.id) problems.push({ file: sop.file, field: `related[${i}]`, message: 'an SOP cannot be related to itself' });
			else expect(sop.file, `related[${i}]`, 'SOP', related);
		});
	}
	return problems;
}
