/** Calendar-day helpers on ISO `YYYY-MM-DD` strings, computed in UTC so no time zone shifts a day. */
import { addMonths, differenceInCalendarDays } from 'date-fns';
import { dateTimeFormat } from './intl.ts';

/** The ISO day of `date` in UTC. */
export function isoDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** Parses an ISO day as UTC midnight. */
export function fromIsoDay(day: string): Date {
	return new Date(`${day}T00:00:00Z`);
}

/** `day` plus `months` calendar months (31 Jan + 1 month = 28/29 Feb). */
export function addMonthsToDay(day: string, months: number): string {
	return isoDay(addMonths(fromIsoDay(day), months));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
	return differenceInCalendarDays(fromIsoDay(to), fromIsoDay(from));
}

/** Formats an ISO day for readers, such as "14 September 2026" in `en-GB`. */
export function formatDay(day: string, locale: string): string {
	return dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(fromIsoDay(day));
}

/** The day the build treats as today: `OPSBOOK_TODAY=YYYY-MM-DD` fixes it (tests, reproducible builds). */
export function todayFromEnv(env: NodeJS.ProcessEnv = process.env): Date {
	const fixed = env.OPSBOOK_TODAY;
	if (!fixed) return new Date();
	if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed) || Number.isNaN(fromIsoDay(fixed).getTime())) {
		throw new Error(`OPSBOOK_TODAY: expected a date written as YYYY-MM-DD, found "${fixed}"`);
	}
	return fromIsoDay(fixed);
}
