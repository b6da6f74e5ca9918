/**
 * Cached `Intl` formatters. Building a formatter costs far more than using one, and a large handbook
 * formats tens of thousands of dates, hours and prices in one build.
 */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(
	kind: string,
	locale: string,
	options: object,
	make: () => T,
): T {
	const key = `${kind} ${locale} ${JSON.stringify(options)}`;
	let formatter = cache.get(key) as T | undefined;
	if (!formatter) cache.set(key, (formatter = make()));
	return formatter;
}

/** A cached `Intl.NumberFormat`. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
	return cached('number', locale, options, () => new Intl.NumberFormat(locale, options));
}

/** A cached `Intl.DateTimeFormat`. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
	return cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options));
}

/** Cached `Intl.PluralRules`. */
export function pluralRules(locale: string, options: Intl.PluralRulesOptions = {}): Intl.PluralRules {
	return cached('plural', locale, options, () => new Intl.PluralRules(locale, options));
}
