/**
 * Ids the handbook's own pages use. The catalog refuses content that would take one, so every
 * entry's handbook address is unique; the rule lives here because loading checks it.
 */
import type { Catalog } from './types.ts';

/** Area ids the handbook's own pages use; content may not take them. */
export const reservedAreaIds = ['by-role', 'by-frequency', 'by-tool', 'raci', 'calendar', 'reviews', 'print'] as const;
/** Each SOP file or folder name an area's own pages take, and what those pages are. */
const reservedSopNames: Readonly<Record<string, string>> = { print: 'print view', raci: 'RACI matrix', page: 'further pages' };

/** Content whose handbook URL would clash with another page, one line each, such as an area called "raci". */
export function handbookPathProblems(catalog: Pick<Catalog, 'areas' | 'sops'>): { file: string; field: string; message: string }[] {
	const problems: { file: string; field: string; message: string }[] = [];
	const reserved = new Set<string>(reservedAreaIds);
	for (const area of catalog.areas) {
		if (reserved.has(area.id))
			problems.push({ file: area.file, field: 'id', message: `"${area.id}" is the address of a handbook page; rename the file` });
	}
	for (const sop of catalog.sops) {
		const [folder, ...rest] = sop.id.split('/');
		if (rest.length === 0 || folder !== sop.area) {
			problems.push({ file: sop.file, field: 'id', message: `SOP files belong in content/sops/${sop.area}/, the folder of their area` });
		} else if (Object.hasOwn(reservedSopNames, rest[0]!)) {
			// The first part only: a print view or matrix in parts lives below it (`office/print/2/`).
			const taken = rest.length === 1 ? `"${rest[0]}"` : `a folder "${rest[0]}"`;
			problems.push({
				file: sop.file,
				field: 'id',
				message: `${taken} is the address of the area's ${reservedSopNames[rest[0]!]}; rename the ${rest.length === 1 ? 'file' : 'folder'}`,
			});
		}
	}
	return problems;
}
