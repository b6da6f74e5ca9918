/** The operations calendar: recurring procedures by cadence, and the hours a week and a month each role spends on them. */
import type { SopEntry } from '../catalog/types.ts';
import type { Frequency } from '../../schemas/sops.ts';
import type { Role } from '../../schemas/roles.ts';
import { frequencyLabel } from '../core/labels.ts';
import { hoursPerMonth, hoursPerWeek, isRecurring, minutesPerMonth, recurringFrequencies, runsPerMonth } from './cadence.ts';

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

/** Hours a month and a week for SOPs together, by the rules of `cadence.ts`. */
const hoursOf = (sops: Parameters<typeof hoursPerMonth>[0]) => ({ hoursPerMonth: hoursPerMonth(sops), hoursPerWeek: hoursPerWeek(sops) });

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

/**
 * The rows of one cadence's table on the calendar page: all its procedures while they fit in `limit`;
 * past that, the `limit` that take the most time a month, largest first (ties keep the handbook's
 * order), and how many are left to the cadence's browse pages.
 */
export function calendarRows(sops: readonly SopEntry[], limit: number): { rows: SopEntry[]; left: number } {
	if (sops.length <= limit) return { rows: [...sops], left: 0 };
	const rows = [...sops].sort((a, b) => minutesPerMonth(b) - minutesPerMonth(a)).slice(0, limit);
	return { rows, left: sops.length - limit };
}
