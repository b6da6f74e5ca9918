import { afterAll, describe, expect, it } from 'vitest';
import { addMonthsToDay, daysBetween, formatDay, fromIsoDay } from '../../src/lib/core/dates.ts';
import { reviewDue, reviewStatus } from '../../src/lib/handbook/review.ts';
import { firstRun } from '../../src/lib/handbook/schedule.ts';
import { termEnds } from '../../src/lib/proposals/terms.ts';

const originalTz = process.env.TZ;
afterAll(() => {
	if (originalTz === undefined) delete process.env.TZ;
	else process.env.TZ = originalTz;
});

// Node applies a changed TZ at once, so each zone below really runs the helpers in that zone.
describe.each(['UTC', 'America/Chicago', 'Pacific/Auckland', 'Asia/Kolkata'])('calendar days with TZ=%s', (zone) => {
	it('adds months, clamping to the last day of a shorter month', () => {
		process.env.TZ = zone;
		expect(addMonthsToDay('2026-01-31', 1)).toBe('2026-02-28');
		expect(addMonthsToDay('2028-01-31', 1)).toBe('2028-02-29');
		expect(addMonthsToDay('2026-03-01', 1)).toBe('2026-04-01');
		expect(addMonthsToDay('2027-01-11', 6)).toBe('2027-07-11');
		expect(addMonthsToDay('2026-11-30', 3)).toBe('2027-02-28');
		expect(addMonthsToDay('2026-03-31', -1)).toBe('2026-02-28');
		expect(addMonthsToDay('2026-01-15', -13)).toBe('2024-12-15');
		expect(addMonthsToDay('2026-05-20', 0)).toBe('2026-05-20');
		expect(addMonthsToDay('2026-05-20', 120)).toBe('2036-05-20');
	});

	it('counts whole days across daylight-saving changes', () => {
		process.env.TZ = zone;
		expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
		expect(daysBetween('2026-10-20', '2026-11-10')).toBe(21);
		expect(daysBetween('2026-12-18', '2026-12-01')).toBe(-17);
		expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
	});

	it('ends terms, dues reviews and schedules runs on the same calendar days', () => {
		process.env.TZ = zone;
		expect(termEnds('2027-01-11', 6)).toBe('2027-07-10');
		expect(termEnds('2026-11-30', 3)).toBe('2027-02-27');
		expect(reviewDue({ reviewed: '2026-03-08', reviewEveryMonths: 6 })).toBe('2026-09-08');
		expect(reviewStatus({ reviewed: '2026-03-08', reviewEveryMonths: 6 }, fromIsoDay('2026-09-09'))).toEqual({
			due: '2026-09-08',
			state: 'overdue',
			daysLeft: -1,
		});
		expect(firstRun({ frequency: 'weekly', schedule: { weekday: 'mo', dayOfMonth: 1, month: 1, time: '09:00' } }, '2026-11-01')).toBe(
			'2026-11-02',
		);
		expect(firstRun({ frequency: 'monthly', schedule: { weekday: 'mo', dayOfMonth: 5, month: 1, time: '09:00' } }, '2026-03-06')).toBe(
			'2026-04-05',
		);
	});

	it('formats a day as that day whatever the zone', () => {
		process.env.TZ = zone;
		expect(formatDay('2027-07-10', 'en-US')).toBe('July 10, 2027');
		expect(formatDay('2027-01-01', 'en-GB')).toBe('1 January 2027');
	});
});
