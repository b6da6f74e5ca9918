/** Cross-file rules of the catalog: every reference resolves and every file sits in its area's folder. */
import { danglingReference, type Problem } from '../core/problems.ts';
import type { Catalog, EntryMeta } from './types.ts';

/**
 * Every cross-file rule: references resolve, files sit in their area's folder. `fileIds` may name
 * entries that exist but failed validation, so references to them are not reported a second time.
 */
export function checkReferences(
	catalog: Omit<Catalog, 'site' | 'home'>,
	fileIds: { area?: string[]; service?: string[]; SOP?: string[] } = {},
): Problem[] {
	const problems: Problem[] = [];
	const ids = {
		role: catalog.roles.map((r) => r.id),
		area: fileIds.area ?? catalog.areas.map((a) => a.id),
		service: fileIds.service ?? catalog.services.map((s) => s.id),
		SOP: fileIds.SOP ?? catalog.sops.map((s) => s.id),
	};
	const known = { role: new Set(ids.role), area: new Set(ids.area), service: new Set(ids.service), SOP: new Set(ids.SOP) };
	const expect = (file: string, field: string, kind: keyof typeof ids, wanted: string) => {
		if (!known[kind].has(wanted)) problems.push(danglingReference(file, field, kind, wanted, ids[kind]));
	};
	const expectFolder = (entry: EntryMeta & { area: string }) => {
		const folder = entry.id.split('/')[0];
		if (entry.id.includes('/') && folder !== entry.area && known.area.has(entry.area)) {
			problems.push({
				file: entry.file,
				field: 'area',
				message: `is "${entry.area}" but the file is in the "${folder}" folder; move the file or fix the area`,
			});
		}
	};

	for (const service of catalog.services) {
		expect(service.file, 'area', 'area', service.area);
		expectFolder(service);
		service.sops.forEach((sop, i) => expect(service.file, `sops[${i}]`, 'SOP', sop));
	}
	for (const pkg of catalog.packages) {
		pkg.services.forEach((service, i) => expect(pkg.file, `services[${i}]`, 'service', service));
	}
	for (const sop of catalog.sops) {
		expect(sop.file, 'area', 'area', sop.area);
		expectFolder(sop);
		expect(sop.file, 'owner', 'role', sop.owner);
		sop.raci.responsible.forEach((role, i) => expect(sop.file, `raci.responsible[${i}]`, 'role', role));
		expect(sop.file, 'raci.accountable', 'role', sop.raci.accountable);
		sop.raci.consulted.forEach((role, i) => expect(sop.file, `raci.consulted[${i}]`, 'role', role));
		sop.raci.informed.forEach((role, i) => expect(sop.file, `raci.informed[${i}]`, 'role', role));
		sop.related.forEach((related, i) => {
			if (related === sop.id) problems.push({ file: sop.file, field: `related[${i}]`, message: 'an SOP cannot be related to itself' });
			else expect(sop.file, `related[${i}]`, 'SOP', related);
		});
	}
	return problems;
}
