/**
 * Where a client's engagement meets the proposal lifecycle: the frozen record `npm run proposals:accept`
 * writes to `<proposals>/accepted/<id>.json`. The record's schema and verifying loader belong to
 * `proposals/`; this adapter turns a verified record into the facts a workspace needs.
 */
import type { AcceptedProposalFacts } from './engagement.ts';

/**
 * The facts of proposal `id`'s accepted record, or `undefined` when it has not been accepted.
 * TODO(#13): read and verify the record with the proposals loader and map its fields; until then no
 * proposal counts as accepted, and a client naming one is resolved live with a warning.
 */
export function readAcceptedFacts(_proposalsDir: string, _id: string): AcceptedProposalFacts | undefined {
	return undefined;
}
