import { describe, expect, it } from 'vitest';
import { currencyDigits, isCurrency, isIsoDate, isLocale, isTimeZone, toMinorUnits } from '../../src/schemas/common.ts';
import { fieldPath, nearestId } from '../../src/lib/core/problems.ts';

describe('schema building blocks', () => {
	it('knows how many minor digits a currency has', () => {
		expect([currencyDigits('USD'), currencyDigits('JPY'), currencyDigits('KWD')]).toEqual([2, 0, 3]);
	});

	it('converts decimal strings to minor units without floating-point error', () => {
		expect(toMinorUnits('0.29', 'USD')).toBe(29);
		expect(toMinorUnits('1150', 'USD')).toBe(115000);
		expect(toMinorUnits('19.990', 'USD')).toBe(1999);
		expect(toMinorUnits('1500', 'JPY')).toBe(1500);
		expect(toMinorUnits('12.345', 'KWD')).toBe(12345);
		expect(toMinorUnits('1.5', 'JPY')).toMatch(/JPY has no minor units/);
	});

	it('accepts only real calendar dates', () => {
		expect(isIsoDate('2028-02-29')).toBe(true);
		expect(isIsoDate('2026-02-29')).toBe(false);
		expect(isIsoDate('2026-1-5')).toBe(false);
	});

	it('validates locale, currency and time zone with Intl', () => {
		expect(isLocale('en-GB')).toBe(true);
		expect(isLocale('not a locale')).toBe(false);
		expect(isCurrency('EUR')).toBe(true);
		expect(isCurrency('EUROS')).toBe(false);
		expect(isTimeZone('Europe/Berlin')).toBe(true);
		expect(isTimeZone('Berlin')).toBe(false);
	});

	it('names fields the way users write them', () => {
		expect(fieldPath(['services', 2, 'id'])).toBe('services[2].id');
		expect(fieldPath([])).toBe('(file)');
	});

	it('suggests the nearest id', () => {
		expect(nearestId('ofice/mail', ['office/mail', 'calendars/review'])).toBe('office/mail');
		expect(nearestId('x', [])).toBeUndefined();
	});
});
