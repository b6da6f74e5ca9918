/**
 * Building blocks shared by every collection schema: ids, dates, money and `Intl` checks.
 * They only depend on `zod`, so the same code runs in the build scripts, the dev server and the tests.
 */
import { z } from 'zod';

/** A lowercase, dash-separated slug such as `weekly-calendar-review`. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An entry id: one or more slugs joined by `/`, such as `office/reconcile-books-monthly`. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

/** A reference to another entry by its id. */
export const idRef = z.string().regex(idPattern, 'expected an id made of lowercase slugs such as "office/bookkeeping"');

/** A reference to a role in `roles.yaml`. */
export const roleRef = z.string().regex(slugPattern, 'expected a role id such as "obm"');

/** Who may see an entry: `internal` entries never reach the public build. */
export const audience = z.enum(['public', 'internal']).default('public');
export type Audience = z.output<typeof audience>;

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is a real calendar day written as `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
	const match = isoDatePattern.exec(text);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A calendar day, kept as an ISO `YYYY-MM-DD` string so no time zone can shift it.
 * YAML parsers that turn dates into `Date` objects (Astro's frontmatter) are accepted too.
 */
export const plainDate = z.union([z.date(), z.string()], { error: 'expected a date written as YYYY-MM-DD' }).transform((value, ctx) => {
	const text = value instanceof Date ? (Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10)) : value;
	if (!isIsoDate(text)) {
		ctx.addIssue({ code: 'custom', message: `expected a real date written as YYYY-MM-DD, found "${String(value)}"` });
		return z.NEVER;
	}
	return text;
});

/** A non-negative decimal amount in major units (`1250`, `99.5`, `"1,250.00"` is rejected). */
export const decimalAmount = z
	.union([z.number(), z.string()], { error: 'expected an amount such as 450 or 99.50' })
	.transform((value, ctx) => {
		const text = typeof value === 'number' ? numberToPlainString(value) : value.trim();
		if (!/^\d+(?:\.\d+)?$/.test(text)) {
			ctx.addIssue({
				code: 'custom',
				message: `expected a non-negative amount such as 450 or 99.50, found ${JSON.stringify(value)}`,
			});
			return z.NEVER;
		}
		return text;
	});

function numberToPlainString(value: number): string {
	if (!Number.isFinite(value) || value < 0) return String(value);
	// `String(1e21)` is exponential; amounts that large are not money anyone bills.
	return Math.abs(value) >= 1e15 ? 'too-large' : String(value);
}

const digitsByCurrency = new Map<string, number>();

/** Number of minor-unit digits of a currency: 2 for USD, 0 for JPY, 3 for KWD (cached: asking `Intl` is slow). */
export function currencyDigits(currency: string): number {
	let digits = digitsByCurrency.get(currency);
	if (digits === undefined) {
		digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
		digitsByCurrency.set(currency, digits);
	}
	return digits;
}

/**
 * Converts a decimal string in major units to integer minor units of `currency`, without floating point.
 * Returns an error message when the amount has more decimals than the currency allows.
 */
export function toMinorUnits(decimal: string, currency: string): number | string {
	const digits = currencyDigits(currency);
	const [whole = '0', fraction = ''] = decimal.split('.');
	const trimmed = fraction.replace(/0+$/, '');
	if (trimmed.length > digits) {
		return digits === 0
			? `${currency} has no minor units, so ${decimal} must be a whole number`
			: `${currency} allows at most ${digits} decimals, found ${decimal}`;
	}
	const minor = Number(whole + trimmed.padEnd(digits, '0'));
	if (!Number.isSafeInteger(minor)) return `amount ${decimal} is too large`;
	return minor;
}

/** A money amount parsed straight into integer minor units of `currency`. */
export function money(currency: string) {
	return decimalAmount.transform((decimal, ctx) => {
		const minor = toMinorUnits(decimal, currency);
		if (typeof minor === 'string') {
			ctx.addIssue({ code: 'custom', message: minor });
			return z.NEVER;
		}
		return minor;
	});
}

/** Context that schemas holding money need: the site's currency. */
export interface SchemaContext {
	currency: string;
}

/** True when `Intl` knows `code` as an ISO 4217 currency. */
export function isCurrency(code: string): boolean {
	if (!/^[A-Z]{3}$/.test(code)) return false;
	return Intl.supportedValuesOf('currency').includes(code);
}

/** True when `tag` is a valid BCP 47 language tag. */
export function isLocale(tag: string): boolean {
	try {
		return Intl.getCanonicalLocales(tag).length === 1;
	} catch {
		return false;
	}
}

/** True when `zone` is an IANA time zone `Intl` can use. */
export function isTimeZone(zone: string): boolean {
	try {
		new Intl.DateTimeFormat('en', { timeZone: zone });
		return zone.includes('/') || zone === 'UTC';
	} catch {
		return false;
	}
}

/** A tax rate in percent, 0 to 100, with at most four decimals (8.875). */
export const percent = z
	.number({ error: 'expected a percentage such as 8.25' })
	.min(0, 'expected a percentage of at least 0')
	.max(100, 'expected a percentage of at most 100')
	.refine((value) => Math.abs(value * 10_000 - Math.round(value * 10_000)) < 1e-6, 'expected at most four decimals');

// Control characters (CR, LF, tab, NUL, DEL, C1) in a one-line field would add lines to calendar
// feeds, headers and other line-based outputs; a line break belongs in a Markdown field instead.
const controlCharacter = /\p{Cc}/u;

/** A single line of text without control characters (may be empty); surrounding whitespace is trimmed first. */
export const plainLine = z
	.string({ error: 'expected text' })
	.trim()
	.refine((text) => !controlCharacter.test(text), 'must be one line of text without line breaks, tabs or other control characters');

/** A short non-empty line of text. */
export const line = plainLine.min(1, 'must not be empty');
