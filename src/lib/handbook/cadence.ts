/** How often recurring work happens, and the hours it adds up to per week and per month. */
import type { Frequency } from '../../schemas/sops.ts';

/** Average runs per month for each frequency (a year is 52 weeks over 12 months); as-needed counts as 0. */
export const runsPerMonth: Record<Frequency, number> = {
	daily: (52 * 5) / 12, // working days
	weekly: 52 / 12,
	biweekly: 26 / 12,
	monthly: 1,
	quarterly: 1 / 3,
	annually: 1 / 12,
	'as-needed': 0,
};

/** Frequencies that recur on a calendar, in order from most to least often. */
export const recurringFrequencies = [
	'daily',
	'weekly',
	'biweekly',
	'monthly',
	'quarterly',
	'annually',
] as const satisfies readonly Frequency[];

/** True when the frequency recurs on a calendar (everything except `as-needed`). */
export function isRecurring(frequency: Frequency): frequency is (typeof recurringFrequencies)[number] {
	return frequency !== 'as-needed';
}

interface Timed {
	frequency: Frequency;
	estimatedMinutes: number;
}

/** Average minutes per month that `sop` needs. */
export function minutesPerMonth(sop: Timed): number {
	return runsPerMonth[sop.frequency] * sop.estimatedMinutes;
}

/** Average hours per month that `sops` need together, rounded to a tenth. */
export function hoursPerMonth(sops: readonly Timed[]): number {
	return roundTenth(sops.reduce((total, sop) => total + minutesPerMonth(sop), 0) / 60);
}

/** Average hours per week that `sops` need together, rounded to a tenth. */
export function hoursPerWeek(sops: readonly Timed[]): number {
	return roundTenth((sops.reduce((total, sop) => total + minutesPerMonth(sop), 0) * 12) / 52 / 60);
}

function roundTenth(value: number): number {
	return Math.round(value * 10) / 10;
}
