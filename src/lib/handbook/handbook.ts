/**
 * The handbook's derived data: SOPs grouped by area, role, frequency and tool, the RACI matrix, the
 * operations calendar totals and the review schedule. Computed once per build from the published
 * catalog, so every page looks its data up in O(1) instead of scanning every SOP.
 */
import type { AreaEntry, Catalog, SopEntry } from '../catalog/types.ts';
import { hoursPerMonth, isRecurring } from './cadence.ts';
import { frequencyLabel } from '../core/labels.ts';
import { toolSlug } from '../core/urls.ts';
import { frequencies, type Frequency } from '../../schemas/sops.ts';
import type { Role } from '../../schemas/roles.ts';
import { raciPartsOf, rolesOfSop, type RaciPart } from './raci.ts';
import { operationsCalendar, type OperationsCalendar } from './operations-calendar.ts';

/** One SOP as seen from one role. */
export interface RoleAssignment {
	sop: SopEntry;
	/** The role's RACI parts in this SOP. */
	parts: RaciPart[];
	/** True when the role maintains the SOP. */
	owns: boolean;
}

export interface RoleSummary {
	role: Role;
	/** SOPs that name the role, by area order then title. */
	assignments: RoleAssignment[];
}

export interface AreaSummary {
	area: AreaEntry;
	/** The area's SOPs in title order. */
	sops: SopEntry[];
	/** Average hours a month its recurring SOPs need. */
	hoursPerMonth: number;
}

export interface FrequencyGroup {
	frequency: Frequency;
	label: string;
	sops: SopEntry[];
}

export interface ToolGroup {
	/** URL slug of the tool (see `paths.byTool`). */
	slug: string;
	/** The tool's name as written in the SOPs. */
	name: string;
	sops: SopEntry[];
}

/** One row of the RACI matrix: an SOP and its RACI parts for each matrix role, in column order. */
export interface RaciRow {
	sop: SopEntry;
	cells: RaciPart[][];
}

export interface RaciMatrix {
	/** Column roles: every role with a RACI part somewhere, in `roles.yaml` order. */
	roles: Role[];
	/** Rows grouped by area, in area order. */
	sections: { area: AreaEntry; rows: RaciRow[] }[];
}

export interface HandbookIndex {
	areas: AreaSummary[];
	/** Roles named by at least one SOP, in `roles.yaml` order. */
	roles: RoleSummary[];
	frequencies: FrequencyGroup[];
	/** Tools in name order. */
	tools: ToolGroup[];
	raci: RaciMatrix;
	calendar: OperationsCalendar;
	/** Roles with a calendar feed: responsible or accountable for at least one recurring SOP. */
	feedRoles: Role[];
	/** Looks up an area's summary. */
	area(id: string): AreaSummary | undefined;
	/** Looks up a role's summary. */
	role(id: string): RoleSummary | undefined;
	/** Looks up a tool by its slug. */
	tool(slug: string): ToolGroup | undefined;
	/** Recurring SOPs on a calendar feed: all of them, or those a role is responsible or accountable for. */
	calendarSops(role?: string): SopEntry[];
}

const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title);

/** Builds every grouping the handbook pages need, in one pass over the SOPs. */
export function handbookIndex(catalog: Pick<Catalog, 'areas' | 'roles' | 'sops'>): HandbookIndex {
	const areaOrder = new Map(catalog.areas.map((area, i) => [area.id, i]));
	const byAreaThenTitle = (a: SopEntry, b: SopEntry) => (areaOrder.get(a.area) ?? 0) - (areaOrder.get(b.area) ?? 0) || byTitle(a, b);
	const sops = [...catalog.sops].sort(byAreaThenTitle);

	const areaSops = new Map<string, SopEntry[]>(catalog.areas.map((area) => [area.id, []]));
	const roleAssignments = new Map<string, RoleAssignment[]>();
	const frequencySops = new Map<Frequency, SopEntry[]>();
	const toolSops = new Map<string, { names: Map<string, number>; sops: SopEntry[] }>();
	const raciRoles = new Set<string>();

	for (const sop of sops) {
		areaSops.get(sop.area)?.push(sop);
		for (const role of rolesOfSop(sop)) {
			const parts = raciPartsOf(sop, role);
			if (parts.length) raciRoles.add(role);
			pushTo(roleAssignments, role, { sop, parts, owns: sop.owner === role });
		}
		pushTo(frequencySops, sop.frequency, sop);
		for (const name of new Set(sop.tools)) {
			const slug = toolSlug(name);
			if (!slug) continue;
			const group = toolSops.get(slug) ?? { names: new Map<string, number>(), sops: [] as SopEntry[] };
			group.names.set(name, (group.names.get(name) ?? 0) + 1);
			if (group.sops.at(-1) !== sop) group.sops.push(sop);
			toolSops.set(slug, group);
		}
	}

	const areas: AreaSummary[] = catalog.areas.map((area) => {
		const list = (areaSops.get(area.id) ?? []).sort(byTitle);
		return { area, sops: list, hoursPerMonth: hoursPerMonth(list) };
	});
	const roles: RoleSummary[] = catalog.roles
		.filter((role) => roleAssignments.has(role.id))
		.map((role) => ({ role, assignments: roleAssignments.get(role.id) ?? [] }));
	const frequencyGroups: FrequencyGroup[] = frequencies
		.filter((frequency) => frequencySops.has(frequency))
		.map((frequency) => ({ frequency, label: frequencyLabel(frequency), sops: frequencySops.get(frequency) ?? [] }));
	const tools: ToolGroup[] = [...toolSops.entries()]
		.map(([slug, group]) => ({ slug, name: preferredName(group.names), sops: group.sops }))
		.sort((a, b) => a.name.localeCompare(b.name));

	const matrixRoles = catalog.roles.filter((role) => raciRoles.has(role.id));
	const raci: RaciMatrix = {
		roles: matrixRoles,
		sections: areas
			.filter(({ sops: list }) => list.length > 0)
			.map(({ area, sops: list }) => ({
				area,
				rows: list.map((sop) => ({ sop, cells: matrixRoles.map((role) => raciPartsOf(sop, role.id)) })),
			})),
	};

	const calendar = operationsCalendar(sops, catalog.roles);
	const recurring = sops.filter((sop) => isRecurring(sop.frequency));
	const feedSops = new Map<string, SopEntry[]>();
	for (const sop of recurring) {
		for (const role of new Set([...sop.raci.responsible, sop.raci.accountable])) pushTo(feedSops, role, sop);
	}

	const areasById = new Map(areas.map((summary) => [summary.area.id, summary]));
	const rolesById = new Map(roles.map((summary) => [summary.role.id, summary]));
	const toolsBySlug = new Map(tools.map((tool) => [tool.slug, tool]));
	return {
		areas,
		roles,
		frequencies: frequencyGroups,
		tools,
		raci,
		calendar,
		feedRoles: catalog.roles.filter((role) => feedSops.has(role.id)),
		area: (id) => areasById.get(id),
		role: (id) => rolesById.get(id),
		tool: (slug) => toolsBySlug.get(slug),
		calendarSops: (role) => (role === undefined ? recurring : (feedSops.get(role) ?? [])),
	};
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

// Two spellings of one tool ("Google drive", "Google Drive") share a page; the most used spelling names it.
function preferredName(names: Map<string, number>): string {
	return [...names.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}
