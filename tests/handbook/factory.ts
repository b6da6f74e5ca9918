/** Valid catalog entries for unit tests, parsed by the real schemas so defaults apply as in content. */
import type { AreaEntry, SopEntry } from '../../src/lib/catalog/types.ts';
import { sopSchema, type SopInput } from '../../src/schemas/sops.ts';
import type { Role } from '../../src/schemas/roles.ts';

/** An SOP with id `area/slug`; every field valid unless overridden. */
export function makeSop(id: string, overrides: Partial<SopInput> = {}): SopEntry {
	const area = id.split('/')[0] ?? 'office';
	const input: SopInput = {
		title: `SOP ${id}`,
		area,
		summary: 'A summary.',
		owner: 'obm',
		raci: { responsible: 'va', accountable: 'obm' },
		frequency: 'monthly',
		estimatedMinutes: 60,
		version: '1.0',
		reviewed: '2026-01-01',
		purpose: 'A purpose.',
		trigger: 'A trigger.',
		doneWhen: 'Done.',
		checklist: ['One thing'],
		...overrides,
	};
	return { ...sopSchema.parse(input), id, file: `content/sops/${id}.md`, body: '' };
}

export function makeArea(id: string, order: number, title = id[0]?.toUpperCase() + id.slice(1)): AreaEntry {
	return { id, title, summary: `${title} work.`, order, file: `content/areas/${id}.md`, body: '' };
}

export function makeRole(id: string, title = id): Role {
	return { id, title, summary: `${title} role.`, kind: 'subcontractor' };
}

export const roles = [
	makeRole('owner', 'Business owner'),
	makeRole('obm', 'Online business manager'),
	makeRole('va', 'Virtual assistant'),
	makeRole('bookkeeper', 'Bookkeeper'),
	makeRole('idle', 'Idle role'),
];
export const areas = [makeArea('office', 1), makeArea('calendars', 2), makeArea('empty', 3)];
