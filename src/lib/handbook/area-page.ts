/**
 * A duty area's handbook page: its procedures on a schedule, then those run when needed, cut into
 * pages of `browsePageSize`. Page 1 is the area's own address; page n is `/handbook/<area>/page/n/`
 * (an SOP may not be filed in a folder named `page`, see reserved-paths.ts).
 */
import type { SopEntry } from '../catalog/types.ts';
import { groupsOnPage, orderByGroup, splitPages, type ListPage } from '../core/pagination.ts';
import { paths } from '../core/urls.ts';
import { browsePageSize } from './list-pages.ts';

export type AreaGroupId = 'recurring' | 'as-needed';

const groupOrder: readonly AreaGroupId[] = ['recurring', 'as-needed'];

export const areaGroupTitles: Readonly<Record<AreaGroupId, string>> = { recurring: 'On a schedule', 'as-needed': 'When needed' };

export type AreaListItem = { group: AreaGroupId; item: SopEntry };

/** The area's procedures in page order, each page with every item's heading. */
export function areaListPages(
	sops: readonly SopEntry[],
	size = browsePageSize,
): { items: AreaListItem[]; pages: ListPage<AreaListItem>[] } {
	const items = orderByGroup(sops, (sop) => (sop.frequency === 'as-needed' ? 'as-needed' : 'recurring'), groupOrder);
	return { items, pages: splitPages(items, size) };
}

/** One page's procedures under their headings, each heading with its count over every page. */
export function areaGroupsOnPage(pageItems: readonly AreaListItem[], all: readonly AreaListItem[]) {
	return groupsOnPage(pageItems, all, groupOrder, areaGroupTitles);
}

/** The address of page `number` of an area's handbook page. */
export function areaPageHref(area: string, number: number): string {
	return number === 1 ? paths.handbookArea(area) : `${paths.handbookArea(area)}page/${number}/`;
}
