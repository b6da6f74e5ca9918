/**
 * The first-month plan: from the start date, the set-up of each service and the first run of every
 * recurring procedure, in date order, with who does it. Runs that first fall after the first month
 * (quarterly and annual work) are listed apart, so the month stays readable.
 */
import type { Catalog } from '../catalog/types.ts';
import { addMonthsToDay } from '../core/dates.ts';
import { isRecurring } from '../handbook/cadence.ts';
import { firstRun } from '../handbook/schedule.ts';
import type { Engagement } from './engagement.ts';

export interface PlanItem {
	/** ISO day. */
	day: string;
	kind: 'setup' | 'procedure';
	title: string;
	/** The procedure's id (`procedure`) or the service's id (`setup`). */
	id: string;
	/** Role ids of whoever does it. */
	who: string[];
	/** Time of day for procedures ("09:00"); `null` for set-ups. */
	time: string | null;
}

export interface FirstMonthPlan {
	/** First day of the engagement. */
	starts: string;
	/** Last day of the first month. */
	ends: string;
	/** Everything that happens in the first month, in date order. */
	month: PlanItem[];
	/** Procedures whose first run comes later (quarterly, annual), in date order. */
	later: PlanItem[];
}

/** The first-month plan of `view` (a client's catalog view) for `engagement`. */
export function firstMonthPlan(view: Catalog, engagement: Engagement): FirstMonthPlan {
	const starts = engagement.terms.startDate;
	const ends = dayBefore(addMonthsToDay(starts, 1));
	// The practice sets each service up; the first practice role (the OBM) stands for it.
	const practice = view.roles
		.filter((role) => role.kind === 'practice')
		.map((role) => role.id)
		.slice(0, 1);
	const setups: PlanItem[] = view.services.map((service) => ({
		day: starts,
		kind: 'setup',
		title: `Set up ${service.title}`,
		id: service.id,
		who: practice,
		time: null,
	}));
	const runs: PlanItem[] = view.sops
		.filter((sop) => isRecurring(sop.frequency))
		.map((sop) => ({
			day: firstRun(sop, starts),
			kind: 'procedure',
			title: sop.title,
			id: sop.id,
			who: sop.raci.responsible,
			time: sop.schedule?.time ?? '09:00',
		}));
	const all = [...setups, ...runs].sort(byDay);
	return { starts, ends, month: all.filter((item) => item.day <= ends), later: all.filter((item) => item.day > ends) };
}

function byDay(a: PlanItem, b: PlanItem): number {
	return (
		a.day.localeCompare(b.day) ||
		(a.kind === b.kind ? 0 : a.kind === 'setup' ? -1 : 1) ||
		(a.time ?? '').localeCompare(b.time ?? '') ||
		a.title.localeCompare(b.title)
	);
}

function dayBefore(day: string): string {
	return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}
