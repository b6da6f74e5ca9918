/** How the RACI matrix is split: the whole matrix on one page for a small handbook, a page per duty area always. */
import { describe, expect, it } from 'vitest';
import { areaRaci, areaRaciPages, raciFitsOnePage, raciRowCount } from '../../src/lib/handbook/raci-pages.ts';
import type { RaciMatrix } from '../../src/lib/handbook/handbook.ts';
import type { AreaEntry, SopEntry } from '../../src/lib/catalog/types.ts';
import type { Role } from '../../src/schemas/roles.ts';

const role = (id: string) => ({ id, title: id }) as Role;
const area = (id: string) => ({ id, title: id }) as AreaEntry;
const sop = (id: string) => ({ id, title: id }) as SopEntry;

const matrix: RaciMatrix = {
	roles: [role('owner'), role('obm'), role('va')],
	sections: [
		{
			area: area('office'),
			rows: [
				{ sop: sop('office/a'), cells: [['informed'], ['accountable'], []] },
				{ sop: sop('office/b'), cells: [[], ['responsible', 'accountable'], []] },
			],
		},
		{ area: area('calendars'), rows: [{ sop: sop('calendars/c'), cells: [[], ['accountable'], ['responsible']] }] },
	],
};

describe('the RACI pages', () => {
	it('count every procedure, and keep the whole matrix on one page up to the limit', () => {
		expect(raciRowCount(matrix)).toBe(3);
		expect(raciFitsOnePage(matrix)).toBe(true);
		expect(raciFitsOnePage(matrix, 3)).toBe(true);
		expect(raciFitsOnePage(matrix, 2)).toBe(false);
	});

	it('give an area only its own procedures, and only the roles that take part in them as columns', () => {
		const office = areaRaci(matrix, 'office');
		expect(office?.roles.map(({ id }) => id)).toEqual(['owner', 'obm']);
		expect(office?.sections).toHaveLength(1);
		expect(office?.sections[0]?.rows.map(({ sop, cells }) => [sop.id, cells])).toEqual([
			['office/a', [['informed'], ['accountable']]],
			['office/b', [[], ['responsible', 'accountable']]],
		]);
		expect(areaRaci(matrix, 'calendars')?.roles.map(({ id }) => id)).toEqual(['obm', 'va']);
		expect(areaRaci(matrix, 'hr')).toBeUndefined();
	});

	it("cut an area's matrix into pages of rows, every page with the area's columns", () => {
		const pages = areaRaciPages(matrix, 'office', 1);
		expect(pages.map(({ page }) => [page.number, page.count])).toEqual([
			[1, 2],
			[2, 2],
		]);
		expect(pages.map(({ matrix }) => matrix.sections[0]!.rows.map(({ sop }) => sop.id))).toEqual([['office/a'], ['office/b']]);
		// The VA takes no part in the office area, so neither page has its column.
		for (const { matrix: part } of pages) expect(part.roles.map(({ id }) => id)).toEqual(['owner', 'obm']);
		expect(areaRaciPages(matrix, 'office')).toHaveLength(1);
		expect(areaRaciPages(matrix, 'nowhere')).toEqual([]);
	});
});
