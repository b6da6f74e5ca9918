/**
 * Valid HTML: the W3C Nu HTML checker (the `vnu-jar` package, run offline with the system Java) finds
 * no error on one built page of each kind. Without Java the test is skipped loudly, unless E2E=required.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedSite } from '../helpers/shared-sites.ts';

const hasJava = spawnSync('java', ['-version'], { encoding: 'utf8' }).status === 0;
if (!hasJava) {
	const message = 'Java was not found (install the Debian package "default-jre-headless"): the HTML validity test is SKIPPED.';
	if (process.env.E2E === 'required') throw new Error(`E2E=required but ${message}`);
	console.warn(`\n!!! ${message}\n`);
}

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
		const files = Object.values(pages).map((path) => join(dist, path.endsWith('/') ? `${path}index.html` : path));
		const jar = resolve('node_modules/vnu-jar/build/dist/vnu.jar');
		const result = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'gnu', ...files], { encoding: 'utf8' });
		// The checker exits 1 on any error and prints one line per error on stderr, naming the file.
		const errors = result.stderr
			.split('\n')
			.filter((line) => line.includes('error'))
			.map((line) => line.replace(`file:${dist}`, ''));
		expect(errors).toEqual([]);
		expect(result.status).toBe(0);
	}, 120_000);
});
