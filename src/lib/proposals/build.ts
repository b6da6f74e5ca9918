/**
 * The proposals run, shared by `npm run proposals`, the benchmark and the tests: load the catalog and
 * the proposals, resolve, render every format in memory, and only when nothing failed write each
 * proposal's folder atomically. A failed run leaves every previous output as it was.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { loadCatalog } from '../catalog/load.ts';
import { displayPath } from '../io/files.ts';
import { openPdfPrinter, type PdfPrinter } from '../io/pdf.ts';
import { formatProblem, type Problem } from '../core/problems.ts';
import { loadProposals } from './load.ts';
import { indexCatalog } from './catalog-index.ts';
import { proposalJson, summaryLine } from './output.ts';
import { contractCalendar } from './contract-calendar.ts';
import { resolveLifecycle, type LifecycleResult } from './lifecycle.ts';
import { recordPath } from './accept.ts';
import { type CatalogIndex, type ProposalSource, type ProposalSummary, type ResolvedProposal } from './types.ts';
import { availableTemplates, findTemplate, loadTemplate, TemplateError, templateSearchPath, type CompiledTemplate } from './templates.ts';
import { stageFolder, type StagedFolder } from '../io/write-atomic.ts';

export interface BuildOptions {
	/** The content folder (catalog and, by default, templates). */
	contentDir: string;
	/** Folder of proposal files. */
	proposalsDir: string;
	/** Output folder; each proposal gets `<outDir>/<id>/`. */
	outDir: string;
	/** Templates folder; defaults to `<contentDir>/templates`, with the kit's own as fallback. */
	templatesDir?: string | undefined;
	/** Build only this proposal. */
	only?: string | undefined;
	/** `auto`: PDF when Chromium is found; `required`: fail without it; `off`: never. */
	pdf: 'auto' | 'required' | 'off';
	/** ISO day warnings are judged against. */
	today: string;
	/** Folders that must never receive output (the site's build folders). */
	forbiddenDirs?: readonly string[] | undefined;
	/** A printer to reuse (benchmarks, tests); otherwise one is opened and closed here. */
	printer?: PdfPrinter | undefined;
}

export interface BuiltProposal {
	id: string;
	/** Output folder. */
	dir: string;
	/** File names written. */
	files: string[];
	paper: 'A4' | 'letter';
	/** The day the proposal is issued; also the PDF's creation date. */
	date: string;
	/** The figures the CLI prints. */
	summary: ProposalSummary;
}

export interface BuildResult {
	built: BuiltProposal[];
	problems: Problem[];
	warnings: Problem[];
	/** One-line notices, such as a skipped PDF. */
	notices: string[];
}

export interface RenderedFiles {
	'proposal.html': string;
	'proposal.md': string;
	'proposal.json': string;
	'contract.ics': string;
	'proposal.pdf'?: Uint8Array;
}

/** True when `path` is `dir` or inside it. */
export function isInside(path: string, dir: string): boolean {
	const rel = relative(resolve(dir), resolve(path));
	return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Renders the HTML, Markdown, JSON and contract calendar of one resolved proposal. */
export function renderProposalFiles(proposal: ResolvedProposal, template: CompiledTemplate): RenderedFiles {
	const { html, md } = template.renderAll(proposal);
	return {
		'proposal.html': html,
		'proposal.md': md,
		'proposal.json': `${JSON.stringify(proposalJson(proposal), null, 2)}\n`,
		'contract.ics': contractCalendar(proposal),
	};
}

/** Everything a run needs before its proposals: the catalog index and the templates. */
export interface Prepared {
	index: CatalogIndex;
	searchPath: string[];
	templates: string[];
	/** Templates compiled so far in this run, or the error compiling them. */
	compiled: Map<string, CompiledTemplate | TemplateError>;
}

/** Loads and indexes the catalog once. */
export function prepare(contentDir: string, templatesDir?: string): { prepared: Prepared | undefined; problems: Problem[] } {
	const { catalog, problems } = loadCatalog(contentDir);
	if (!catalog) return { prepared: undefined, problems };
	const searchPath = templateSearchPath(templatesDir ?? join(contentDir, 'templates'));
	return {
		prepared: { index: indexCatalog(catalog), searchPath, templates: availableTemplates(searchPath), compiled: new Map() },
		problems: [],
	};
}

/** Compiles template `name` once per run; a compile error becomes one problem, however many proposals use it. */
export function templateFor(name: string, prepared: Prepared, problems: Problem[]): CompiledTemplate | undefined {
	const known = prepared.compiled.get(name);
	if (known) return known instanceof TemplateError ? undefined : known;
	const dir = findTemplate(name, prepared.searchPath);
	if (!dir) return undefined;
	try {
		const template = loadTemplate(dir);
		prepared.compiled.set(name, template);
		return template;
	} catch (error) {
		if (!(error instanceof TemplateError)) throw error;
		prepared.compiled.set(name, error);
		problems.push(error.toProblem());
		return undefined;
	}
}

/**
 * The lifecycle of the proposals a run renders. With `--only`, every proposal of the folder is still
 * read (a revision needs the proposal it revises), but only the wanted one's problems count.
 */
function lifecycleFor(
	rendered: readonly ProposalSource[],
	options: Pick<BuildOptions, 'proposalsDir' | 'only' | 'today'>,
	prepared: Prepared,
): LifecycleResult {
	const all =
		options.only === undefined
			? rendered
			: loadProposals(options.proposalsDir, prepared.index, { templates: prepared.templates }).proposals;
	const life = resolveLifecycle(all, prepared.index, options.proposalsDir, { today: options.today });
	if (options.only === undefined) return life;
	const files = new Set(rendered.flatMap((source) => [source.file, displayPath(recordPath(options.proposalsDir, source.id))]));
	return { ...life, problems: life.problems.filter((p) => files.has(p.file)), warnings: life.warnings.filter((p) => files.has(p.file)) };
}

/**
 * Validates every proposal without writing anything: files, references, prices and templates (each
 * compiled, and rendered once per proposal so strict-mode errors surface). Used by `npm run check`.
 */
export function checkProposals(options: Pick<BuildOptions, 'contentDir' | 'proposalsDir' | 'templatesDir' | 'today'>): {
	problems: Problem[];
	warnings: Problem[];
	count: number;
} {
	const problems: Problem[] = [];
	const warnings: Problem[] = [];
	const { prepared, problems: catalogProblems } = prepare(options.contentDir, options.templatesDir);
	if (!prepared) return { problems: catalogProblems, warnings, count: 0 };
	const loaded = loadProposals(options.proposalsDir, prepared.index, { templates: prepared.templates });
	problems.push(...loaded.problems);
	const life = lifecycleFor(loaded.proposals, { ...options, only: undefined }, prepared);
	problems.push(...life.problems);
	warnings.push(...life.warnings);
	for (const source of loaded.proposals) {
		const model = life.models.get(source.id);
		const template = templateFor(source.data.template, prepared, problems);
		if (!model || !template) continue;
		try {
			renderProposalFiles(model, template);
		} catch (error) {
			if (!(error instanceof TemplateError)) throw error;
			const problem = error.toProblem();
			if (!problems.some((p) => formatProblem(p) === formatProblem(problem))) problems.push(problem);
		}
	}
	return { problems, warnings, count: loaded.proposals.length };
}

/** Runs the whole proposals step; commits outputs only when every proposal rendered. */
export async function buildProposals(options: BuildOptions): Promise<BuildResult> {
	const result: BuildResult = { built: [], problems: [], warnings: [], notices: [] };
	const { problems, warnings, notices } = result;
	for (const forbidden of options.forbiddenDirs ?? []) {
		if (isInside(options.outDir, forbidden)) {
			problems.push({
				file: displayPath(options.outDir),
				field: '--out',
				message: `proposals are private and never go inside ${displayPath(forbidden)}/, which is published; choose another folder`,
			});
			return result;
		}
	}
	const { prepared, problems: catalogProblems } = prepare(options.contentDir, options.templatesDir);
	problems.push(...catalogProblems);
	if (!prepared) return result;

	const loaded = loadProposals(options.proposalsDir, prepared.index, { only: options.only, templates: prepared.templates });
	problems.push(...loaded.problems);
	const life = lifecycleFor(loaded.proposals, options, prepared);
	problems.push(...life.problems);
	warnings.push(...life.warnings);

	// Chromium is looked for first, so that a required PDF fails before any work is done.
	let printer = options.printer;
	const ownPrinter = !printer && options.pdf !== 'off' && loaded.proposals.length > 0 && problems.length === 0;
	if (ownPrinter) {
		printer = await openPdfPrinter();
		if (!printer) {
			const why = process.env.CHROMIUM_PATH
				? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} is not an executable`
				: 'no Chromium found on PATH (chromium, chromium-browser, google-chrome) and CHROMIUM_PATH is not set';
			if (options.pdf === 'required') {
				problems.push({ file: displayPath(options.outDir), field: '--pdf', message: `PDF output is required but ${why}` });
				return result;
			}
			notices.push(`PDF skipped: ${why}.`);
		}
	}
	if (options.pdf === 'off') printer = undefined;

	// Each proposal is rendered and staged beside its output folder, one at a time, so memory stays
	// flat however many proposals there are. Nothing replaces an earlier output until all succeeded.
	const staged: { built: BuiltProposal; folder: StagedFolder }[] = [];
	// Writes run in the background while the next proposals render; a few at a time bound memory.
	const pending = new Set<Promise<void>>();
	const stage = async (dir: string, files: RenderedFiles, built: BuiltProposal) => {
		// The PDF prints in the background too; the printer runs as many pages at once as it has.
		const withPdf = printer
			? printer.print(files['proposal.html'], built.paper, built.date).then((pdf) => ({ ...files, 'proposal.pdf': pdf }))
			: Promise.resolve(files);
		const task = withPdf
			.then((all) => stageFolder(dir, all as unknown as Record<string, string | Uint8Array>))
			.then((folder) => {
				staged.push({ folder, built });
			});
		const tracked = task.finally(() => pending.delete(tracked));
		tracked.catch(() => {}); // observed by Promise.race/all below; never an unhandled rejection
		pending.add(tracked);
		if (pending.size >= 16) await Promise.race(pending);
	};
	try {
		for (const source of loaded.proposals) {
			const model = life.models.get(source.id);
			if (!model) continue;
			const template = templateFor(source.data.template, prepared, problems);
			if (!template) continue;
			let files: RenderedFiles;
			try {
				files = renderProposalFiles(model, template);
			} catch (error) {
				if (!(error instanceof TemplateError)) throw error;
				// One broken template breaks every proposal using it; report it once.
				const problem = error.toProblem();
				if (!problems.some((p) => p.file === problem.file && p.field === problem.field && p.message === problem.message))
					problems.push(problem);
				continue;
			}
			if (problems.length) continue; // keep checking the rest, but write nothing more
			const dir = join(options.outDir, ...source.id.split('/'));
			const names = [...Object.keys(files), ...(printer ? ['proposal.pdf'] : [])];
			await stage(dir, files, {
				id: source.id,
				dir,
				files: names,
				paper: model.paper,
				date: model.date,
				summary: summaryLine(model),
			});
		}
		await Promise.all(pending);
	} catch (error) {
		await Promise.allSettled(pending);
		for (const item of staged) item.folder.discard();
		throw error;
	} finally {
		if (ownPrinter && printer) await printer.close();
	}
	if (problems.length) {
		for (const item of staged) item.folder.discard();
		return result;
	}
	// Background writes finish in any order; commit in the order of the proposal files.
	const order = new Map(loaded.proposals.map((source, i) => [source.id, i]));
	staged.sort((a, b) => (order.get(a.built.id) ?? 0) - (order.get(b.built.id) ?? 0));
	for (const item of staged) {
		item.folder.commit();
		result.built.push(item.built);
	}
	if (options.only === undefined) {
		for (const stale of staleOutputs(options.outDir, new Set(staged.map((item) => item.built.id)))) {
			rmSync(join(options.outDir, stale), { recursive: true, force: true });
			notices.push(`Removed ${displayPath(join(options.outDir, stale))}/: its proposal file is gone.`);
		}
	}
	return result;
}

/** Output folders (holding a `proposal.json`) whose proposal is not in `ids`. */
function staleOutputs(outDir: string, ids: ReadonlySet<string>): string[] {
	if (!existsSync(outDir)) return [];
	return readdirSync(outDir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name === 'proposal.json')
		.map((entry) => relative(outDir, entry.parentPath).split(/[\\/]/).join('/'))
		.filter((id) => id !== '' && !id.split('/').some((part) => part.startsWith('.')) && !ids.has(id));
}
