/**
 * `contract.ics` beside each proposal's documents: the contract's dates as events in the site's time
 * zone (with its VTIMEZONE): start, end of the minimum term, last day to give notice, and the offer's
 * expiry while it is open. A pure function of the model: same proposal, same bytes.
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { formatDay } from '../core/dates.ts';
import { wallClock } from '../handbook/ical.ts';
import { comparedOption } from './redline.ts';
import { noticeDeadline } from './terms.ts';
import type { ResolvedProposal } from './types.ts';

/** The dates a contract calendar holds, in order: what happens, on which day, and why it matters. */
export function contractDates(proposal: ResolvedProposal): { key: string; day: string; summary: string; description: string }[] {
	const option = comparedOption(proposal);
	const business = proposal.client.business;
	const deadline = noticeDeadline(option.termEnds, proposal.terms.noticeDays);
	const day = (iso: string) => formatDay(iso, proposal.site.locale);
	const which = proposal.multiple ? ` (${option.package.title} option)` : '';
	const dates = [
		{
			key: 'start',
			day: proposal.startDate,
			summary: `Work starts: ${business}`,
			description: `First day of work under proposal ${proposal.id}${which}, with ${proposal.site.name}.`,
		},
		{
			key: 'notice-deadline',
			day: deadline,
			summary: `Last day to give notice: ${business}`,
			description: `Notice of ${proposal.terms.noticeDays} days given by ${day(deadline)} ends the agreement when the minimum term ends on ${day(option.termEnds)}${which}. After that it continues month to month.`,
		},
		{
			key: 'term-end',
			day: option.termEnds,
			summary: `Minimum term ends: ${business}`,
			description: `Last day of the ${option.termMonths}-month minimum term${which}. Without notice, the agreement continues month to month.`,
		},
	];
	if (!proposal.acceptance) {
		dates.unshift({
			key: 'offer-expires',
			day: proposal.validUntil,
			summary: `Proposal expires: ${business}`,
			description: `Last day to accept proposal ${proposal.id}; after it, ask ${proposal.site.name} for a new one.`,
		});
	}
	return dates.sort((a, b) => a.day.localeCompare(b.day));
}

/** The iCalendar text of a proposal's contract dates. */
export function contractCalendar(proposal: ResolvedProposal): string {
	const host = new URL(proposal.site.url).hostname;
	const timezone = proposal.site.timezone;
	const calendar = ical({
		name: `${proposal.client.business}: contract with ${proposal.site.name}`,
		prodId: { company: 'Opsbook', product: 'Proposals', language: 'EN' },
		method: ICalCalendarMethod.PUBLISH,
		timezone: { name: null, generator: getVtimezoneComponent },
	});
	calendar.x('X-WR-TIMEZONE', timezone);
	// The stamp is the day the proposal (or its acceptance) was made, never the build's clock.
	const stamp = new Date(`${proposal.acceptance?.date ?? proposal.date}T00:00:00Z`);
	for (const date of contractDates(proposal)) {
		calendar.createEvent({
			id: `proposal-${proposal.id.replaceAll('/', '.')}-${date.key}@${host}`,
			stamp,
			start: wallClock(date.day, '09:00', 0),
			end: wallClock(date.day, '09:00', 30),
			timezone,
			summary: date.summary,
			description: date.description,
			status: proposal.acceptance ? ICalEventStatus.CONFIRMED : ICalEventStatus.TENTATIVE,
		});
	}
	return calendar.toString();
}
