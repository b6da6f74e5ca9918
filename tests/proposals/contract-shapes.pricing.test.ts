/** Pricing rules of the contract shapes beyond a retainer: à la carte, hourly work billed once, deposit and balance. */
import { describe, expect, it } from 'vitest';
import { computeTotals, paymentSchedule, priceLine } from '../../src/lib/pricing/rules.ts';

const vat = { rate: 20, inclusive: false };

describe('hourly work billed once', () => {
	it('prices hours × rate as a one-time charge instead of a monthly one', () => {
		expect(priceLine({ model: 'hourly', hours: 8, once: true }, 6800)).toEqual({
			model: 'hourly',
			recurring: false,
			hours: 8,
			unitAmount: 6800,
			amount: 54400,
		});
	});

	it('adds to the one-time subtotal, not to the monthly total or the hours included', () => {
		const line = priceLine({ model: 'hourly', hours: 8, once: true }, 4500);
		const totals = computeTotals({
			packageFee: 90000,
			packageHours: 10,
			charges: [{ amount: line.amount, recurring: line.recurring, hours: 0 }],
			tax: vat,
			termMonths: 3,
		});
		expect(totals.recurringSubtotal).toBe(90000);
		expect(totals.oneTimeSubtotal).toBe(36000);
		expect(totals.oneTimeTax).toBe(7200);
		expect(totals.oneTimeTotal).toBe(43200);
		expect(totals.hoursIncluded).toBe(10);
	});
});

describe('à la carte (no package)', () => {
	it('totals the services alone, with an hourly rate from their hours', () => {
		const totals = computeTotals({
			packageFee: 0,
			packageHours: 0,
			charges: [
				{ amount: 35000, recurring: true, hours: 6 },
				{ amount: 11000, recurring: true, hours: 2 },
				{ amount: 45000, recurring: false, hours: 0 },
			],
			tax: vat,
			termMonths: 3,
		});
		expect(totals.recurringSubtotal).toBe(46000);
		expect(totals.monthlyTotal).toBe(55200);
		expect(totals.oneTimeTotal).toBe(54000);
		expect(totals.minimumContractValue).toBe(55200 * 3 + 54000);
		expect(totals.effectiveHourlyRate).toBe(5750); // 460.00 / 8 h
	});
});

describe('deposit and balance', () => {
	it('splits the one-time total, tax included, into a rounded deposit and the rest', () => {
		expect(paymentSchedule(81600, { percent: 50, balanceDue: null })).toEqual([
			{ kind: 'deposit', amount: 40800, due: null },
			{ kind: 'balance', amount: 40800, due: null },
		]);
		// 33.3333 % of 100,001 minor units is 33,333.63… → 33,334; the balance takes the rest so the two add up.
		const [deposit, balance] = paymentSchedule(100001, { percent: 33.3333, balanceDue: '2027-03-01' });
		expect(deposit?.amount).toBe(33334);
		expect(balance).toEqual({ kind: 'balance', amount: 66667, due: '2027-03-01' });
	});

	it('has no schedule without a deposit or without one-time fees', () => {
		expect(paymentSchedule(81600, undefined)).toEqual([]);
		expect(paymentSchedule(0, { percent: 50, balanceDue: null })).toEqual([]);
	});
});
