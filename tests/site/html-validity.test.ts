/**
 * Valid HTML: the W3C Nu HTML checker finds no error on one built page of each kind (the pages of a
 * long list are checked in tests/handbook/long-lists.test.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { hasJava, nuErrors } from '../helpers/nu-checker.ts';
import { sharedSite } from '../helpers/shared-sites.ts';

/** One page of each kind the site builds, from the handbook fixture (MDX components included). */
const pages = {
	home: '/',
	services: '/services/',
	area: '/areas/office/',
	service: '/services/office/bookkeeping/',
	packages: '/packages/',
	about: '/about/',
	'not found': '/404.html',
	search: '/search/',
	'handbook home': '/handbook/',
	'handbook area': '/handbook/office/',
	SOP: '/handbook/office/reconcile-books/',
	'MDX SOP': '/handbook/office/onboard-contractor/',
	'by role': '/handbook/by-role/obm/',
	'by frequency': '/handbook/by-frequency/monthly/',
	'by tool': '/handbook/by-tool/quickbooks-online/',
	RACI: '/handbook/raci/',
	'RACI, one area': '/handbook/office/raci/',
	calendar: '/handbook/calendar/',
	'print, whole handbook': '/handbook/print/',
	'print, one area': '/handbook/office/print/',
};

describe.skipIf(!hasJava)('the Nu HTML checker', () => {
	let dist: string;
	beforeAll(async () => {
		dist = (await sharedSite('handbook')).dir;
	});

	it('finds no error on any kind of page', () => {
		const { errors, status } = nuErrors(dist, Object.values(pages));
		expect(errors).toEqual([]);
		expect(status).toBe(0);
	}, 120_000);
});
