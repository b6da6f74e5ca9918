/** Engagement terms and the first-month plan, from the start date. */
import { describe, expect, it } from 'vitest';
import { contractTerms } from '../../src/lib/clients/engagement.ts';
import { contractMilestones } from '../../src/lib/clients/milestones.ts';
import { firstMonthPlan } from '../../src/lib/clients/plan.ts';
import { fixtureWorkspace } from './support.ts';

describe('contractTerms', () => {
	it('ends the minimum term the day before the same date months later, and sets the notice deadline before it', () => {
		expect(contractTerms('2027-01-11', 3, 30)).toEqual({
			startDate: '2027-01-11',
			minimumTermMonths: 3,
			termEnds: '2027-04-10',
			noticeDays: 30,
			noticeDeadline: '2027-03-11',
		});
	});
});

describe('contractMilestones', () => {
	it('lists start, notice deadline and end of minimum term in date order', () => {
		const milestones = contractMilestones(fixtureWorkspace('alpha').engagement, 'Alphacanary Studio', 'en-US');
		expect(milestones.map(({ id, day }) => [id, day])).toEqual([
			['start', '2027-03-01'],
			['notice-deadline', '2027-05-01'],
			['term-ends', '2027-05-31'],
		]);
	});
});

describe('firstMonthPlan', () => {
	const alpha = fixtureWorkspace('alpha');
	const plan = firstMonthPlan(alpha.catalog, alpha.engagement);

	it('starts with the set-up of each service on the start date, by the OBM', () => {
		const setups = plan.month.filter((item) => item.kind === 'setup');
		expect(setups.map((item) => item.day)).toEqual(['2027-03-01', '2027-03-01']);
		expect(setups.every((item) => item.who.join() === 'obm')).toBe(true);
		expect(plan.month[0]?.kind).toBe('setup');
	});

	it('lists the first run of each recurring procedure in date order, with who does it', () => {
		const days = plan.month.map((item) => item.day);
		expect(days).toEqual([...days].sort());
		// 2027-03-01 is a Monday: the fern watering (Wednesdays) first falls on the 3rd.
		expect(plan.month.find((item) => item.id === 'office/alpha-only')).toMatchObject({ day: '2027-03-03', who: ['va'] });
		expect(plan.month.find((item) => item.id === 'office/reconcile-books')?.day).toBe('2027-03-05');
	});

	it('keeps later first runs (a quarterly one) apart from the month', () => {
		expect(plan.ends).toBe('2027-03-31');
		expect(plan.month.every((item) => item.day <= plan.ends)).toBe(true);
		expect([...plan.month, ...plan.later].some((item) => item.id === 'calendars/plan-quarter')).toBe(true);
	});
});
