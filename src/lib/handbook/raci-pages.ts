/**
 * How the RACI matrix is split into pages. A small handbook shows the whole matrix on one page; past
 * `raciOnePageLimit` procedures, `/handbook/raci/` lists the duty areas and each area's matrix is a
 * page of its own (`/handbook/<area>/raci/`), which always exists, so no page grows with the whole
 * handbook.
 */
import { splitPages, type ListPage } from '../core/pagination.ts';
import type { RaciMatrix } from './handbook.ts';
import { browsePageSize } from './list-pages.ts';

/** Most procedures the whole matrix shows on one page. */
export const raciOnePageLimit = 200;

/** Procedures in the matrix. */
export function raciRowCount(matrix: RaciMatrix): number {
	return matrix.sections.reduce((count, section) => count + section.rows.length, 0);
}

/** Whether `/handbook/raci/` shows the whole matrix, or only links to each area's. */
export function raciFitsOnePage(matrix: RaciMatrix, limit = raciOnePageLimit): boolean {
	return raciRowCount(matrix) <= limit;
}

/** One duty area's part of the matrix, with only the roles that take part in it as columns; undefined for an area without procedures. */
export function areaRaci(matrix: RaciMatrix, areaId: string): RaciMatrix | undefined {
	const section = matrix.sections.find(({ area }) => area.id === areaId);
	if (!section) return undefined;
	const used = matrix.roles.map((_, column) => section.rows.some(({ cells }) => (cells[column]?.length ?? 0) > 0));
	return {
		roles: matrix.roles.filter((_, column) => used[column]),
		sections: [
			{ area: section.area, rows: section.rows.map(({ sop, cells }) => ({ sop, cells: cells.filter((_, column) => used[column]) })) },
		],
	};
}

/**
 * One duty area's matrix in pages of `size` procedures (page n at `/handbook/<area>/raci/n/`), every
 * page with the same columns: the roles that take part anywhere in the area.
 */
export function areaRaciPages(
	matrix: RaciMatrix,
	areaId: string,
	size = browsePageSize,
): { matrix: RaciMatrix; page: ListPage<unknown> }[] {
	const area = areaRaci(matrix, areaId);
	const section = area?.sections[0];
	if (!area || !section) return [];
	return splitPages(section.rows, size).map((page) => ({
		matrix: { roles: area.roles, sections: [{ area: section.area, rows: [...page.items] }] },
		page,
	}));
}
