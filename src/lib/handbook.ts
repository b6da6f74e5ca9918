/**
 * The handbook's derived data: SOPs grouped by area, role, frequency and tool, the RACI matrix, the
 * operations calendar totals and the review schedule. Computed once per build from the published
 * catalog, so every page looks its data up in O(1) instead of scanning every SOP.
 */
import type { AreaEntry, Catalog, SopEntry } from './catalog.ts';
import { hoursPerMonth, hoursPerWeek, isRecurring, minutesPerMonth, recurringFrequencies, runsPerMonth } from './cadence.ts';
import { fromIsoDay, isoDay } from './dates.ts';
import { frequencyLabel } from './labels.ts';
import { reviewStatus, type ReviewStatus } from './review.ts';
import { toolSlug } from './urls.ts';
import { dateTimeFormat, numberFormat, pluralRules } from './intl.ts';
import { frequencies, weekdays, type Frequency, type Schedule } from '../schemas/sops.ts';
import type { Role } from '../schemas/roles.ts';

/** A role's part in an SOP, in RACI order. */
export type RaciPart = 'responsible' | 'accountable' | 'consulted' | 'informed';
export const raciParts = ['responsible', 'accountable', 'consulted', 'informed'] as const satisfies readonly RaciPart[];

/** Words for each RACI part, as readers see them. */
export const raciLabels: Record<RaciPart, { letter: string; label: string; meaning: string }> = {
	responsible: { letter: 'R', label: 'Responsible', meaning: 'does the work' },
	accountable: { letter: 'A', label: 'Accountable', meaning: 'answers for the outcome and signs it off' },
	consulted: { letter: 'C', label: 'Consulted', meaning: 'is asked for input before or during the work' },
	informed: { letter: 'I', label: 'Informed', meaning: 'is told of the result' },
};

/** The parts `role` plays in `sop`, in RACI order (empty when it plays none). */
export function raciPartsOf(sop: Pick<SopEntry, 'raci'>, role: string): RaciPart[] {
	const { responsible, accountable, consulted, informed } = sop.raci;
	const parts: RaciPart[] = [];
	if (responsible.includes(role)) parts.push('responsible');
	if (accountable === role) parts.push('accountable');
	if (consulted.includes(role)) parts.push('consulted');
	if (informed.includes(role)) parts.push('informed');
	return parts;
}

/** Every role named by `sop`: its owner and its RACI roles, without repeats. */
export function rolesOfSop(sop: Pick<SopEntry, 'owner' | 'raci'>): string[] {
	const { responsible, accountable, consulted, informed } = sop.raci;
	return [...new Set([sop.owner, ...responsible, accountable, ...consulted, ...informed])];
}

/** Short RACI letters for a matrix cell, such as "R/A". */
export function raciLetters(parts: readonly RaciPart[]): string {
	return parts.map((part) => raciLabels[part].letter).join('/');
}

const englishList = new Intl.ListFormat('en', { type: 'conjunction' });

/** RACI parts in words, such as "Responsible and accountable". */
export function raciWords(parts: readonly RaciPart[]): string {
	const words = parts.map((part, i) => (i === 0 ? raciLabels[part].label : raciLabels[part].label.toLowerCase()));
	return englishList.format(words);
}

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

/** One cadence of the operations calendar with the time it takes. */
export interface CadenceGroup {
	frequency: Frequency;
	label: string;
	sops: SopEntry[];
	/** Average runs per month of one SOP at this cadence. */
	runsPerMonth: number;
	hoursPerMonth: number;
	hoursPerWeek: number;
}

/** Hours a role spends as the responsible party for recurring SOPs. */
export interface RoleLoad {
	role: Role;
	sops: number;
	hoursPerMonth: number;
	hoursPerWeek: number;
}

export interface OperationsCalendar {
	/** Recurring cadences that have SOPs, most frequent first. */
	cadences: CadenceGroup[];
	/** SOPs without a schedule, run when triggered. */
	asNeeded: SopEntry[];
	hoursPerMonth: number;
	hoursPerWeek: number;
	/** Time per responsible role, busiest first; an SOP with several responsible roles is split evenly between them. */
	byRole: RoleLoad[];
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
/** Hours a month and a week for SOPs together, by the rules of `cadence.ts`. */
const hoursOf = (sops: Parameters<typeof hoursPerMonth>[0]) => ({ hoursPerMonth: hoursPerMonth(sops), hoursPerWeek: hoursPerWeek(sops) });

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

/** The recurring SOPs by cadence, with the average hours per week and month they need. */
export function operationsCalendar(sops: readonly SopEntry[], roles: readonly Role[]): OperationsCalendar {
	const cadences: CadenceGroup[] = [];
	for (const frequency of recurringFrequencies) {
		const list = sops.filter((sop) => sop.frequency === frequency);
		if (list.length === 0) continue;
		cadences.push({ frequency, label: frequencyLabel(frequency), sops: list, runsPerMonth: runsPerMonth[frequency], ...hoursOf(list) });
	}
	const roleMinutes = new Map<string, { sops: number; minutes: number }>();
	for (const sop of sops) {
		if (!isRecurring(sop.frequency)) continue;
		const share = minutesPerMonth(sop) / sop.raci.responsible.length;
		for (const role of sop.raci.responsible) {
			const load = roleMinutes.get(role) ?? { sops: 0, minutes: 0 };
			roleMinutes.set(role, { sops: load.sops + 1, minutes: load.minutes + share });
		}
	}
	const byRole = roles
		.filter((role) => roleMinutes.has(role.id))
		.map((role) => {
			const load = roleMinutes.get(role.id) ?? { sops: 0, minutes: 0 };
			return { role, sops: load.sops, minutes: load.minutes };
		})
		.sort((a, b) => b.minutes - a.minutes)
		.map(({ role, sops: count, minutes }) => ({
			role,
			sops: count,
			// A role's share is minutes per month, which is what one monthly run of that length adds up to.
			...hoursOf([{ frequency: 'monthly', estimatedMinutes: minutes }]),
		}));
	return {
		cadences,
		asNeeded: sops.filter((sop) => !isRecurring(sop.frequency)),
		...hoursOf(sops),
		byRole,
	};
}

/** One SOP on the review page. */
export interface ReviewEntry {
	sop: SopEntry;
	review: ReviewStatus;
}

/** SOPs in the order their reviews fall due (earliest first, then by title), with each one's status on `today`. */
export function reviewSchedule(sops: readonly SopEntry[], today: Date): ReviewEntry[] {
	return sops
		.filter((sop) => sop.status !== 'retired')
		.map((sop) => ({ sop, review: reviewStatus(sop, today) }))
		.sort((a, b) => a.review.due.localeCompare(b.review.due) || byTitle(a.sop, b.sop));
}

/** "2 h 30 min" for 150 minutes; "45 min" for 45. */
export function formatMinutes(minutes: number): string {
	const hours = Math.floor(minutes / 60);
	const rest = Math.round(minutes % 60);
	if (hours === 0) return `${rest} min`;
	return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** Hours with at most one decimal in the site's locale, such as "12.5 h". */
export function formatHoursShort(hours: number, locale: string): string {
	return `${numberFormat(locale, { maximumFractionDigits: 1 }).format(hours)} h`;
}

const weekdayIndex: Record<(typeof weekdays)[number], number> = { mo: 1, tu: 2, we: 3, th: 4, fr: 5, sa: 6, su: 0 };

/** The schedule an SOP runs on: its own, or the defaults of the schema. */
export function scheduleOf(sop: { schedule?: Schedule | undefined }): Schedule {
	return { weekday: 'mo', dayOfMonth: 1, month: 1, time: '09:00', ...sop.schedule };
}

/** Months a quarterly SOP runs in, starting from its schedule's month: [1, 4, 7, 10] for January. */
export function quarterMonths(month: number): number[] {
	const first = ((month - 1) % 3) + 1;
	return [first, first + 3, first + 6, first + 9];
}

/** When an SOP runs, in words: "Mondays at 9:00 AM", "Monthly on the 5th at 9:00 AM". */
export function scheduleLabel(sop: { frequency: Frequency; schedule?: Schedule | undefined }, locale: string): string {
	const schedule = scheduleOf(sop);
	const at = `at ${formatTime(schedule.time, locale)}`;
	const weekday = weekdayName(schedule.weekday, locale);
	const day = ordinal(schedule.dayOfMonth);
	switch (sop.frequency) {
		case 'daily':
			return `Every working day ${at}`;
		case 'weekly':
			return `Every ${weekday} ${at}`;
		case 'biweekly':
			return `Every other ${weekday} ${at}`;
		case 'monthly':
			return `On the ${day} of each month ${at}`;
		case 'quarterly': {
			const months = englishList.format(quarterMonths(schedule.month).map((m) => monthName(m, locale)));
			return `On the ${day} of ${months} ${at}`;
		}
		case 'annually':
			return `Every year on the ${day} of ${monthName(schedule.month, locale)} ${at}`;
		case 'as-needed':
			return 'When its trigger happens';
	}
}

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	return dateTimeFormat(locale, { ...options, timeZone: 'UTC' });
}

function formatTime(time: string, locale: string): string {
	const [hours = 0, minutes = 0] = time.split(':').map(Number);
	return formatter(locale, { timeStyle: 'short' }).format(new Date(Date.UTC(2024, 0, 1, hours, minutes)));
}

function weekdayName(weekday: (typeof weekdays)[number], locale: string): string {
	// 7 January 2024 was a Sunday, so its date plus the weekday index lands on that weekday.
	return formatter(locale, { weekday: 'long' }).format(new Date(Date.UTC(2024, 0, 7 + weekdayIndex[weekday])));
}

function monthName(month: number, locale: string): string {
	return formatter(locale, { month: 'long' }).format(new Date(Date.UTC(2024, month - 1, 1)));
}

const ordinalRules = pluralRules('en', { type: 'ordinal' });
const ordinalSuffix: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** "1st", "22nd", "13th". */
export function ordinal(n: number): string {
	return `${n}${ordinalSuffix[ordinalRules.select(n)] ?? 'th'}`;
}

/** The first day on or after `from` that a recurring SOP runs, as an ISO day; the anchor of its calendar event. */
export function firstRun(sop: { frequency: Frequency; schedule?: Schedule | undefined }, from: string): string {
	const schedule = scheduleOf(sop);
	const start = fromIsoDay(from);
	const matches = (date: Date): boolean => {
		const weekday = date.getUTCDay();
		const month = date.getUTCMonth() + 1;
		const day = date.getUTCDate();
		switch (sop.frequency) {
			case 'daily':
				return weekday >= 1 && weekday <= 5;
			case 'weekly':
			case 'biweekly':
				return weekday === weekdayIndex[schedule.weekday];
			case 'monthly':
				return day === schedule.dayOfMonth;
			case 'quarterly':
				return day === schedule.dayOfMonth && quarterMonths(schedule.month).includes(month);
			case 'annually':
				return day === schedule.dayOfMonth && month === schedule.month;
			case 'as-needed':
				return true;
		}
	};
	// Every schedule recurs within a year, and days of month stop at 28, so 366 days always find a run.
	for (let offset = 0; offset <= 366; offset++) {
		const date = new Date(start.getTime() + offset * 86_400_000);
		if (matches(date)) return isoDay(date);
	}
	throw new Error(`no run of a ${sop.frequency} schedule within a year of ${from}`);
}

/** Area ids and SOP file names the handbook's own pages use; content may not take them. */
export const reservedAreaIds = ['by-role', 'by-frequency', 'by-tool', 'raci', 'calendar', 'reviews', 'print'] as const;
export const reservedSopSlugs = ['print'] as const;

/** Content whose handbook URL would clash with another page, one line each, such as an area called "raci". */
export function handbookPathProblems(catalog: Pick<Catalog, 'areas' | 'sops'>): { file: string; field: string; message: string }[] {
	const problems: { file: string; field: string; message: string }[] = [];
	const reserved = new Set<string>(reservedAreaIds);
	for (const area of catalog.areas) {
		if (reserved.has(area.id))
			problems.push({ file: area.file, field: 'id', message: `"${area.id}" is the address of a handbook page; rename the file` });
	}
	for (const sop of catalog.sops) {
		const [folder, ...rest] = sop.id.split('/');
		if (rest.length === 0 || folder !== sop.area) {
			problems.push({ file: sop.file, field: 'id', message: `SOP files belong in content/sops/${sop.area}/, the folder of their area` });
		} else if ((reservedSopSlugs as readonly string[]).includes(rest.join('/'))) {
			problems.push({
				file: sop.file,
				field: 'id',
				message: `"${rest.join('/')}" is the address of the area's print view; rename the file`,
			});
		}
	}
	return problems;
}
