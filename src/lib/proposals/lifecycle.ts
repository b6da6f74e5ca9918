/**
 * The lifecycle of the proposals in one folder: open offers resolve against the live catalog,
 * accepted ones render from their frozen record (whose hash and whose tie to the proposal file are
 * checked), revisions get their redline and the proposals they replace are marked superseded.
 */
import { existsSync } from 'node:fs';
import type { AcceptedRecord } from '../../schemas/accepted.ts';
import { danglingReference, type Problem } from '../core/problems.ts';
import { displayPath } from '../io/files.ts';
import { acceptedSource, proposalHash, recordPath } from './accept.ts';
import { catalogDrift } from './drift.ts';
import { frozenModel } from './record.ts';
import { loadAcceptedRecord } from './accepted-store.ts';
import { redline } from './redline.ts';
import { resolveProposal } from './resolve.ts';
import type { CatalogIndex, ProposalSource, ResolvedProposal, ResolveOptions } from './types.ts';

export interface LifecycleResult {
	/** The document model of each proposal that resolved, by id. */
	models: Map<string, ResolvedProposal>;
	/** Frozen records of accepted proposals, by id. */
	records: Map<string, AcceptedRecord>;
	problems: Problem[];
	warnings: Problem[];
}

/** Resolves every proposal of a folder into the model its documents show. */
export function resolveLifecycle(
	sources: readonly ProposalSource[],
	index: CatalogIndex,
	proposalsDir: string,
	options: ResolveOptions,
): LifecycleResult {
	const result: LifecycleResult = { models: new Map(), records: new Map(), problems: [], warnings: [] };
	for (const source of sources) {
		const model = source.data.accepted ? frozen(source, index, proposalsDir, result) : open(source, index, proposalsDir, options, result);
		if (model) result.models.set(source.id, model);
	}
	linkRevisions(sources, result);
	return result;
}

/** An open offer: resolved on today's catalog. A record without `accepted:` in the file means the block was deleted. */
function open(source: ProposalSource, index: CatalogIndex, dir: string, options: ResolveOptions, result: LifecycleResult) {
	const path = recordPath(dir, source.id);
	if (existsSync(path)) {
		result.problems.push({
			file: source.file,
			field: 'accepted',
			message: `is missing, but ${displayPath(path)} records an acceptance; restore the accepted: block from git (an accepted proposal cannot be reopened; write a revision instead)`,
		});
		return undefined;
	}
	const resolved = resolveProposal(source, index, options);
	result.problems.push(...resolved.problems);
	result.warnings.push(...resolved.warnings);
	return resolved.proposal;
}

/** An accepted proposal: its frozen record, verified, and tied to the file as it was accepted. */
function frozen(source: ProposalSource, index: CatalogIndex, dir: string, result: LifecycleResult) {
	const path = recordPath(dir, source.id);
	if (!existsSync(path)) {
		result.problems.push({
			file: source.file,
			field: 'accepted',
			message: `records an acceptance but its frozen record ${displayPath(path)} is missing; restore it from git, or remove accepted: and run npm run proposals:accept again`,
		});
		return undefined;
	}
	const { record, problems } = loadAcceptedRecord(dir, source.id);
	if (!record) {
		result.problems.push(...problems);
		return undefined;
	}
	if (proposalHash(source.data) !== record.proposalSha256) {
		result.problems.push({
			file: source.file,
			field: 'accepted',
			message: `the file was edited after it was accepted on ${record.accepted.date}; an accepted contract is frozen: undo the edit (git checkout) and write a revision instead (a new file with revises: ${source.id})`,
		});
		return undefined;
	}
	result.records.set(source.id, record);
	// The same choice on today's catalog, only to say what has changed since.
	const live = resolveProposal(
		acceptedSource(source, { package: record.accepted.package ?? undefined, addOns: record.accepted.addOns }),
		index,
		{
			today: source.data.validUntil,
		},
	);
	if (live.proposal) result.warnings.push(...catalogDrift(record, live.proposal, source.file));
	return frozenModel(record);
}

/** Redlines for open revisions (accepted ones keep the redline they were accepted with) and "superseded" on what they replace. */
function linkRevisions(sources: readonly ProposalSource[], result: LifecycleResult): void {
	const ids = sources.map((source) => source.id);
	const revisedBy = new Map<string, string>();
	for (const source of sources) {
		const previousId = source.data.revises;
		if (previousId === undefined) continue;
		const problem = revisionProblem(source, previousId, ids, revisedBy, sources);
		if (problem) {
			result.problems.push(problem);
			continue;
		}
		revisedBy.set(previousId, source.id);
		const previous = result.models.get(previousId);
		const current = result.models.get(source.id);
		if (!previous || !current) continue;
		if (!current.acceptance) result.models.set(source.id, { ...current, redline: redline(previous, current) });
		result.models.set(previousId, { ...previous, supersededBy: source.id });
	}
}

function revisionProblem(
	source: ProposalSource,
	previousId: string,
	ids: readonly string[],
	revisedBy: ReadonlyMap<string, string>,
	sources: readonly ProposalSource[],
): Problem | undefined {
	if (previousId === source.id) return { file: source.file, field: 'revises', message: 'a proposal cannot revise itself' };
	if (!ids.includes(previousId)) return danglingReference(source.file, 'revises', 'proposal', previousId, ids);
	const other = revisedBy.get(previousId);
	if (other)
		return { file: source.file, field: 'revises', message: `"${previousId}" is already revised by "${other}"; revise "${other}" instead` };
	// Following revises from the previous proposal must not come back here.
	const byId = new Map(sources.map((s) => [s.id, s.data.revises]));
	const seen = new Set([source.id]);
	for (let id: string | undefined = previousId; id !== undefined; id = byId.get(id)) {
		if (seen.has(id)) return { file: source.file, field: 'revises', message: `revisions go round in a circle through "${previousId}"` };
		seen.add(id);
	}
	return undefined;
}
