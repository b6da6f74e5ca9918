import { describe, expect, it } from 'vitest';
import { roleGroupOf, roleGroupsOnPage, roleListItems } from '../../src/lib/handbook/role-page.ts';
import { splitPages } from '../../src/lib/core/pagination.ts';
import type { RoleAssignment } from '../../src/lib/handbook/handbook.ts';
import { makeSop } from './factory.ts';

const assignment = (id: string, parts: RoleAssignment['parts'], owns = false): RoleAssignment => ({ sop: makeSop(id), parts, owns });

describe('a role page', () => {
	it('puts an assignment under the heading of the largest part the role plays', () => {
		expect(roleGroupOf({ parts: ['accountable', 'informed'] })).toBe('does');
		expect(roleGroupOf({ parts: ['consulted'] })).toBe('involved');
		expect(roleGroupOf({ parts: [] })).toBe('maintains');
	});

	it('orders the list heading by heading, keeping the handbook order inside each', () => {
		const items = roleListItems([
			assignment('office/a', ['informed']),
			assignment('office/b', ['responsible']),
			assignment('office/c', [], true),
			assignment('office/d', ['accountable']),
		]);
		expect(items.map(({ group, item }) => `${group}:${item.sop.id}`)).toEqual([
			'does:office/b',
			'does:office/d',
			'involved:office/a',
			'maintains:office/c',
		]);
	});

	it('shows on each page only the headings it has items for, each with its count over every page', () => {
		const items = roleListItems([
			...Array.from({ length: 3 }, (_, i) => assignment(`office/does-${i}`, ['responsible'])),
			assignment('office/told', ['informed']),
		]);
		const [first, second] = splitPages(items, 2);
		expect(roleGroupsOnPage(first!.items, items).map(({ id, total, items }) => [id, total, items.length])).toEqual([['does', 3, 2]]);
		expect(roleGroupsOnPage(second!.items, items).map(({ id, total, items }) => [id, total, items.length])).toEqual([
			['does', 3, 1],
			['involved', 1, 1],
		]);
	});
});
