/** `contract.ics`: the contract's dates as valid iCalendar in the site's time zone, read back with ical.js. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { contractCalendar } from '../../src/lib/proposals/contract-calendar.ts';
import { build, resolveFixture } from './support.ts';

function parse(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text));
	const zone = calendar.getFirstSubcomponent('vtimezone');
	if (zone) ICAL.TimezoneService.register(zone);
	const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
	return { calendar, zone, events };
}

describe('contract.ics of an open proposal', () => {
	let text: string;
	beforeAll(async () => {
		const result = await build();
		expect(result.problems).toEqual([]);
		text = readFileSync(join(result.built.find((b) => b.id === 'basic')!.dir, 'contract.ics'), 'utf8');
	});

	it('is a VCALENDAR 2.0 in the site’s time zone, with its VTIMEZONE', () => {
		const { calendar, zone, events } = parse(text);
		expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
		expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/London');
		expect(zone?.getFirstPropertyValue('tzid')).toBe('Europe/London');
		for (const event of events) expect(event.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/London');
	});

	it('holds the offer’s expiry, the start, the last day to give notice and the end of the minimum term', () => {
		const { events } = parse(text);
		expect(events.map((event) => [event.summary, event.startDate.toString()])).toEqual([
			["Proposal expires: O'Brien & Daughters <Joinery>", '2026-12-02T09:00:00'],
			["Work starts: O'Brien & Daughters <Joinery>", '2027-01-04T09:00:00'],
			["Last day to give notice: O'Brien & Daughters <Joinery>", '2027-03-04T09:00:00'],
			["Minimum term ends: O'Brien & Daughters <Joinery>", '2027-04-03T09:00:00'],
		]);
		// 09:00 in London is 09:00 UTC in winter.
		expect(events[1]?.startDate.toJSDate().toISOString()).toBe('2027-01-04T09:00:00.000Z');
		expect(events[3]?.startDate.toJSDate().toISOString()).toBe('2027-04-03T08:00:00.000Z'); // British Summer Time
	});

	it('gives each event a UID that depends only on the proposal and the date’s kind, and marks them tentative', () => {
		const { events } = parse(text);
		expect(events.map((event) => event.uid)).toEqual([
			'proposal-basic-offer-expires@harbour-lane.example',
			'proposal-basic-start@harbour-lane.example',
			'proposal-basic-notice-deadline@harbour-lane.example',
			'proposal-basic-term-end@harbour-lane.example',
		]);
		for (const event of events) expect(event.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
	});
});

describe('contract.ics of an accepted proposal', () => {
	it('drops the offer’s expiry and confirms the contract dates', () => {
		const { proposal } = resolveFixture('basic');
		const accepted = {
			...proposal,
			acceptance: { date: '2026-11-20', by: 'S', package: 'starter', packageTitle: 'Starter', addOns: [], sha256: '0'.repeat(64) },
		};
		const { events } = parse(contractCalendar(accepted));
		expect(events.map((event) => event.uid.split('@')[0])).toEqual([
			'proposal-basic-start',
			'proposal-basic-notice-deadline',
			'proposal-basic-term-end',
		]);
		for (const event of events) expect(event.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
	});
});
