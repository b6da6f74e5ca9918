/** When an SOP is next due for review, and whether that is soon or past. */
import type { SopEntry } from '../catalog/types.ts';
import { addMonthsToDay, daysBetween, isoDay } from '../core/dates.ts';

export type ReviewState = 'current' | 'due-soon' | 'overdue';

export interface ReviewStatus {
	/** ISO day the next review is due. */
	due: string;
	state: ReviewState;
	/** Days until due (negative when overdue). */
	daysLeft: number;
}

interface Reviewable {
	reviewed: string;
	reviewEveryMonths: number;
}

/** The ISO day the next review of `sop` is due: its last review plus its review period. */
export function reviewDue(sop: Reviewable): string {
	return addMonthsToDay(sop.reviewed, sop.reviewEveryMonths);
}

/** The review status of `sop` on `today`: due soon in the last 10% of its period, overdue after the due day. */
export function reviewStatus(sop: Reviewable, today: Date): ReviewStatus {
	const due = reviewDue(sop);
	const daysLeft = daysBetween(isoDay(today), due);
	const period = daysBetween(sop.reviewed, due);
	const state: ReviewState = daysLeft < 0 ? 'overdue' : daysLeft <= period * 0.1 ? 'due-soon' : 'current';
	return { due, state, daysLeft };
}

/** One warning line per overdue SOP that is still in use, oldest first. */
export function overdueWarnings(sops: readonly (Reviewable & { file: string; status: string })[], today: Date): string[] {
	return sops
		.filter((sop) => sop.status !== 'retired')
		.map((sop) => ({ sop, review: reviewStatus(sop, today) }))
		.filter(({ review }) => review.state === 'overdue')
		.sort((a, b) => a.review.due.localeCompare(b.review.due))
		.map(({ sop, review }) => `${sop.file}: reviewed: review was due ${review.due} (${-review.daysLeft} days ago)`);
}

/** One SOP on the review page. */
export interface ReviewEntry {
	sop: SopEntry;
	review: ReviewStatus;
}

/** SOPs in the order their reviews fall due (earliest first, then by title), with each one's status on `today`. */
export function reviewSchedule(sops: readonly SopEntry[], today: Date): ReviewEntry[] {
	return sops
		.filter((sop) => sop.status !== 'retired')
		.map((sop) => ({ sop, review: reviewStatus(sop, today) }))
		.sort((a, b) => a.review.due.localeCompare(b.review.due) || a.sop.title.localeCompare(b.sop.title));
}
