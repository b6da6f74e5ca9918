/** The contract's milestones for calendar feeds: the start, the end of the minimum term, the notice deadline. */
import { formatDay } from '../core/dates.ts';
import type { Milestone } from '../handbook/ical.ts';
import type { Engagement } from './engagement.ts';

/** Milestones of `engagement`, in date order, described for `business` in `locale`. */
export function contractMilestones(engagement: Engagement, business: string, locale: string): Milestone[] {
	const { startDate, termEnds, noticeDeadline, noticeDays, minimumTermMonths } = engagement.terms;
	const months = `${minimumTermMonths} month${minimumTermMonths === 1 ? '' : 's'}`;
	return [
		{ id: 'start', title: `${business}: engagement starts`, day: startDate, description: `First day of the engagement.` },
		{
			id: 'notice-deadline',
			title: `${business}: last day to give notice`,
			day: noticeDeadline,
			description: `Give ${noticeDays} days' written notice by today to end the engagement with its minimum term on ${formatDay(termEnds, locale)}.`,
		},
		{
			id: 'term-ends',
			title: `${business}: minimum term ends`,
			day: termEnds,
			description: `Last day of the ${months} minimum term; the engagement continues month to month unless notice was given.`,
		},
	].sort((a, b) => a.day.localeCompare(b.day));
}
