import { describe, expect, it } from 'vitest';
import { addMonthsToDay } from '../../src/lib/core/dates.ts';
import { overdueWarnings, reviewStatus } from '../../src/lib/handbook/review.ts';

const on = (day: string) => new Date(`${day}T12:00:00Z`);
const sop = (reviewed: string, reviewEveryMonths: number) => ({ reviewed, reviewEveryMonths });

describe('review due dates', () => {
	it('adds calendar months to the last review', () => {
		expect(reviewStatus(sop('2026-03-14', 6), on('2026-03-14')).due).toBe('2026-09-14');
		expect(reviewStatus(sop('2026-11-30', 3), on('2026-11-30')).due).toBe('2027-02-28');
	});

	it('clamps the end of a long month to the end of a short one', () => {
		expect(addMonthsToDay('2026-01-31', 1)).toBe('2026-02-28');
		expect(addMonthsToDay('2027-08-31', 6)).toBe('2028-02-29'); // leap year
		expect(addMonthsToDay('2026-05-31', 1)).toBe('2026-06-30');
	});

	it('moves a leap-day review to 28 February in a common year', () => {
		expect(reviewStatus(sop('2028-02-29', 12), on('2028-03-01')).due).toBe('2029-02-28');
		expect(reviewStatus(sop('2028-02-29', 48), on('2028-03-01')).due).toBe('2032-02-29');
	});
});

describe('review states', () => {
	// 2026-01-01 + 12 months = 2027-01-01: a 365-day period whose last 10% is 36.5 days.
	const yearly = sop('2026-01-01', 12);

	it('is current before the last tenth of the period', () => {
		expect(reviewStatus(yearly, on('2026-11-25'))).toEqual({ due: '2027-01-01', state: 'current', daysLeft: 37 });
	});

	it('is due soon from the start of the last tenth', () => {
		expect(reviewStatus(yearly, on('2026-11-26'))).toEqual({ due: '2027-01-01', state: 'due-soon', daysLeft: 36 });
	});

	it('is still due soon, not overdue, on the due day itself', () => {
		expect(reviewStatus(yearly, on('2027-01-01'))).toEqual({ due: '2027-01-01', state: 'due-soon', daysLeft: 0 });
	});

	it('is overdue from the day after the due day', () => {
		expect(reviewStatus(yearly, on('2027-01-02'))).toEqual({ due: '2027-01-01', state: 'overdue', daysLeft: -1 });
	});

	it('scales the due-soon window with a short period', () => {
		// 2026-01-15 + 1 month = 2026-02-15: 31 days, so due soon from 3.1 days left.
		const monthly = sop('2026-01-15', 1);
		expect(reviewStatus(monthly, on('2026-02-11')).state).toBe('current'); // 4 days left
		expect(reviewStatus(monthly, on('2026-02-12')).state).toBe('due-soon'); // 3 days left
	});

	it('counts in whole UTC days whatever the time of day', () => {
		expect(reviewStatus(yearly, new Date('2027-01-01T23:59:59Z')).state).toBe('due-soon');
		expect(reviewStatus(yearly, new Date('2027-01-02T00:00:00Z')).state).toBe('overdue');
	});

	it('treats a review dated in the future as current', () => {
		expect(reviewStatus(sop('2027-06-01', 6), on('2026-06-01')).state).toBe('current');
	});
});

describe('overdueWarnings', () => {
	const entry = (file: string, reviewed: string, status = 'active') => ({ file, reviewed, reviewEveryMonths: 6, status });

	it('lists overdue SOPs oldest first, one line each naming the file and field', () => {
		const warnings = overdueWarnings(
			[entry('content/sops/b.md', '2025-06-01'), entry('content/sops/a.md', '2025-01-10'), entry('content/sops/fresh.md', '2026-05-01')],
			on('2026-06-15'),
		);
		expect(warnings).toEqual([
			'content/sops/a.md: reviewed: review was due 2025-07-10 (340 days ago)',
			'content/sops/b.md: reviewed: review was due 2025-12-01 (196 days ago)',
		]);
	});

	it('ignores retired SOPs and due-soon ones', () => {
		expect(overdueWarnings([entry('old.md', '2020-01-01', 'retired'), entry('soon.md', '2025-12-20')], on('2026-06-15'))).toEqual([]);
	});
});
