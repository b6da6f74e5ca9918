/**
 * Long lists split into numbered pages, so no page grows with the whole handbook. Page 1 keeps the
 * list's own address (`/handbook/by-role/obm/`); page n is one folder down (`…/obm/n/`).
 */

/** One page of a list: its items and where it sits among the pages. */
export interface ListPage<T> {
	items: readonly T[];
	/** 1-based page number. */
	number: number;
	/** How many pages the list has (at least 1, even when it is empty). */
	count: number;
	/** 1-based position of this page's first item in the whole list (0 on an empty list). */
	first: number;
	/** 1-based position of its last item. */
	last: number;
	/** Items in the whole list. */
	total: number;
}

/** How many pages of `size` items `total` items take; an empty list still has its one page. */
export function pageCount(total: number, size: number): number {
	if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a whole number above 0, not ${size}`);
	return Math.max(1, Math.ceil(total / size));
}

/** `items` in pages of at most `size`. */
export function splitPages<T>(items: readonly T[], size: number): ListPage<T>[] {
	const count = pageCount(items.length, size);
	return Array.from({ length: count }, (_, index) => {
		const slice = items.slice(index * size, (index + 1) * size);
		const first = slice.length ? index * size + 1 : 0;
		return { items: slice, number: index + 1, count, first, last: first ? first + slice.length - 1 : 0, total: items.length };
	});
}

/** The value of a page's `[...page]` route parameter: none for page 1, whose address stays the list's own. */
export function pageParam(number: number): string | undefined {
	return number === 1 ? undefined : String(number);
}

/**
 * `getStaticPaths` entries for every page of a list: `params` plus the page's `[...page]` value, and
 * `props` plus the page itself.
 */
export function pagePaths<T, Params extends object, Props extends object>(
	items: readonly T[],
	size: number,
	params: Params,
	props: Props,
): { params: Params & { page: string | undefined }; props: Props & { page: ListPage<T> } }[] {
	return splitPages(items, size).map((page) => ({ params: { ...params, page: pageParam(page.number) }, props: { ...props, page } }));
}

/** What a page's title adds: ` (page n of m)`, or nothing when the list fits on one page. */
export function pageTitleNote(page: Pick<ListPage<unknown>, 'number' | 'count'>): string {
	return page.count > 1 ? ` (page ${page.number} of ${page.count})` : '';
}

/** The address of page `number` of a list whose first page is at `base` (a path ending in `/`). */
export function pageHref(base: string, number: number): string {
	return number === 1 ? base : `${base}${number}/`;
}

/** The address of every page of a list of `total` items, for the sitemap. */
export function pageHrefs(base: string, total: number, size: number): string[] {
	return Array.from({ length: pageCount(total, size) }, (_, index) => pageHref(base, index + 1));
}

/**
 * The page numbers a pager links: the first, the last, and two either side of the current one; `gap`
 * marks where numbers are left out, so the pager stays short however many pages there are.
 */
export function pagerNumbers(current: number, count: number, around = 2): (number | 'gap')[] {
	const shown = [...new Set([1, count, ...Array.from({ length: around * 2 + 1 }, (_, i) => current - around + i)])]
		.filter((n) => n >= 1 && n <= count)
		.sort((a, b) => a - b);
	return shown.flatMap((n, index) => (index > 0 && n - shown[index - 1]! > 1 ? ['gap' as const, n] : [n]));
}

/** `items` ordered heading by heading (`order`), each keeping its own order, so a list cut into pages keeps its headings. */
export function orderByGroup<G, T>(items: readonly T[], groupOf: (item: T) => G, order: readonly G[]): { group: G; item: T }[] {
	const grouped = items.map((item) => ({ group: groupOf(item), item }));
	return order.flatMap((group) => grouped.filter((entry) => entry.group === group));
}

/**
 * One page's items under their headings, in `order`, each with its title from `titles`; `total` counts
 * a heading's items over every page.
 */
export function groupsOnPage<G extends string, T>(
	pageItems: readonly { group: G; item: T }[],
	all: readonly { group: G; item: T }[],
	order: readonly G[],
	titles: Readonly<Record<G, string>>,
): { id: G; title: string; total: number; items: T[] }[] {
	return order
		.map((group) => ({
			id: group,
			title: titles[group],
			total: all.filter((entry) => entry.group === group).length,
			items: pageItems.filter((entry) => entry.group === group).map(({ item }) => item),
		}))
		.filter(({ items }) => items.length > 0);
}
