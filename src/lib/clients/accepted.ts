/**
 * Where a client's engagement meets the proposal lifecycle: the frozen record `npm run proposals:accept`
 * writes to `<proposals>/accepted/<id>.json`. The record's schema and verifying loader belong to
 * `proposals/`; this adapter turns a verified record into the facts a workspace needs.
 */
import { existsSync } from 'node:fs';
import type { AcceptedRecord } from '../../schemas/accepted.ts';
import type { Problem } from '../core/problems.ts';
import { recordPath } from '../proposals/accept.ts';
import { loadAcceptedRecord } from '../proposals/accepted-store.ts';
import type { AcceptedProposalFacts } from './engagement.ts';

/** The engagement facts a frozen record holds: the package and add-ons chosen, the services, hours, total and terms. */
export function factsFromRecord(record: AcceptedRecord): AcceptedProposalFacts {
	return {
		id: record.id,
		packageId: record.accepted.package,
		serviceIds: [
			...(record.package?.services.map((service) => service.id) ?? []),
			...record.lines.filter((line) => line.kind === 'service').map((line) => line.id),
		],
		addOnIds: record.accepted.addOns,
		hoursPerMonth: record.totals.hoursIncluded,
		monthlyTotal: record.totals.monthlyTotal,
		startDate: record.terms.startDate,
		minimumTermMonths: record.terms.termMonths,
		noticeDays: record.terms.noticeDays,
	};
}

/**
 * The facts of proposal `id`'s accepted record: `undefined` with no problem when it has not been
 * accepted; problems when a record exists but is malformed or was edited (its SHA-256 no longer matches).
 */
export function readAcceptedFacts(proposalsDir: string, id: string): { facts: AcceptedProposalFacts | undefined; problems: Problem[] } {
	if (!existsSync(recordPath(proposalsDir, id))) return { facts: undefined, problems: [] };
	const { record, problems } = loadAcceptedRecord(proposalsDir, id);
	return { facts: record ? factsFromRecord(record) : undefined, problems };
}
