import { describe, expect, it } from 'vitest';
import { calendarRows } from '../../src/lib/handbook/operations-calendar.ts';
import { makeSop } from './factory.ts';

describe('calendarRows', () => {
	const sops = [30, 90, 15, 90, 60].map((minutes, i) => makeSop(`office/sop-${i}`, { estimatedMinutes: minutes, frequency: 'weekly' }));

	it('keeps every procedure, in order, while they fit', () => {
		expect(calendarRows(sops, 5)).toEqual({ rows: sops, left: 0 });
	});

	it('past the limit keeps those that take the most time a month, largest first, ties in handbook order', () => {
		const { rows, left } = calendarRows(sops, 3);
		expect(rows.map((sop) => sop.id)).toEqual(['office/sop-1', 'office/sop-3', 'office/sop-4']);
		expect(left).toBe(2);
	});
});
