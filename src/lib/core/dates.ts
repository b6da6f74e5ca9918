/**
 * Calendar-day helpers on ISO `YYYY-MM-DD` strings, computed on UTC year/month/day numbers so the
 * build machine's time zone never shifts a day. (date-fns' addMonths works in local time, and its
 * barrel import cost seconds in every process.)
 */
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
	const date = fromIsoDay(day);
	const monthIndex = date.getUTCFullYear() * 12 + date.getUTCMonth() + months;
	const year = Math.floor(monthIndex / 12);
	const month = monthIndex - year * 12;
	// Day 0 of the next month is the last day of this one: clamp 31 Jan + 1 month to 28/29 Feb.
	const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
	return isoDay(new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay))));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
	return Math.round((fromIsoDay(to).getTime() - fromIsoDay(from).getTime()) / 86_400_000);
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
