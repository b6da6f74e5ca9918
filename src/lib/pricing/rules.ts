/**
 * Every pricing rule of a proposal, in one place. All amounts are integer minor units of the site's
 * currency (see `money.ts` for the rounding rule: half away from zero, exact integer arithmetic).
 *
 * The order is fixed and documented:
 *
 * 1. **Lines.** Each service line is priced on its own and rounded to a whole minor unit:
 *    hourly = hours × rate (every month, or once when the line is billed once); monthly = the
 *    monthly fee; fixed = the one-time fee.
 * 2. **Subtotals.** Monthly recurring subtotal = package fee + every chosen recurring line;
 *    one-time subtotal = every chosen fixed-price line.
 * 3. **Discount.** Applies to the monthly recurring subtotal only: a percent of it (rounded), or a
 *    fixed amount per month, never more than the subtotal. One-time fees are not discounted.
 * 4. **Tax.** On the discounted recurring amount and on the one-time subtotal, separately.
 *    Exclusive: tax = rate × amount (rounded), added on top. Inclusive: the prices already contain
 *    the tax; net = amount × 100 / (100 + rate) (rounded) and tax = amount − net.
 * 5. **Totals.** Monthly total = discounted recurring + its tax (what each monthly invoice says);
 *    one-time total = one-time subtotal + its tax; first invoice = monthly total + one-time total;
 *    minimum contract value = monthly total × term months + one-time total (each month is invoiced
 *    and rounded on its own, so the contract is a whole number of monthly invoices); effective
 *    hourly rate = monthly recurring amount before tax ÷ hours included per month (rounded).
 * 6. **Payment schedule.** With a deposit, the one-time total is split: deposit = percent of the
 *    one-time total (tax included, rounded), balance = the rest, so the two always add up to it.
 */
import { hoursAt, multiplyRounded, percentOf, perHour, toFactor, FACTOR_SCALE, type Minor } from '../core/money.ts';

export type PricingModel = 'hourly' | 'monthly' | 'fixed';

/** How a service is priced, as the catalog or a proposal override says. */
export interface LinePricing {
	model: PricingModel;
	/** Hourly rate (hourly) or fee (monthly, fixed); hourly falls back to the site's rate. */
	amount?: Minor | undefined;
	/** Hours per month (hourly, monthly) or in total (fixed, and hourly billed once). */
	hours?: number | undefined;
	/** Hourly work billed once (launch-day cover) instead of every month. */
	once?: boolean | undefined;
}

/** A priced line. */
export interface PricedLine {
	model: PricingModel;
	/** True for monthly charges (hourly and monthly models); false for one-time (fixed) fees. */
	recurring: boolean;
	/** Hours per month (recurring) or in total (one-time); 0 when the catalog gives none. */
	hours: number;
	/** The rate per hour (hourly) or the fee (monthly, fixed). */
	unitAmount: Minor;
	/** What the line adds to its subtotal. */
	amount: Minor;
}

/** Prices one service line (step 1). `hourlyRate` is the site's standard rate. */
export function priceLine(pricing: LinePricing, hourlyRate: Minor): PricedLine {
	const hours = pricing.hours ?? 0;
	switch (pricing.model) {
		case 'hourly': {
			const rate = pricing.amount ?? hourlyRate;
			return { model: 'hourly', recurring: !pricing.once, hours, unitAmount: rate, amount: hoursAt(hours, rate) };
		}
		case 'monthly':
		case 'fixed': {
			const fee = pricing.amount ?? 0;
			return { model: pricing.model, recurring: pricing.model === 'monthly', hours, unitAmount: fee, amount: fee };
		}
	}
}

/** A discount on the recurring fees. */
export type Discount = { kind: 'percent'; percent: number } | { kind: 'amount'; amount: Minor };

/** Tax settings: rate in percent (up to four decimals) and whether prices already include it. */
export interface TaxRule {
	rate: number;
	inclusive: boolean;
}

/** The part of `subtotal` a discount takes off (step 3), never more than the subtotal. */
export function discountOn(subtotal: Minor, discount: Discount | undefined): Minor {
	if (!discount) return 0;
	if (discount.kind === 'percent') return percentOf(subtotal, discount.percent);
	return Math.min(discount.amount, subtotal);
}

/** Splits an amount into net and tax (step 4), for tax added on top or already included. */
export function applyTax(amount: Minor, tax: TaxRule): { net: Minor; tax: Minor; total: Minor } {
	if (tax.rate === 0) return { net: amount, tax: 0, total: amount };
	if (!tax.inclusive) {
		const added = percentOf(amount, tax.rate);
		return { net: amount, tax: added, total: amount + added };
	}
	const hundred = BigInt(100 * FACTOR_SCALE);
	const net = multiplyRounded(amount, hundred, hundred + toFactor(tax.rate));
	return { net, tax: amount - net, total: amount };
}

/** One charge in a total: a priced line's amount, whether it recurs, and the monthly hours it buys. */
export interface Charge {
	amount: Minor;
	recurring: boolean;
	/** Hours per month the charge pays for (recurring charges only count towards the hourly rate). */
	hours: number;
}

export interface TotalsInput {
	/** Monthly fee of the package. */
	packageFee: Minor;
	/** Hours per month the package includes. */
	packageHours: number;
	/** Every chosen line beyond the package (optional add-ons only when the client picks them). */
	charges: readonly Charge[];
	discount?: Discount | undefined;
	tax: TaxRule;
	/** Months the contract runs at least. */
	termMonths: number;
}

export interface Totals {
	/** Package fee plus recurring lines, as written (tax included when prices include tax). */
	recurringSubtotal: Minor;
	/** Taken off the recurring subtotal each month. */
	discount: Minor;
	/** True when an amount discount was larger than the subtotal and was cut down to it. */
	discountCapped: boolean;
	/** Recurring amount after discount, before tax. */
	recurringNet: Minor;
	/** Tax on the recurring amount. */
	recurringTax: Minor;
	/** What each monthly invoice comes to. */
	monthlyTotal: Minor;
	/** One-time fees, as written. */
	oneTimeSubtotal: Minor;
	oneTimeNet: Minor;
	oneTimeTax: Minor;
	oneTimeTotal: Minor;
	/** First month plus all one-time fees. */
	firstInvoice: Minor;
	/** Every monthly invoice of the minimum term plus the one-time fees. */
	minimumContractValue: Minor;
	/** Hours per month the recurring fees pay for. */
	hoursIncluded: number;
	/** Recurring net ÷ hours included; `null` without hours. */
	effectiveHourlyRate: Minor | null;
}

/** Applies steps 2–5 to a package and its chosen lines. */
export function computeTotals(input: TotalsInput): Totals {
	let recurringSubtotal = input.packageFee;
	let oneTimeSubtotal = 0;
	let hoursIncluded = input.packageHours;
	for (const charge of input.charges) {
		if (charge.recurring) {
			recurringSubtotal += charge.amount;
			hoursIncluded += charge.hours;
		} else {
			oneTimeSubtotal += charge.amount;
		}
	}
	const discount = discountOn(recurringSubtotal, input.discount);
	const discountCapped = input.discount?.kind === 'amount' && input.discount.amount > recurringSubtotal;
	const recurring = applyTax(recurringSubtotal - discount, input.tax);
	const oneTime = applyTax(oneTimeSubtotal, input.tax);
	// Hours are summed as floats; a tenth of a minute of drift must not change the rate.
	hoursIncluded = Math.round(hoursIncluded * FACTOR_SCALE) / FACTOR_SCALE;
	return {
		recurringSubtotal,
		discount,
		discountCapped,
		recurringNet: recurring.net,
		recurringTax: recurring.tax,
		monthlyTotal: recurring.total,
		oneTimeSubtotal,
		oneTimeNet: oneTime.net,
		oneTimeTax: oneTime.tax,
		oneTimeTotal: oneTime.total,
		firstInvoice: recurring.total + oneTime.total,
		minimumContractValue: recurring.total * input.termMonths + oneTime.total,
		hoursIncluded,
		effectiveHourlyRate: perHour(recurring.net, hoursIncluded) ?? null,
	};
}

/** Most optional add-ons one proposal offers; the document precomputes every combination of them. */
export const MAX_ADDONS = 8;

/**
 * Totals for every combination of optional add-ons, indexed by bit mask (bit `i` set = add-on `i`
 * chosen; index 0 = none). The HTML document looks totals up here when the client ticks add-ons, so
 * the browser never re-implements a pricing rule.
 */
export function totalsForEveryChoice(base: TotalsInput, addons: readonly Charge[]): Totals[] {
	if (addons.length > MAX_ADDONS) throw new RangeError(`at most ${MAX_ADDONS} optional add-ons, found ${addons.length}`);
	const results: Totals[] = [];
	for (let mask = 0; mask < 1 << addons.length; mask++) {
		const chosen = addons.filter((_, index) => mask & (1 << index));
		results.push(computeTotals({ ...base, charges: [...base.charges, ...chosen] }));
	}
	return results;
}

/** A deposit asked on the one-time fees: a percent of their total, and when the balance is due. */
export interface DepositRule {
	percent: number;
	/** YYYY-MM-DD day the balance is due; `null` for "on completion". */
	balanceDue: string | null;
}

/** One instalment of the one-time fees. */
export interface Instalment {
	kind: 'deposit' | 'balance';
	/** Integer minor units, tax included as on the one-time total. */
	amount: Minor;
	/** YYYY-MM-DD; `null` when due on acceptance (deposit) or on completion (balance). */
	due: string | null;
}

/** Splits the one-time total into deposit and balance (step 6); empty without a deposit or one-time fees. */
export function paymentSchedule(oneTimeTotal: Minor, deposit: DepositRule | undefined): Instalment[] {
	if (!deposit || oneTimeTotal === 0) return [];
	const first = percentOf(oneTimeTotal, deposit.percent);
	return [
		{ kind: 'deposit', amount: first, due: null },
		{ kind: 'balance', amount: oneTimeTotal - first, due: deposit.balanceDue },
	];
}
