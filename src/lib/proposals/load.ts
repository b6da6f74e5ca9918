/**
 * Reading proposal files: every `.yaml` file of a folder validated with the proposal schema in the
 * site's currency, every reference checked, every problem of the run reported together.
 */
import { existsSync } from 'node:fs';
import { proposalSchema, type Proposal } from '../../schemas/proposals.ts';
import { displayPath, readCollection, type SourceFile } from '../io/files.ts';
import { MAX_ADDONS } from '../pricing/rules.ts';
import { danglingReference, nearestId, problemsFromZod, type Problem } from '../core/problems.ts';
import type { CatalogIndex, ProposalSource } from './types.ts';

export interface LoadProposalsOptions {
	/** Load only the proposal with this id. */
	only?: string | undefined;
	/** Template names that exist; a proposal naming another one is a problem. */
	templates?: readonly string[] | undefined;
}

export interface LoadProposalsResult {
	proposals: ProposalSource[];
	problems: Problem[];
}

/** A proposal file whose own fields are valid; its references are not checked yet. */
interface ParsedProposal {
	source: SourceFile;
	data: Proposal;
}

/**
 * Reads the proposal files of `dir` (or only `options.only`) and validates each one's own fields in
 * `currency`. Needs no catalog, so a broken catalog never hides a proposal's own mistakes.
 */
export function parseProposalFiles(dir: string, currency: string, only?: string): { parsed: ParsedProposal[]; problems: Problem[] } {
	if (!existsSync(dir)) {
		return { parsed: [], problems: [{ file: displayPath(dir), field: '(folder)', message: 'proposals folder not found' }] };
	}
	const read = readCollection(dir, ['.yaml', '.yml']);
	let files = read.files;
	if (only !== undefined) {
		files = files.filter((file) => file.id === only);
		if (files.length === 0) {
			const nearest = nearestId(
				only,
				read.files.map((file) => file.id),
			);
			const hint = nearest ? `; did you mean "${nearest}"?` : '';
			return { parsed: [], problems: [{ file: displayPath(dir), field: '--only', message: `no proposal "${only}"${hint}` }] };
		}
	}
	const wantedFiles = new Set(files.map((file) => file.file));
	const problems = only === undefined ? [...read.problems] : read.problems.filter((problem) => wantedFiles.has(problem.file));
	const schema = proposalSchema({ currency });
	const parsed: ParsedProposal[] = [];
	for (const source of files) {
		if (source.data === undefined) continue; // the YAML syntax error is already reported
		const result = schema.safeParse(source.data);
		if (result.success) parsed.push({ source, data: result.data });
		else problems.push(...problemsFromZod(source.file, result.error, source.data));
	}
	return { parsed, problems };
}

/** Reads, validates and cross-checks the proposals in `dir` against the catalog. */
export function loadProposals(dir: string, index: CatalogIndex, options: LoadProposalsOptions = {}): LoadProposalsResult {
	const { parsed, problems } = parseProposalFiles(dir, index.catalog.site.currency, options.only);
	const serviceIds = [...index.services.keys()];
	const packageIds = [...index.packages.keys()];
	const proposals: ProposalSource[] = [];
	for (const { source, data } of parsed) {
		const own: Problem[] = [];
		const expectPackage = (field: string, id: string) => {
			if (!index.packages.has(id)) own.push(danglingReference(source.file, field, 'package', id, packageIds));
		};
		if (data.package !== undefined) expectPackage('package', data.package);
		data.packages?.forEach((id, i) => expectPackage(`packages[${i}]`, id));
		if (data.packages && new Set(data.packages).size !== data.packages.length) {
			own.push({ file: source.file, field: 'packages', message: 'offers the same package twice' });
		}
		const seen = new Map<string, number>();
		data.services.forEach((line, i) => {
			if (!index.services.has(line.id)) own.push(danglingReference(source.file, `services[${i}].id`, 'service', line.id, serviceIds));
			const earlier = seen.get(line.id);
			if (earlier !== undefined)
				own.push({ file: source.file, field: `services[${i}].id`, message: `"${line.id}" is already listed as services[${earlier}]` });
			seen.set(line.id, i);
		});
		const addons = data.services.filter((line) => line.optional).length;
		if (addons > MAX_ADDONS) {
			own.push({
				file: source.file,
				field: 'services',
				message: `offers ${addons} optional add-ons; at most ${MAX_ADDONS} fit in one proposal`,
			});
		}
		if (options.templates && !options.templates.includes(data.template)) {
			own.push(danglingReference(source.file, 'template', 'template', data.template, options.templates));
		}
		problems.push(...own);
		if (own.length === 0) proposals.push({ id: source.id, file: source.file, data });
	}
	return { proposals, problems };
}
