/**
 * Money as integer minor units (cents, yen, fils): exact arithmetic helpers and `Intl` formatting.
 *
 * Rounding rule, used everywhere a fraction of a minor unit appears: **half away from zero**
 * (0.5 → 1, 1.5 → 2, -0.5 → -1). It is what people expect when they check a figure by hand, and it
 * treats charges and refunds symmetrically. Products and quotients are computed with `BigInt`, so no
 * floating-point error can move a result by a cent.
 */
import { currencyDigits } from '../../schemas/common.ts';
import { numberFormat } from './intl.ts';

/** An amount in integer minor units of a currency. */
export type Minor = number;

/** Scale of fixed-point factors (rates, percentages, hours): four decimals, as the schemas allow. */
export const FACTOR_SCALE = 10_000;

/** `numerator / denominator` rounded half away from zero, in exact integer arithmetic. */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
	if (denominator === 0n) throw new RangeError('division by zero');
	if (denominator < 0n) return divideRounded(-numerator, -denominator);
	const negative = numerator < 0n;
	const magnitude = negative ? -numerator : numerator;
	const quotient = (magnitude * 2n + denominator) / (denominator * 2n);
	return negative ? -quotient : quotient;
}

/** A decimal number with at most four decimals (a percent, a rate, hours) as an exact scaled integer. */
export function toFactor(value: number): bigint {
	const scaled = Math.round(value * FACTOR_SCALE);
	if (!Number.isSafeInteger(scaled)) throw new RangeError(`${value} is too large to use in a price`);
	return BigInt(scaled);
}

/** `amount × numerator / denominator`, rounded half away from zero to whole minor units. */
export function multiplyRounded(amount: Minor, numerator: bigint, denominator: bigint): Minor {
	return toSafeNumber(divideRounded(BigInt(amount) * numerator, denominator));
}

/** `percent` % of `amount`, rounded half away from zero (`percent` may have four decimals, such as 8.875). */
export function percentOf(amount: Minor, percent: number): Minor {
	return multiplyRounded(amount, toFactor(percent), BigInt(100 * FACTOR_SCALE));
}

/** `hours` (up to four decimals) at `rate` per hour, rounded half away from zero. */
export function hoursAt(hours: number, rate: Minor): Minor {
	return multiplyRounded(rate, toFactor(hours), BigInt(FACTOR_SCALE));
}

/** `amount / hours` per hour, rounded half away from zero; `undefined` when there are no hours. */
export function perHour(amount: Minor, hours: number): Minor | undefined {
	const factor = toFactor(hours);
	if (factor <= 0n) return undefined;
	return toSafeNumber(divideRounded(BigInt(amount) * BigInt(FACTOR_SCALE), factor));
}

function toSafeNumber(value: bigint): Minor {
	const result = Number(value);
	if (!Number.isSafeInteger(result)) throw new RangeError(`amount ${value} is too large`);
	return result;
}

/** Minor-unit digits of `currency` (2 for USD, 0 for JPY, 3 for KWD). */
export const minorUnitDigits = currencyDigits;

/** An exact decimal string in major units, such as `"1234.50"` for 123450 USD cents or `"12.345"` KWD. */
export function toDecimalString(minor: Minor, currency: string): string {
	const digits = minorUnitDigits(currency);
	const sign = minor < 0 ? '-' : '';
	const text = String(Math.abs(minor)).padStart(digits + 1, '0');
	if (digits === 0) return sign + text;
	return `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** Formats minor units for readers, such as "$1,234.50", "￥1,235" or "KWD 12.345", per `locale`. */
export function formatMoney(minor: Minor, locale: string, currency: string): string {
	// A decimal string keeps every digit exact; `Intl` formats strings without going through a float.
	return numberFormat(locale, { style: 'currency', currency }).format(toDecimalString(minor, currency) as `${number}`);
}

/** Formats a price for the catalog: like `formatMoney`, but whole amounts without decimals ("$450", "$450.50"). */
export function formatPrice(minor: Minor, locale: string, currency: string): string {
	const digits = minorUnitDigits(currency);
	if (digits === 0 || minor % 10 ** digits !== 0) return formatMoney(minor, locale, currency);
	return numberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 0 }).format(
		minor / 10 ** digits,
	);
}

/** Formats a plain number (hours, counts) for readers with at most `maximumFractionDigits` decimals. */
export function formatNumber(value: number, locale: string, maximumFractionDigits = 1): string {
	return numberFormat(locale, { maximumFractionDigits }).format(value);
}
