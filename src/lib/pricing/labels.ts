/**
 * Catalog price labels: what a service or package costs, in words a visitor reads at a glance.
 * The figures come from `rules.ts` and `core/money.ts`, the same rules proposals use.
 */
import type { Pricing } from '../../schemas/services.ts';
import { formatNumber, formatPrice, perHour, type Minor } from '../core/money.ts';
import { priceLine } from './rules.ts';

export interface MoneySettings {
	locale: string;
	currency: string;
	/** The site's tax; prices say whether it is added or included when its rate is above 0. */
	tax?: { rate: number; label: string; inclusive: boolean };
}

/** "plus VAT" or "incl. VAT" beside a price when the site charges tax; `undefined` when it does not. */
export function taxNote({ tax }: MoneySettings): string | undefined {
	if (!tax || tax.rate <= 0) return undefined;
	return tax.inclusive ? `incl. ${tax.label}` : `plus ${tax.label}`;
}

/** A price with its tax note: "£450 plus VAT", or "£450" when the site charges no tax. */
export function formatPriceWithTax(minor: Minor, money: MoneySettings): string {
	const note = taxNote(money);
	return note ? `${formatMinor(minor, money)} ${note}` : formatMinor(minor, money);
}

/** Formats integer minor units as a catalog price for the site's locale and currency. */
export function formatMinor(minor: Minor, { locale, currency }: MoneySettings): string {
	return formatPrice(minor, locale, currency);
}

export interface PriceLabel {
	/** The headline figure, such as "$450". */
	amount: string;
	/** What the figure is per, such as "per month". */
	unit: string;
	/** A plain-words line on how the price works. */
	explanation: string;
	/** "plus VAT" / "incl. VAT" when the site charges tax. */
	tax?: string;
}

/** The label a service's price shows in the catalog. */
export function servicePriceLabel(pricing: Pricing, siteHourlyRate: Minor, money: MoneySettings): PriceLabel {
	const tax = taxNote(money);
	return tax ? { ...untaxedPriceLabel(pricing, siteHourlyRate, money), tax } : untaxedPriceLabel(pricing, siteHourlyRate, money);
}

function untaxedPriceLabel(pricing: Pricing, siteHourlyRate: Minor, money: MoneySettings): PriceLabel {
	const line = priceLine(pricing, siteHourlyRate);
	const hours = pricing.hours;
	const hoursText = hours === undefined ? '' : `${formatHours(hours, money.locale)} ${hours === 1 ? 'hour' : 'hours'}`;
	switch (pricing.model) {
		case 'hourly':
			return {
				amount: formatMinor(line.unitAmount, money),
				unit: 'per hour',
				explanation: `Billed by the hour; usually about ${hoursText} a month (${formatMinor(line.amount, money)}).`,
			};
		case 'monthly':
			return {
				amount: formatMinor(line.amount, money),
				unit: 'per month',
				explanation: hours === undefined ? 'A flat monthly fee.' : `A flat monthly fee covering up to ${hoursText} of work.`,
			};
		case 'fixed':
			return {
				amount: formatMinor(line.amount, money),
				unit: 'one-time',
				explanation:
					hours === undefined
						? 'A fixed price for the whole piece of work.'
						: `A fixed price for the whole piece of work, about ${hoursText}.`,
			};
	}
}

/**
 * The effective hourly rate of a package: its monthly fee spread over its hours, rounded half away from
 * zero to the minor unit (`perHour`, the rule proposals use), so every page shows the same figure.
 */
export function effectiveHourlyRate(monthlyFee: Minor, hoursPerMonth: number): Minor {
	return perHour(monthlyFee, hoursPerMonth) ?? monthlyFee;
}

/** A package's effective hourly rate as every page prints it: "£63.33", "$70". */
export function formatEffectiveHourlyRate(monthlyFee: Minor, hoursPerMonth: number, money: MoneySettings): string {
	return formatMinor(effectiveHourlyRate(monthlyFee, hoursPerMonth), money);
}

/** Hours for readers: "4", "3.5". */
export function formatHours(hours: number, locale: string): string {
	return formatNumber(hours, locale, 1);
}
