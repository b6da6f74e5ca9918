/** The contract terms of a proposal: the site's defaults with the proposal's overrides, and when the minimum term ends. */
import type { Proposal } from '../../schemas/proposals.ts';
import type { Site } from '../../schemas/site.ts';
import { addMonthsToDay, fromIsoDay, isoDay } from '../core/dates.ts';
import type { ResolvedTerms } from './types.ts';

/** The terms every option shares: each one the proposal's when it sets it, else the site's. */
export function resolveTerms(terms: Proposal['terms'], site: Site): ResolvedTerms {
	return {
		noticeDays: terms.noticeDays ?? site.terms.noticeDays,
		rollover: terms.rollover ?? site.terms.rollover,
		overageRate: terms.overageRate ?? site.terms.overageRate,
		billing: terms.billing ?? site.terms.billing,
		paymentDueDays: terms.paymentDueDays ?? site.terms.paymentDueDays,
		minimumTermMonths: terms.minimumTermMonths ?? null,
	};
}

/** The last day of a term of `months` that starts on `startDate`. */
export function termEnds(startDate: string, months: number): string {
	return dayBefore(addMonthsToDay(startDate, months));
}

function dayBefore(day: string): string {
	return isoDay(new Date(fromIsoDay(day).getTime() - 86_400_000));
}

/** The last day notice can be given to end a contract on `termEndsOn`: `noticeDays` before it. */
export function noticeDeadline(termEndsOn: string, noticeDays: number): string {
	return isoDay(new Date(fromIsoDay(termEndsOn).getTime() - noticeDays * 86_400_000));
}
