import { describe, expect, it } from 'vitest';
import {
	groupsOnPage,
	pagePaths,
	orderByGroup,
	pageCount,
	pageHref,
	pageHrefs,
	pageParam,
	pagerNumbers,
	pageTitleNote,
	splitPages,
} from '../../src/lib/core/pagination.ts';

describe('splitPages', () => {
	it('cuts a list into pages of the given size, the last one shorter, with positions counted from 1', () => {
		const pages = splitPages(['a', 'b', 'c', 'd', 'e'], 2);
		expect(pages.map(({ items }) => items)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
		expect(pages.map(({ number, count, first, last, total }) => [number, count, first, last, total])).toEqual([
			[1, 3, 1, 2, 5],
			[2, 3, 3, 4, 5],
			[3, 3, 5, 5, 5],
		]);
	});

	it('gives an empty list its one empty page, and a list of exactly one page one page', () => {
		expect(splitPages([], 10)).toEqual([{ items: [], number: 1, count: 1, first: 0, last: 0, total: 0 }]);
		expect(splitPages([1, 2], 2)).toHaveLength(1);
	});

	it('refuses a page size that is not a whole number above zero', () => {
		expect(() => pageCount(3, 0)).toThrow(RangeError);
		expect(() => splitPages([1], 1.5)).toThrow('page size must be a whole number above 0, not 1.5');
	});
});

describe('page addresses', () => {
	it("keeps the list's own address for page 1 and puts page n one folder down", () => {
		expect(pageParam(1)).toBeUndefined();
		expect(pageParam(3)).toBe('3');
		expect(pageHref('/handbook/by-role/obm/', 1)).toBe('/handbook/by-role/obm/');
		expect(pageHref('/handbook/by-role/obm/', 3)).toBe('/handbook/by-role/obm/3/');
		expect(pageHrefs('/x/', 201, 100)).toEqual(['/x/', '/x/2/', '/x/3/']);
		expect(pageHrefs('/x/', 0, 100)).toEqual(['/x/']);
	});

	it('says which page a title is on only when there is more than one', () => {
		expect(pageTitleNote({ number: 1, count: 1 })).toBe('');
		expect(pageTitleNote({ number: 1, count: 3 })).toBe(' (page 1 of 3)');
		expect(pageTitleNote({ number: 3, count: 3 })).toBe(' (page 3 of 3)');
	});
});

describe('pagerNumbers', () => {
	it('shows every page of a short list', () => {
		expect(pagerNumbers(2, 4)).toEqual([1, 2, 3, 4]);
	});

	it('shows the first, the last and two either side of the current page of a long one, with gaps', () => {
		expect(pagerNumbers(1, 30)).toEqual([1, 2, 3, 'gap', 30]);
		expect(pagerNumbers(15, 30)).toEqual([1, 'gap', 13, 14, 15, 16, 17, 'gap', 30]);
		expect(pagerNumbers(30, 30)).toEqual([1, 'gap', 28, 29, 30]);
		// No gap for a single missing number's neighbour: 1 then 2 are adjacent.
		expect(pagerNumbers(4, 30)).toEqual([1, 2, 3, 4, 5, 6, 'gap', 30]);
	});

	it('stays as short at page 500 of 1,000 as at page 5 of 10', () => {
		expect(pagerNumbers(500, 1_000)).toHaveLength(pagerNumbers(5, 10).length);
	});
});

describe('lists under headings', () => {
	const order = ['odd', 'even'] as const;
	const all = orderByGroup([1, 2, 3, 4, 5], (n) => (n % 2 ? 'odd' : 'even'), order);

	it('orders the items heading by heading, each keeping its order', () => {
		expect(all.map(({ item }) => item)).toEqual([1, 3, 5, 2, 4]);
	});

	it("gives a page only the headings it has items for, with each heading's count over every page", () => {
		const [first, second] = splitPages(all, 3);
		const titles = { odd: 'Odd', even: 'Even' };
		expect(groupsOnPage(first!.items, all, order, titles)).toEqual([{ id: 'odd', title: 'Odd', total: 3, items: [1, 3, 5] }]);
		expect(groupsOnPage(second!.items, all, order, titles)).toEqual([{ id: 'even', title: 'Even', total: 2, items: [2, 4] }]);
	});
});

describe('pagePaths', () => {
	it('gives each page its route parameters and props, page 1 without a page parameter', () => {
		const paths = pagePaths(['a', 'b', 'c'], 2, { tool: 'slack' }, { name: 'Slack' });
		expect(paths.map(({ params }) => params)).toEqual([
			{ tool: 'slack', page: undefined },
			{ tool: 'slack', page: '2' },
		]);
		expect(paths.map(({ props }) => [props.name, props.page.items])).toEqual([
			['Slack', ['a', 'b']],
			['Slack', ['c']],
		]);
	});
});
