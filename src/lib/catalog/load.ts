/**
 * The catalog: every content entry validated, cross-checked and typed. Built by `loadCatalog` for the
 * scripts and the site alike, so both see the same data and the same problems.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { areaSchema } from '../../schemas/areas.ts';
import { emptyHome, homeSchema, type Home } from '../../schemas/home.ts';
import { packageSchema } from '../../schemas/packages.ts';
import { rolesSchema, type Role } from '../../schemas/roles.ts';
import { serviceSchema } from '../../schemas/services.ts';
import { siteSchema, type Site } from '../../schemas/site.ts';
import { sopSchema } from '../../schemas/sops.ts';
import { readCollection, readYamlFile, type SourceFile } from '../io/files.ts';
import { problemsFromZod, type Problem } from '../core/problems.ts';
import { handbookPathProblems } from './reserved-paths.ts';
import { checkReferences } from './references.ts';
import { unpublishedLinkProblems } from './publication.ts';
import { placeholderProblems } from './placeholders.ts';
import type { EntryMeta, LoadResult } from './types.ts';

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

/** Reads and validates the optional `home.yaml`; without it the home page shows only what `site.yaml` says. */
export function loadHome(dir: string): { home: Home; problems: Problem[] } {
	const path = join(dir, 'home.yaml');
	if (!existsSync(path)) return { home: emptyHome, problems: [] };
	const { file, data, problems } = readYamlFile(path);
	if (data === undefined) return { home: emptyHome, problems };
	const result = homeSchema.safeParse(data ?? {});
	if (!result.success) return { home: emptyHome, problems: [...problems, ...problemsFromZod(file, result.error, data)] };
	return { home: result.data, problems };
}

/** Loads every collection of `dir`, validates it and resolves references; reports all problems at once. */
export function loadCatalog(dir: string): LoadResult {
	const problems: Problem[] = [];
	const { site, problems: siteProblems } = loadSite(dir);
	problems.push(...siteProblems);
	const { home, problems: homeProblems } = loadHome(dir);
	problems.push(...homeProblems);
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
	problems.push(...unpublishedLinkProblems({ areas, services, packages, sops }, site?.url));
	problems.push(...placeholderProblems(sops));
	if (!site || problems.length) return { catalog: undefined, problems };
	return { catalog: { site, home, roles, areas, services, packages, sops }, problems };
}

function byOrderThenTitle(a: { order: number; title: string }, b: { order: number; title: string }): number {
	return a.order - b.order || a.title.localeCompare(b.title);
}
