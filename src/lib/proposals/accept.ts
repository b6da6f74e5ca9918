/**
 * Recording a client's acceptance: check the choice against what was offered, resolve the proposal
 * on that choice, write the frozen record to `<proposals>/accepted/<id>.json` and the `accepted:`
 * block into the proposal file. From then on the documents render from the record.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { acceptanceSchema, proposalSchema, type Acceptance, type Proposal } from '../../schemas/proposals.ts';
import { nearestId, problemsFromZod, type Problem } from '../core/problems.ts';
import { displayPath } from '../io/files.ts';
import { writeFileAtomic } from '../io/write-atomic.ts';
import { canonicalJson, buildRecord, recordText, sha256 } from './record.ts';
import type { CatalogIndex, ProposalSource, ResolvedProposal } from './types.ts';

/** Path of the frozen record of proposal `id` in proposals folder `dir`. */
export function recordPath(dir: string, id: string): string {
	return join(dir, 'accepted', `${id}.json`);
}

/** The hash that ties a record to the proposal file: over the validated content, so comments and layout may change but no value may. */
export function proposalHash(data: Proposal): string {
	return sha256(canonicalJson(data));
}

/** The proposal as accepted: the chosen package alone, the chosen add-ons as ordinary lines, the others gone. */
export function acceptedSource(source: ProposalSource, acceptance: Pick<Acceptance, 'package' | 'addOns'>): ProposalSource {
	const chosen = new Set(acceptance.addOns);
	const { packages: _packages, recommended: _recommended, ...rest } = source.data;
	const data: Proposal = {
		...rest,
		package: acceptance.package ?? source.data.package,
		services: source.data.services.filter((line) => !line.optional || chosen.has(line.id)).map((line) => ({ ...line, optional: false })),
	};
	return { ...source, data };
}

/** Problems with a choice: a package that was not offered, an add-on that was not optional, a package missing where several were offered. */
export function choiceProblems(source: ProposalSource, acceptance: Pick<Acceptance, 'package' | 'addOns'>): Problem[] {
	const { data, file } = source;
	const offered = data.packages ?? (data.package ? [data.package] : []);
	const addons = data.services.filter((line) => line.optional).map((line) => line.id);
	const problems: Problem[] = [];
	const hint = (wanted: string, list: readonly string[]) => {
		const near = nearestId(wanted, list);
		return list.length === 0 ? ' (none were offered)' : `; ${near ? `did you mean "${near}"? ` : ''}offered: ${list.join(', ')}`;
	};
	if (acceptance.package === undefined && offered.length > 1) {
		problems.push({ file, field: '--package', message: `name the package the client chose; offered: ${offered.join(', ')}` });
	}
	if (acceptance.package !== undefined && !offered.includes(acceptance.package)) {
		problems.push({ file, field: '--package', message: `"${acceptance.package}" was not offered${hint(acceptance.package, offered)}` });
	}
	for (const id of acceptance.addOns) {
		if (!addons.includes(id))
			problems.push({ file, field: '--add-on', message: `"${id}" is not an optional add-on of this proposal${hint(id, addons)}` });
	}
	if (new Set(acceptance.addOns).size !== acceptance.addOns.length) {
		problems.push({ file, field: '--add-on', message: 'names the same add-on twice' });
	}
	return problems;
}

export interface AcceptOptions {
	/** Folder of proposal files. */
	proposalsDir: string;
	/** The proposal, validated (from `loadProposals`). */
	source: ProposalSource;
	index: CatalogIndex;
	acceptance: { date: string; by: string; package?: string | undefined; addOns: string[] };
	/** Resolves the proposal as accepted (the run's resolver, which also computes the redline of a revision). */
	resolve: (source: ProposalSource) => { proposal: ResolvedProposal | undefined; problems: Problem[] };
}

/** Records an acceptance: writes the frozen record, then the `accepted:` block into the proposal file. Nothing is written on a problem. */
export function acceptProposal(options: AcceptOptions): {
	problems: Problem[];
	recordFile: string | undefined;
	sha256: string | undefined;
} {
	const { source, proposalsDir, index } = options;
	const fail = (problems: Problem[]) => ({ problems, recordFile: undefined, sha256: undefined });
	if (source.data.accepted) {
		return fail([
			{
				file: source.file,
				field: 'accepted',
				message: `was already accepted on ${source.data.accepted.date} by ${source.data.accepted.by}; write a revision (a new file with revises: ${source.id}) to change it`,
			},
		]);
	}
	const parsed = acceptanceSchema.safeParse(options.acceptance);
	if (!parsed.success) return fail(problemsFromZod(source.file, parsed.error, options.acceptance));
	const offered = source.data.packages ?? (source.data.package ? [source.data.package] : []);
	const acceptance: Acceptance = { ...parsed.data, package: parsed.data.package ?? (offered.length === 1 ? offered[0] : undefined) };
	const problems = choiceProblems(source, acceptance);
	if (acceptance.date < source.data.date) {
		problems.push({
			file: source.file,
			field: '--on',
			message: `${acceptance.date} is before the proposal was issued on ${source.data.date}`,
		});
	}
	if (problems.length) return fail(problems);

	// The proposal file with its accepted: block, comments and layout kept.
	const path = join(proposalsDir, `${source.id}.yaml`);
	const filePath = existsSync(path) ? path : join(proposalsDir, `${source.id}.yml`);
	const doc = parseDocument(readFileSync(filePath, 'utf8'));
	doc.set('accepted', doc.createNode(acceptanceYaml(acceptance)));
	const text = doc.toString();
	const data = proposalSchema({ currency: index.catalog.site.currency }).safeParse(doc.toJS());
	if (!data.success) return fail(problemsFromZod(source.file, data.error, doc.toJS()));

	const resolved = options.resolve(acceptedSource({ ...source, data: data.data }, acceptance));
	if (!resolved.proposal) return fail(resolved.problems);
	const record = buildRecord(resolved.proposal, acceptance, proposalHash(data.data));
	const recordFile = recordPath(proposalsDir, source.id);
	writeFileAtomic(recordFile, recordText(record));
	writeFileAtomic(filePath, text);
	return { problems: [], recordFile: displayPath(recordFile), sha256: record.sha256 };
}

/** The `accepted:` block as written in YAML: no empty add-on list, no missing package. */
function acceptanceYaml(acceptance: Acceptance): Record<string, unknown> {
	return {
		date: acceptance.date,
		by: acceptance.by,
		...(acceptance.package === undefined ? {} : { package: acceptance.package }),
		...(acceptance.addOns.length ? { addOns: acceptance.addOns } : {}),
	};
}
