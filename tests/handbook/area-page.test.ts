import { describe, expect, it } from 'vitest';
import { areaGroupsOnPage, areaListPages, areaPageHref } from '../../src/lib/handbook/area-page.ts';
import { makeSop } from './factory.ts';

describe("a duty area's handbook pages", () => {
	const sops = [
		makeSop('office/a', { frequency: 'as-needed' }),
		makeSop('office/b', { frequency: 'weekly' }),
		makeSop('office/c', { frequency: 'monthly' }),
	];

	it('list the procedures on a schedule first, then those run when needed, each heading on the pages it reaches', () => {
		const { items, pages } = areaListPages(sops, 2);
		expect(items.map(({ item }) => item.id)).toEqual(['office/b', 'office/c', 'office/a']);
		expect(areaGroupsOnPage(pages[0]!.items, items).map(({ title, total, items }) => [title, total, items.length])).toEqual([
			['On a schedule', 2, 2],
		]);
		expect(areaGroupsOnPage(pages[1]!.items, items).map(({ title, total }) => [title, total])).toEqual([['When needed', 1]]);
	});

	it("keep the area's address for page 1 and put page n under page/", () => {
		expect(areaPageHref('office', 1)).toBe('/handbook/office/');
		expect(areaPageHref('office', 2)).toBe('/handbook/office/page/2/');
	});
});
