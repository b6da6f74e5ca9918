import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, eventUid, recurrenceOf } from '../../src/lib/handbook/ical.ts';
import { makeSop } from './factory.ts';

const sops = [
	makeSop('office/mail', {
		title: 'Process the mail',
		frequency: 'daily',
		estimatedMinutes: 15,
		reviewed: '2026-05-02',
		schedule: { weekday: 'mo', dayOfMonth: 1, month: 1, time: '08:15' },
	}),
	makeSop('calendars/review', {
		title: 'Weekly review',
		frequency: 'weekly',
		estimatedMinutes: 45,
		reviewed: '2026-05-01',
		schedule: { weekday: 'fr', dayOfMonth: 1, month: 1, time: '14:00' },
		status: 'draft',
	}),
	makeSop('production/timesheets', { title: 'Review timesheets', frequency: 'biweekly', estimatedMinutes: 40, reviewed: '2026-05-04' }),
	makeSop('office/books', {
		title: 'Reconcile the books, monthly; carefully',
		frequency: 'monthly',
		estimatedMinutes: 120,
		reviewed: '2026-03-01',
		schedule: { weekday: 'mo', dayOfMonth: 5, month: 1, time: '09:30' },
	}),
	makeSop('calendars/plan', {
		title: 'Plan the quarter',
		frequency: 'quarterly',
		estimatedMinutes: 120,
		reviewed: '2025-06-25',
		schedule: { weekday: 'mo', dayOfMonth: 15, month: 3, time: '13:00' },
	}),
	makeSop('office/year-end', {
		title: 'Year-end package',
		frequency: 'annually',
		estimatedMinutes: 240,
		reviewed: '2026-01-20',
		schedule: { weekday: 'mo', dayOfMonth: 20, month: 1, time: '10:00' },
	}),
	makeSop('office/onboard', { title: 'Onboard someone', frequency: 'as-needed' }),
];
const options = {
	siteName: 'Fixture Ops',
	siteUrl: 'https://ops.example/',
	timezone: 'Europe/London',
	areaTitles: new Map([['office', 'Office management']]),
};

function parse(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text));
	const zone = calendar.getFirstSubcomponent('vtimezone');
	if (zone) ICAL.TimezoneService.register(zone);
	const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
	return { calendar, zone, events, byUid: new Map(events.map((event) => [event.uid, event])) };
}

const text = buildCalendar(sops, options);
const { calendar, zone, events, byUid } = parse(text);
const eventOf = (id: string) => byUid.get(eventUid(id, options.siteUrl));
const rrule = (id: string) => eventOf(id)?.component.getFirstPropertyValue('rrule')?.toString();

/** The first `n` occurrences of an SOP's event, as UTC ISO strings. */
function occurrences(id: string, n: number): string[] {
	const iterator = eventOf(id)?.iterator();
	const out: string[] = [];
	for (let next = iterator?.next(); next && out.length < n; next = iterator?.next()) out.push(next.toJSDate().toISOString());
	return out;
}

describe('buildCalendar', () => {
	it('is a VCALENDAR 2.0 that names the practice and its time zone', () => {
		expect(calendar.name).toBe('vcalendar');
		expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
		expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Opsbook//Handbook//EN');
		expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
		expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Fixture Ops operations');
		expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/London');
	});

	it('carries a VTIMEZONE for the site time zone, and every event starts in it', () => {
		expect(zone?.getFirstPropertyValue('tzid')).toBe('Europe/London');
		for (const event of events) {
			expect(event.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/London');
			expect(event.startDate.zone?.tzid).toBe('Europe/London');
		}
	});

	it('makes one event per recurring SOP and none for as-needed ones', () => {
		expect(events).toHaveLength(6);
		expect(eventOf('office/onboard')).toBeUndefined();
	});

	it('writes a recurrence rule for each frequency', () => {
		expect(rrule('office/mail')).toBe('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR');
		expect(rrule('calendars/review')).toBe('FREQ=WEEKLY;BYDAY=FR');
		expect(rrule('production/timesheets')).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO');
		expect(rrule('office/books')).toBe('FREQ=MONTHLY;BYMONTHDAY=5');
		expect(rrule('calendars/plan')).toBe('FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=15');
		expect(rrule('office/year-end')).toBe('FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=20');
		expect(recurrenceOf({ frequency: 'as-needed' })).toBeUndefined();
	});

	it('starts each event on its first run after the last review, at the scheduled local time, lasting the estimate', () => {
		const books = eventOf('office/books');
		expect(books?.startDate.toString()).toBe('2026-03-05T09:30:00');
		expect(books?.endDate.toString()).toBe('2026-03-05T11:30:00');
		expect(eventOf('office/mail')?.startDate.toString()).toBe('2026-05-04T08:15:00'); // 2 May 2026 is a Saturday
	});

	it('recurs at the local time through daylight saving changes', () => {
		// 15 March is GMT (UTC+0); 15 June and 15 September are BST (UTC+1).
		expect(occurrences('calendars/plan', 4)).toEqual([
			'2025-09-15T12:00:00.000Z',
			'2025-12-15T13:00:00.000Z',
			'2026-03-15T13:00:00.000Z',
			'2026-06-15T12:00:00.000Z',
		]);
		expect(occurrences('production/timesheets', 3)).toEqual([
			'2026-05-04T08:00:00.000Z',
			'2026-05-18T08:00:00.000Z',
			'2026-06-01T08:00:00.000Z',
		]);
	});

	it('marks drafts as tentative and links every event to its SOP page', () => {
		const review = eventOf('calendars/review');
		expect(review?.summary).toBe('Weekly review (draft)');
		expect(review?.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
		expect(eventOf('office/books')?.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
		expect(eventOf('office/books')?.component.getFirstPropertyValue('url')).toBe('https://ops.example/handbook/office/books/');
	});

	it('escapes text and puts the checklist in the description', () => {
		expect(eventOf('office/books')?.summary).toBe('Reconcile the books, monthly; carefully');
		expect(text).toContain('SUMMARY:Reconcile the books\\, monthly\\; carefully');
		expect(eventOf('office/books')?.description).toContain('- [ ] One thing');
		expect(eventOf('office/books')?.component.getFirstPropertyValue('categories')).toBe('Office management');
	});

	it('stamps events in UTC from the last review, never from the clock', () => {
		expect(text).toMatch(/^DTSTAMP:20260301T000000Z\r$/m);
	});

	it('folds lines at 75 octets with CRLF endings', () => {
		const lines = text.split('\r\n');
		expect(lines.every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
		expect(text.replaceAll('\r\n', '')).not.toContain('\n');
	});
});

describe('stable output', () => {
	it('gives the same UIDs and the same bytes on every run', () => {
		const again = buildCalendar(sops, options);
		expect(again).toBe(text);
		expect([...parse(again).byUid.keys()]).toEqual([...byUid.keys()]);
	});

	it('derives UIDs from the site host and SOP id only', () => {
		expect(eventUid('office/books', 'https://ops.example/')).toBe('sop-office.books@ops.example');
		expect(eventOf('office/books')?.uid).toBe('sop-office.books@ops.example');
		const edited = buildCalendar([{ ...sops[3]!, title: 'Renamed', estimatedMinutes: 90 }], options);
		expect(parse(edited).events[0]?.uid).toBe('sop-office.books@ops.example');
	});

	it('gives role feeds their own UIDs so two subscribed feeds never collide', () => {
		const feed = buildCalendar(sops, { ...options, role: { id: 'va', title: 'Virtual assistant' } });
		const uids = parse(feed).events.map((event) => event.uid);
		expect(uids).toContain('sop-office.books.for-va@ops.example');
		expect(uids.some((uid) => byUid.has(uid))).toBe(false);
		expect(feed).toContain('X-WR-CALNAME:Fixture Ops: Virtual assistant');
	});

	it('does not depend on the time zone of the machine that builds it', () => {
		// A time zone is fixed when a process starts, so each build runs in a child process.
		const script = `import { buildCalendar } from ${JSON.stringify(pathToFileURL(resolve('src/lib/handbook/ical.ts')).href)};
			const { sops, options } = JSON.parse(process.env.INPUT);
			process.stdout.write(String(new Date('2026-01-01T00:00:00Z').getTimezoneOffset()) + '\\n' + buildCalendar(sops, { ...options, areaTitles: new Map(options.areaTitles) }));`;
		const input = JSON.stringify({ sops, options: { ...options, areaTitles: [...options.areaTitles] } });
		for (const [tz, offset] of [
			['Pacific/Kiritimati', '-840'],
			['America/Los_Angeles', '480'],
		]) {
			const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
				env: { ...process.env, TZ: tz, INPUT: input },
				encoding: 'utf8',
			});
			expect(run.stderr).toBe('');
			const [seenOffset, ...rest] = run.stdout.split('\n');
			expect(seenOffset).toBe(offset);
			expect(rest.join('\n')).toBe(text);
		}
	});
});
