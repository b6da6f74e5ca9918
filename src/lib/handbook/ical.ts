/**
 * iCalendar (RFC 5545) feeds of recurring SOPs, built with ical-generator. Each SOP is one recurring
 * event in the site's time zone (with its VTIMEZONE), whose UID depends only on the site's host and the
 * SOP's id, so calendar apps update events in place when the feed changes. The output is a pure
 * function of its input: no clock, no process time zone.
 */
import ical, {
	ICalCalendarMethod,
	ICalEventStatus,
	type ICalRepeatingOptions,
	ICalEventRepeatingFreq,
	ICalWeekday,
	type ICalTemporalPlainDateTimeStub,
	type ICalTemporalZonedDateTimeStub,
} from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import type { SopEntry } from '../catalog/types.ts';
import { firstRun, quarterMonths, scheduleOf } from './schedule.ts';
import { absoluteUrl, paths } from '../core/urls.ts';
import type { weekdays } from '../../schemas/sops.ts';

export interface FeedOptions {
	/** The practice's name, which titles the calendar. */
	siteName: string;
	/** The published site's address, for event links and UIDs. */
	siteUrl: string;
	/** IANA time zone every event is in. */
	timezone: string;
	/** Area titles by id, for event categories. */
	areaTitles: ReadonlyMap<string, string>;
	/** Set for a role's feed: its id (part of each UID) and title (part of the calendar name). */
	role?: { id: string; title: string };
	/** Set for a client's feed: makes every UID unique to the client, whose feeds share the practice's host. */
	uidScope?: string;
	/** Events start on the first run on or after this day (a client's start date) rather than the last review. */
	from?: string;
	/** One-off dates such as a contract's milestones, each an event at 09:00 in `timezone`. */
	milestones?: readonly Milestone[];
}

/** A one-off date in a feed. */
export interface Milestone {
	/** Stable within the feed; part of the UID. */
	id: string;
	title: string;
	/** ISO day. */
	day: string;
	description: string;
}

const icalWeekday: Record<(typeof weekdays)[number], ICalWeekday> = {
	mo: ICalWeekday.MO,
	tu: ICalWeekday.TU,
	we: ICalWeekday.WE,
	th: ICalWeekday.TH,
	fr: ICalWeekday.FR,
	sa: ICalWeekday.SA,
	su: ICalWeekday.SU,
};

/** The recurrence rule of a recurring SOP; `undefined` for as-needed SOPs, which have no calendar event. */
export function recurrenceOf(sop: Pick<SopEntry, 'frequency' | 'schedule'>): ICalRepeatingOptions | undefined {
	const schedule = scheduleOf(sop);
	switch (sop.frequency) {
		case 'daily':
			return {
				freq: ICalEventRepeatingFreq.WEEKLY,
				byDay: [ICalWeekday.MO, ICalWeekday.TU, ICalWeekday.WE, ICalWeekday.TH, ICalWeekday.FR],
			};
		case 'weekly':
			return { freq: ICalEventRepeatingFreq.WEEKLY, byDay: [icalWeekday[schedule.weekday]] };
		case 'biweekly':
			return { freq: ICalEventRepeatingFreq.WEEKLY, interval: 2, byDay: [icalWeekday[schedule.weekday]] };
		case 'monthly':
			return { freq: ICalEventRepeatingFreq.MONTHLY, byMonthDay: [schedule.dayOfMonth] };
		case 'quarterly':
			return { freq: ICalEventRepeatingFreq.YEARLY, byMonth: quarterMonths(schedule.month), byMonthDay: [schedule.dayOfMonth] };
		case 'annually':
			return { freq: ICalEventRepeatingFreq.YEARLY, byMonth: [schedule.month], byMonthDay: [schedule.dayOfMonth] };
		case 'as-needed':
			return undefined;
	}
}

/** The UID of an SOP's event: stable across builds, unique per feed (a role's feed has its own). */
export function eventUid(sopId: string, siteUrl: string, role?: string, scope?: string): string {
	const host = new URL(siteUrl).hostname;
	return `${scope ? `${scope}.` : ''}sop-${sopId.replaceAll('/', '.')}${role ? `.for-${role}` : ''}@${host}`;
}

/** The iCalendar text of `sops` (as-needed ones are skipped), in the order given. */
export function buildCalendar(sops: readonly SopEntry[], options: FeedOptions): string {
	const name = options.role ? `${options.siteName}: ${options.role.title}` : `${options.siteName} operations`;
	const calendar = ical({
		name,
		description: options.role
			? `Recurring procedures the ${options.role.title.toLowerCase()} does or answers for, from the ${options.siteName} handbook.`
			: `Every recurring procedure in the ${options.siteName} handbook.`,
		prodId: { company: 'Opsbook', product: 'Handbook', language: 'EN' },
		method: ICalCalendarMethod.PUBLISH,
		// The VTIMEZONE comes from the generator; the calendar itself names no zone so DTSTAMP stays in UTC as RFC 5545 requires.
		timezone: { name: null, generator: getVtimezoneComponent },
		ttl: 60 * 60 * 24,
		url: absoluteUrl(options.siteUrl, paths.operationsCalendar()),
	});
	calendar.x('X-WR-TIMEZONE', options.timezone);

	for (const sop of sops) {
		const repeating = recurrenceOf(sop);
		if (!repeating) continue;
		const schedule = scheduleOf(sop);
		const day = firstRun(sop, options.from && options.from > sop.reviewed ? options.from : sop.reviewed);
		const start = wallClock(day, schedule.time, 0);
		const end = wallClock(day, schedule.time, sop.estimatedMinutes);
		const url = absoluteUrl(options.siteUrl, paths.sop(sop.id));
		calendar.createEvent({
			id: eventUid(sop.id, options.siteUrl, options.role?.id, options.uidScope),
			// The last review stands in for "created": it is when this version of the procedure took effect.
			stamp: new Date(`${sop.reviewed}T00:00:00Z`),
			start,
			end,
			timezone: options.timezone,
			repeating,
			summary: sop.status === 'draft' ? `${sop.title} (draft)` : sop.title,
			description: describe(sop, url),
			url,
			categories: [{ name: options.areaTitles.get(sop.area) ?? sop.area }],
			status: sop.status === 'draft' ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
		});
	}
	for (const milestone of options.milestones ?? []) {
		calendar.createEvent({
			id: `${options.uidScope ? `${options.uidScope}.` : ''}milestone-${milestone.id}${options.role ? `.for-${options.role.id}` : ''}@${new URL(options.siteUrl).hostname}`,
			stamp: new Date(`${milestone.day}T00:00:00Z`),
			start: wallClock(milestone.day, '09:00', 0),
			end: wallClock(milestone.day, '09:00', 30),
			timezone: options.timezone,
			summary: milestone.title,
			description: milestone.description,
			status: ICalEventStatus.CONFIRMED,
		});
	}
	return calendar.toString();
}

function describe(sop: SopEntry, url: string): string {
	return [
		sop.summary,
		'',
		`Done when: ${sop.doneWhen}`,
		'',
		'Checklist:',
		...sop.checklist.map((item) => `- [ ] ${item}`),
		'',
		`Procedure: ${url}`,
	].join('\n');
}

/**
 * A local date and time in the shape of a Temporal.PlainDateTime, which ical-generator writes out
 * field by field under the event's TZID; a JavaScript Date would be read in the build machine's zone.
 */
export function wallClock(day: string, time: string, plusMinutes: number): ICalTemporalPlainDateTimeStub {
	const [hours = 0, minutes = 0] = time.split(':').map(Number);
	const utc = new Date(`${day}T00:00:00Z`);
	utc.setUTCMinutes(hours * 60 + minutes + plusMinutes);
	const fields = {
		year: utc.getUTCFullYear(),
		month: utc.getUTCMonth() + 1,
		day: utc.getUTCDate(),
		hour: utc.getUTCHours(),
		minute: utc.getUTCMinutes(),
		second: 0,
	};
	const text = `${String(fields.year).padStart(4, '0')}-${pad(fields.month)}-${pad(fields.day)}T${pad(fields.hour)}:${pad(fields.minute)}:00`;
	const plain: ICalTemporalPlainDateTimeStub = {
		...fields,
		toJSON: () => text,
		toString: () => text,
		toPlainDate: () => ({
			year: fields.year,
			month: fields.month,
			day: fields.day,
			toJSON: () => text.slice(0, 10),
			toString: () => text.slice(0, 10),
		}),
		toZonedDateTime: (timeZone: string) => zoned(plain, timeZone, utc),
	};
	return plain;
}

// ical-generator only asks the zoned value for its wall-clock fields again (and its instant when ordering start and end).
function zoned(plain: ICalTemporalPlainDateTimeStub, timeZoneId: string, wall: Date): ICalTemporalZonedDateTimeStub {
	const self: ICalTemporalZonedDateTimeStub = {
		year: plain.year,
		month: plain.month,
		day: plain.day,
		hour: plain.hour,
		minute: plain.minute,
		second: plain.second,
		timeZoneId,
		toPlainDateTime: () => plain,
		withTimeZone: () => self,
		toInstant: () => ({
			epochMilliseconds: wall.getTime(),
			toJSON: () => wall.toISOString(),
			toString: () => wall.toISOString(),
			toZonedDateTimeISO: () => self,
		}),
		toJSON: () => plain.toJSON(),
		toString: () => plain.toString(),
	} as ICalTemporalZonedDateTimeStub;
	return self;
}

function pad(n: number): string {
	return String(n).padStart(2, '0');
}
