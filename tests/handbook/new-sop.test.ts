import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/lib/catalog/load.ts';
import { isoDay } from '../../src/lib/core/dates.ts';
import { checkNewSop, newSopFile, sopSlug } from '../../src/lib/handbook/sop-template.ts';
import { runNode } from '../helpers/build.ts';
import { copyFixture, remove } from '../helpers/fixture.ts';

let dir: string;
const newSop = (...args: string[]) => runNode(['scripts/new-sop.ts', ...args], { OPSBOOK_CONTENT: dir });

beforeEach(() => {
	dir = copyFixture('handbook');
});
afterEach(() => remove(dir));

describe('npm run new:sop', () => {
	it('writes a valid draft SOP with every required field and the section skeleton', () => {
		const result = newSop('office', 'Reconcile the petty cash: weekly');
		expect(result.status).toBe(0);
		const path = join(dir, 'sops/office/reconcile-the-petty-cash-weekly.md');
		expect(result.output).toContain('reconcile-the-petty-cash-weekly.md');
		const text = readFileSync(path, 'utf8');
		expect(text).toContain('## Steps');
		expect(text).toContain('## Notes');

		const { catalog, problems } = loadCatalog(dir);
		expect(problems).toEqual([]);
		const sop = catalog?.sops.find((entry) => entry.id === 'office/reconcile-the-petty-cash-weekly');
		expect(sop).toMatchObject({
			title: 'Reconcile the petty cash: weekly',
			area: 'office',
			owner: 'obm',
			raci: { responsible: ['obm'], accountable: 'obm', consulted: [], informed: [] },
			status: 'draft',
			version: '0.1',
			reviewed: isoDay(new Date()),
			audience: 'public',
		});
	});

	it('refuses to overwrite an existing SOP and leaves it untouched', () => {
		const path = join(dir, 'sops/office/process-mail.md');
		const before = readFileSync(path, 'utf8');
		const result = newSop('office', 'Process mail!');
		expect(result.status).toBe(1);
		expect(result.output).toMatch(/sops\/office\/process-mail\.md already exists/);
		expect(readFileSync(path, 'utf8')).toBe(before);
	});

	it('refuses a title whose MDX file already exists', () => {
		const result = newSop('office', 'Onboard contractor');
		expect(result.status).toBe(1);
		expect(result.output).toMatch(/sops\/office\/onboard-contractor\.mdx already exists/);
		expect(existsSync(join(dir, 'sops/office/onboard-contractor.md'))).toBe(false);
	});

	it('names an unknown area and suggests the nearest one', () => {
		const result = newSop('ofice', 'Anything');
		expect(result.status).toBe(1);
		expect(result.output).toContain('unknown area "ofice". Did you mean "office"? Areas: calendars, office.');
		expect(existsSync(join(dir, 'sops/ofice'))).toBe(false);
	});

	it('prints usage when the title is missing', () => {
		const result = newSop('office');
		expect(result.status).toBe(1);
		expect(result.output).toContain('Usage: npm run new:sop -- <area> "<title>"');
	});
});

describe('the new SOP template', () => {
	it('turns titles into short file names', () => {
		expect(sopSlug('Reconcile the books each month')).toBe('reconcile-the-books-each-month');
		expect(sopSlug('Café opening — checks')).toBe('cafe-opening-checks');
		expect(sopSlug('Prepare everything the accountant needs for the year end close and the tax return filing')).toBe(
			'prepare-everything-the-accountant-needs-for-the-year-end',
		);
		expect(sopSlug('!!!')).toBe('');
	});

	it('is valid for awkward titles and any owner', () => {
		for (const title of ['Say "hello": then # stop', "Owner's 'quoted' list", 'yes', '1.0', '- starts with a dash']) {
			const text = newSopFile({ area: 'office', title, owner: 'va', today: '2026-02-28' });
			expect(checkNewSop(text)).toEqual([]);
		}
	});
});
