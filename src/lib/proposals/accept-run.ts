/** `npm run proposals:accept`: load the catalog and the proposal, then record the acceptance (see `accept.ts`). */
import type { Problem } from '../core/problems.ts';
import { acceptProposal } from './accept.ts';
import { prepare } from './build.ts';
import { resolveLifecycle } from './lifecycle.ts';
import { loadProposals } from './load.ts';
import { redline } from './redline.ts';
import { resolveProposal } from './resolve.ts';
import type { ProposalSource } from './types.ts';

export interface RecordAcceptanceOptions {
	contentDir: string;
	proposalsDir: string;
	id: string;
	acceptance: { date: string; by: string; package?: string | undefined; addOns: string[] };
}

/** Records the acceptance of proposal `id`; every problem is returned and nothing is written when there is one. */
export function recordAcceptance(options: RecordAcceptanceOptions): {
	problems: Problem[];
	recordFile?: string | undefined;
	sha256?: string | undefined;
} {
	const { prepared, problems } = prepare(options.contentDir);
	if (!prepared) return { problems };
	const loaded = loadProposals(options.proposalsDir, prepared.index, { only: options.id, templates: prepared.templates });
	const source = loaded.proposals[0];
	if (!source) return { problems: loaded.problems };
	// A revision is accepted with its redline against the proposal it revises, frozen with it.
	const all = loadProposals(options.proposalsDir, prepared.index, { templates: prepared.templates }).proposals;
	const life = resolveLifecycle(all, prepared.index, options.proposalsDir, { today: options.acceptance.date });
	const resolve = (accepted: ProposalSource) => {
		const result = resolveProposal(accepted, prepared.index, { today: options.acceptance.date });
		const previous = accepted.data.revises === undefined ? undefined : life.models.get(accepted.data.revises);
		if (!result.proposal || !previous) return result;
		return { ...result, proposal: { ...result.proposal, redline: redline(previous, result.proposal) } };
	};
	return acceptProposal({ proposalsDir: options.proposalsDir, source, index: prepared.index, acceptance: options.acceptance, resolve });
}
