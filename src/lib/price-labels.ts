/** Catalog price labels: what a service or package costs, in words a visitor reads at a glance. */
import type { Pricing } from '../schemas/services.ts';
import { currencyDigits } from '../schemas/common.ts';
import { numberFormat } from './intl.ts';

export interface MoneySettings {
	locale: string;
	currency: string;
}

/** Formats integer minor units as money for the site's locale and currency. */
export function formatMinor(minor: number, { locale, currency }: MoneySettings): string {
	const digits = currencyDigits(currency);
	const whole = minor % 10 ** digits === 0;
	return numberFormat(locale, {
		style: 'currency',
		currency,
		minimumFractionDigits: whole ? 0 : digits,
		maximumFractionDigits: digits,
	}).format(minor / 10 ** digits);
}

/** The rate an hourly service charges: its own amount or the site's hourly rate. */
export function hourlyRateOf(pricing: Pricing, siteHourlyRate: number): number {
	return pricing.amount ?? siteHourlyRate;
}

/** Monthly cost of an hourly service (hours × rate), rounded half away from zero to a minor unit. */
export function hourlyMonthly(pricing: Pricing, siteHourlyRate: number): number {
	return Math.round(hourlyRateOf(pricing, siteHourlyRate) * (pricing.hours ?? 0));
}

export interface PriceLabel {
	/** The headline figure, such as "$450". */
	amount: string;
	/** What the figure is per, such as "per month". */
	unit: string;
	/** A plain-words line on how the price works. */
	explanation: string;
}

/** The label a service's price shows in the catalog. */
export function servicePriceLabel(pricing: Pricing, siteHourlyRate: number, money: MoneySettings): PriceLabel {
	const hours = pricing.hours;
	const hoursText = hours === undefined ? '' : `${formatHours(hours, money.locale)} ${hours === 1 ? 'hour' : 'hours'}`;
	switch (pricing.model) {
		case 'hourly': {
			const rate = formatMinor(hourlyRateOf(pricing, siteHourlyRate), money);
			return {
				amount: rate,
				unit: 'per hour',
				explanation: `Billed by the hour; usually about ${hoursText} a month (${formatMinor(hourlyMonthly(pricing, siteHourlyRate), money)}).`,
			};
		}
		case 'monthly':
			return {
				amount: formatMinor(pricing.amount ?? 0, money),
				unit: 'per month',
				explanation: hours === undefined ? 'A flat monthly fee.' : `A flat monthly fee covering up to ${hoursText} of work.`,
			};
		case 'fixed':
			return {
				amount: formatMinor(pricing.amount ?? 0, money),
				unit: 'one-time',
				explanation: hours === undefined ? 'A fixed price for the whole piece of work.' : `A fixed price for the whole piece of work, about ${hoursText}.`,
			};
	}
}

/** The effective hourly rate of a package: its monthly fee spread over its hours. */
export function effectiveHourlyRate(monthlyFee: number, hoursPerMonth: number): number {
	return Math.round(monthlyFee / hoursPerMonth);
}

/** Hours for readers: "4", "3.5". */
export function formatHours(hours: number, locale: string): string {
	return numberFormat(locale, { maximumFractionDigits: 1 }).format(hours);
}
