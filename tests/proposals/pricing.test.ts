import { describe, expect, it } from 'vitest';
import { divideRounded, formatMoney, hoursAt, percentOf, perHour, toDecimalString } from '../../src/lib/core/money.ts';
import { applyTax, computeTotals, discountOn, priceLine, totalsForEveryChoice, type TotalsInput } from '../../src/lib/pricing/rules.ts';
import { toMinorUnits } from '../../src/schemas/common.ts';

const noTax = { rate: 0, inclusive: false };

describe('rounding', () => {
	it('rounds exact halves away from zero, both ways', () => {
		expect(divideRounded(5n, 2n)).toBe(3n);
		expect(divideRounded(-5n, 2n)).toBe(-3n);
		expect(divideRounded(15n, 10n)).toBe(2n);
		expect(divideRounded(25n, 10n)).toBe(3n); // not banker's rounding (which gives 2)
		expect(divideRounded(-25n, 10n)).toBe(-3n);
	});

	it('rounds anything short of a half towards the nearest unit', () => {
		expect(divideRounded(14n, 10n)).toBe(1n);
		expect(divideRounded(16n, 10n)).toBe(2n);
		expect(divideRounded(-14n, 10n)).toBe(-1n);
	});

	it('takes a percentage without floating-point drift', () => {
		expect(percentOf(1005, 10)).toBe(101); // 100.5 → 101
		expect(percentOf(1015, 10)).toBe(102); // 101.5 → 102, where 1015 * 0.1 in floats is 101.49999…
		expect(percentOf(10_000, 8.875)).toBe(888); // 887.5 → 888
		expect(percentOf(-1005, 10)).toBe(-101);
	});

	it('prices fractional hours exactly', () => {
		expect(hoursAt(1.5, 3850)).toBe(5775);
		expect(hoursAt(0.1, 333)).toBe(33); // 33.3
		expect(hoursAt(2.25, 6801)).toBe(15302); // 15302.25
		expect(hoursAt(0.5, 1)).toBe(1); // half a cent rounds up
	});

	it('divides an amount by hours for a rate, and has no rate without hours', () => {
		expect(perHour(130050, 18)).toBe(7225);
		expect(perHour(100000, 3)).toBe(33333);
		expect(perHour(100, 0)).toBeUndefined();
	});
});

describe('line prices', () => {
	it('prices an hourly line at the site rate unless the line gives its own', () => {
		expect(priceLine({ model: 'hourly', hours: 4 }, 6800)).toMatchObject({ recurring: true, unitAmount: 6800, amount: 27200, hours: 4 });
		expect(priceLine({ model: 'hourly', hours: 4, amount: 5500 }, 6800)).toMatchObject({ unitAmount: 5500, amount: 22000 });
	});

	it('treats monthly fees as recurring and fixed fees as one-time', () => {
		expect(priceLine({ model: 'monthly', amount: 45000, hours: 6 }, 6800)).toMatchObject({ recurring: true, amount: 45000, hours: 6 });
		expect(priceLine({ model: 'fixed', amount: 125000, hours: 16 }, 6800)).toMatchObject({ recurring: false, amount: 125000 });
	});
});

describe('discounts', () => {
	it('takes a percent of the recurring subtotal, rounded', () => {
		expect(discountOn(144500, { kind: 'percent', percent: 10 })).toBe(14450);
		expect(discountOn(99_999, { kind: 'percent', percent: 12.5 })).toBe(12500); // 12499.875
	});

	it('never takes more than the subtotal with an amount discount', () => {
		expect(discountOn(5000, { kind: 'amount', amount: 2000 })).toBe(2000);
		expect(discountOn(5000, { kind: 'amount', amount: 9000 })).toBe(5000);
	});

	it('is zero without a discount', () => {
		expect(discountOn(5000, undefined)).toBe(0);
	});
});

describe('tax', () => {
	it('adds exclusive tax on top, rounded', () => {
		expect(applyTax(130050, { rate: 20, inclusive: false })).toEqual({ net: 130050, tax: 26010, total: 156060 });
		expect(applyTax(1005, { rate: 8.25, inclusive: false })).toEqual({ net: 1005, tax: 83, total: 1088 }); // 82.9125
	});

	it('takes inclusive tax out of the price, so net plus tax is the price', () => {
		expect(applyTax(12000, { rate: 20, inclusive: true })).toEqual({ net: 10000, tax: 2000, total: 12000 });
		expect(applyTax(999, { rate: 20, inclusive: true })).toEqual({ net: 833, tax: 166, total: 999 }); // 832.5 → 833
		expect(applyTax(155000, { rate: 20, inclusive: true })).toEqual({ net: 129167, tax: 25833, total: 155000 });
	});

	it('leaves amounts alone at a zero rate', () => {
		expect(applyTax(4321, { rate: 0, inclusive: true })).toEqual({ net: 4321, tax: 0, total: 4321 });
	});
});

describe('totals', () => {
	// The fixture proposal `basic`, checked by hand: £900 package, £380 + 3 h × £55 extras, £450 project,
	// 10% off the recurring fees, VAT 20% on top, three months.
	const basic: TotalsInput = {
		packageFee: 90000,
		packageHours: 10,
		charges: [
			{ amount: 38000, recurring: true, hours: 5 },
			{ amount: 16500, recurring: true, hours: 3 },
			{ amount: 45000, recurring: false, hours: 0 },
		],
		discount: { kind: 'percent', percent: 10 },
		tax: { rate: 20, inclusive: false },
		termMonths: 3,
	};

	it('applies line → discount → tax in that order', () => {
		const totals = computeTotals(basic);
		expect(totals.recurringSubtotal).toBe(144500);
		expect(totals.discount).toBe(14450);
		expect(totals.recurringNet).toBe(130050);
		expect(totals.recurringTax).toBe(26010);
		expect(totals.monthlyTotal).toBe(156060);
	});

	it('never discounts one-time fees but taxes them', () => {
		const totals = computeTotals(basic);
		expect(totals.oneTimeSubtotal).toBe(45000);
		expect(totals.oneTimeTax).toBe(9000);
		expect(totals.oneTimeTotal).toBe(54000);
	});

	it('adds the first month and the one-time fees on the first invoice', () => {
		expect(computeTotals(basic).firstInvoice).toBe(156060 + 54000);
	});

	it('counts the minimum contract as whole monthly invoices plus the one-time fees', () => {
		expect(computeTotals(basic).minimumContractValue).toBe(156060 * 3 + 54000);
	});

	it('divides the recurring fees before tax by the hours they pay for', () => {
		const totals = computeTotals(basic);
		expect(totals.hoursIncluded).toBe(18);
		expect(totals.effectiveHourlyRate).toBe(7225);
	});

	it('reports an amount discount cut down to the subtotal', () => {
		const totals = computeTotals({
			packageFee: 1000,
			packageHours: 1,
			charges: [],
			discount: { kind: 'amount', amount: 5000 },
			tax: noTax,
			termMonths: 1,
		});
		expect(totals.discount).toBe(1000);
		expect(totals.discountCapped).toBe(true);
		expect(totals.monthlyTotal).toBe(0);
	});
});

describe('optional add-ons', () => {
	const base: TotalsInput = {
		packageFee: 100000,
		packageHours: 10,
		charges: [],
		discount: { kind: 'percent', percent: 10 },
		tax: { rate: 20, inclusive: false },
		termMonths: 3,
	};
	const addons = [
		{ amount: 30000, recurring: true, hours: 4 },
		{ amount: 50000, recurring: false, hours: 0 },
	];

	it('leaves add-ons out of the totals until chosen', () => {
		const [none] = totalsForEveryChoice(base, addons);
		expect(none).toEqual(computeTotals(base));
	});

	it('indexes every combination by bit mask', () => {
		const choices = totalsForEveryChoice(base, addons);
		expect(choices).toHaveLength(4);
		expect(choices[1]?.recurringSubtotal).toBe(130000); // first add-on only
		expect(choices[1]?.discount).toBe(13000); // the discount covers a chosen recurring add-on
		expect(choices[2]?.oneTimeTotal).toBe(60000); // second add-on only, taxed, not discounted
		expect(choices[3]?.minimumContractValue).toBe((117000 + 23400) * 3 + 60000);
	});

	it('refuses more add-ons than a document can precompute', () => {
		expect(() =>
			totalsForEveryChoice(
				base,
				Array.from({ length: 9 }, () => addons[0]!),
			),
		).toThrow(/at most 8/);
	});
});

describe('currencies', () => {
	it('works in yen, which has no minor unit', () => {
		const fee = toMinorUnits('123456', 'JPY') as number;
		expect(fee).toBe(123456);
		const totals = computeTotals({
			packageFee: fee,
			packageHours: 10,
			charges: [{ amount: hoursAt(1.5, 4999), recurring: true, hours: 1.5 }],
			tax: { rate: 10, inclusive: false },
			termMonths: 3,
		});
		expect(totals.recurringSubtotal).toBe(123456 + 7499); // 7498.5 → 7499
		expect(totals.recurringTax).toBe(13096); // 13095.5 → 13096
		expect(formatMoney(totals.monthlyTotal, 'ja-JP', 'JPY')).toBe('￥144,051');
		expect(toMinorUnits('1.5', 'JPY')).toMatch(/no minor units/);
	});

	it('works in Kuwaiti dinar, which has three decimals', () => {
		const fee = toMinorUnits('1250.125', 'KWD') as number;
		expect(fee).toBe(1_250_125);
		const totals = computeTotals({
			packageFee: fee,
			packageHours: 20,
			charges: [],
			discount: { kind: 'percent', percent: 5 },
			tax: noTax,
			termMonths: 6,
		});
		expect(totals.discount).toBe(62506); // 62506.25
		expect(totals.monthlyTotal).toBe(1_187_619);
		expect(toDecimalString(totals.monthlyTotal, 'KWD')).toBe('1187.619');
		expect(formatMoney(totals.monthlyTotal, 'en-US', 'KWD')).toBe('KWD\u00a01,187.619');
	});

	it('formats every digit exactly, beyond what a float keeps', () => {
		expect(formatMoney(900_719_925_474_099, 'en-US', 'USD')).toBe('$9,007,199,254,740.99');
		expect(formatMoney(-14450, 'en-GB', 'GBP')).toBe('-£144.50');
		expect(formatMoney(5, 'de-DE', 'EUR')).toBe('0,05\u00a0€');
	});
});
