/**
 * A role's browse page: the procedures that name the role, under three headings by the part it
 * plays, in that order, so the list can be cut into pages and each page keeps its headings.
 */
import { groupsOnPage, orderByGroup } from '../core/pagination.ts';
import type { RoleAssignment } from './handbook.ts';

export type RoleGroupId = 'does' | 'involved' | 'maintains';

const groupOrder: readonly RoleGroupId[] = ['does', 'involved', 'maintains'];

export const roleGroupTitles: Readonly<Record<RoleGroupId, string>> = {
	does: 'Does the work or answers for it',
	involved: 'Is consulted or kept informed',
	maintains: 'Keeps the procedure up to date',
};

/** The heading an assignment goes under: responsible or accountable, else consulted or informed, else only the maintainer. */
export function roleGroupOf({ parts }: Pick<RoleAssignment, 'parts'>): RoleGroupId {
	if (parts.includes('responsible') || parts.includes('accountable')) return 'does';
	return parts.length > 0 ? 'involved' : 'maintains';
}

export type RoleListItem = { group: RoleGroupId; item: RoleAssignment };

/** The role's assignments in page order: heading by heading, each keeping the handbook's order. */
export function roleListItems(assignments: readonly RoleAssignment[]): RoleListItem[] {
	return orderByGroup(assignments, roleGroupOf, groupOrder);
}

/** One page's items under their headings; `total` counts the heading's procedures over every page. */
export function roleGroupsOnPage(pageItems: readonly RoleListItem[], all: readonly RoleListItem[]) {
	return groupsOnPage(pageItems, all, groupOrder, roleGroupTitles);
}
