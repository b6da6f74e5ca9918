/** The starter practice as a new user builds it: complete, linked, and keeping its internal SOPs private. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/lib/catalog/load.ts';
import { findBrokenLinks } from '../../src/lib/site/links.ts';
import { paths } from '../../src/lib/core/urls.ts';
import { sharedSite } from '../helpers/shared-sites.ts';
import { filesContaining } from '../helpers/output.ts';

const { catalog } = loadCatalog('content');
let dist: string;

beforeAll(async () => {
	dist = (await sharedSite('starter')).dir;
});

describe('the starter site', () => {
	it('has a page for every public service and SOP', () => {
		const missing = [
			...catalog!.services.filter((s) => s.audience === 'public').map((s) => paths.service(s.id)),
			...catalog!.sops.filter((s) => s.audience === 'public' && s.status === 'active').map((s) => paths.sop(s.id)),
		].filter((path) => !existsSync(join(dist, path, 'index.html')));
		expect(missing).toEqual([]);
	});

	it('has no broken internal link or missing asset', () => {
		expect(findBrokenLinks(dist, catalog!.site.url)).toEqual([]);
	});

	it('publishes nothing of its internal SOPs, not even their titles', () => {
		const internal = catalog!.sops.filter((sop) => sop.audience === 'internal');
		expect(internal.length).toBeGreaterThan(0);
		for (const sop of internal) {
			expect(filesContaining(dist, sop.title), sop.id).toEqual([]);
			expect(filesContaining(dist, sop.id), sop.id).toEqual([]);
		}
	});
});
