import { describe, expect, it } from 'vitest';
import {
	hoursPerMonth,
	hoursPerWeek,
	isRecurring,
	minutesPerMonth,
	recurringFrequencies,
	runsPerMonth,
} from '../../src/lib/handbook/cadence.ts';
import { frequencies } from '../../src/schemas/sops.ts';

describe('runs per month', () => {
	it('adds up to the runs of a 52-week year', () => {
		const perYear = Object.fromEntries(frequencies.map((frequency) => [frequency, Math.round(runsPerMonth[frequency] * 12 * 1000) / 1000]));
		expect(perYear).toEqual({ daily: 260, weekly: 52, biweekly: 26, monthly: 12, quarterly: 4, annually: 1, 'as-needed': 0 });
	});

	it('counts every frequency but as-needed as recurring, most frequent first', () => {
		expect(frequencies.filter(isRecurring)).toEqual([...recurringFrequencies]);
		expect(isRecurring('as-needed')).toBe(false);
	});
});

describe('hours from frequency × minutes', () => {
	it('turns one SOP into minutes per month', () => {
		expect(minutesPerMonth({ frequency: 'weekly', estimatedMinutes: 60 })).toBeCloseTo(260, 9);
		expect(minutesPerMonth({ frequency: 'quarterly', estimatedMinutes: 90 })).toBe(30);
		expect(minutesPerMonth({ frequency: 'as-needed', estimatedMinutes: 500 })).toBe(0);
	});

	it('sums several SOPs before rounding to a tenth of an hour', () => {
		// 3 × 10 min monthly = 30 min; rounding each to 0.2 h first would give 0.6 h.
		const three = Array.from({ length: 3 }, () => ({ frequency: 'monthly' as const, estimatedMinutes: 10 }));
		expect(hoursPerMonth(three)).toBe(0.5);
	});

	it('gives hours per week as the monthly minutes spread over 52/12 weeks', () => {
		const sops = [
			{ frequency: 'daily' as const, estimatedMinutes: 30 }, // 650 min a month, 150 a week
			{ frequency: 'annually' as const, estimatedMinutes: 240 }, // 20 min a month
		];
		expect(hoursPerMonth(sops)).toBe(11.2); // 670 min
		expect(hoursPerWeek(sops)).toBe(2.6); // 154.6 min
	});

	it('is zero for no SOPs or only as-needed ones', () => {
		expect(hoursPerMonth([])).toBe(0);
		expect(hoursPerWeek([{ frequency: 'as-needed', estimatedMinutes: 120 }])).toBe(0);
	});
});
