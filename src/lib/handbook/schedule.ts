/** When a procedure runs: its schedule, its first run from a day, and how long it takes, in words. */
import { fromIsoDay, isoDay } from '../core/dates.ts';
import { dateTimeFormat, numberFormat, pluralRules } from '../core/intl.ts';
import type { Frequency, Schedule, weekdays } from '../../schemas/sops.ts';

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

const englishList = new Intl.ListFormat('en', { type: 'conjunction' });

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
