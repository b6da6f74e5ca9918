/**
 * The proposals run, shared by `npm run proposals`, `npm run build`, the benchmark and the tests: load
 * the catalog and the proposals, resolve, render every format, and stage each proposal's folder. Only
 * when nothing failed are the folders moved into place, all of them or none, so a failed run leaves
 * every previous output as it was. Stale outputs are removed only as far as Opsbook wrote them.
 */
import { readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { loadCatalog, loadSite } from '../catalog/load.ts';
import type { Catalog } from '../catalog/types.ts';
import { displayPath } from '../io/files.ts';
import { openPdfPrinter, type PdfPrinter } from '../io/pdf.ts';
import { formatProblem, type Problem } from '../core/problems.ts';
import { loadProposals, parseProposalFiles } from './load.ts';
import { indexCatalog } from './catalog-index.ts';
import { proposalJson, summaryLine } from './output.ts';
import { contractCalendar } from './contract-calendar.ts';
import { resolveLifecycle, type LifecycleResult } from './lifecycle.ts';
import { recordPath } from './accept.ts';
import { type CatalogIndex, type ProposalSource, type ProposalSummary, type ResolvedProposal } from './types.ts';
import { availableTemplates, findTemplate, loadTemplate, TemplateError, templateSearchPath, type CompiledTemplate } from './templates.ts';
import { commitAll, recoverFolder, stageFolder, type StagedFolder } from '../io/write-atomic.ts';
import { MARKER, ownership, removeOwned } from '../io/ownership.ts';
import { outputProblem, type ProjectFolders } from '../io/output-guard.ts';

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
	/** The project whose published folders the output must keep clear of; default: the working directory. */
	project?: ProjectFolders | undefined;
	/** A printer to reuse (benchmarks, tests); otherwise one is opened and closed here. */
	printer?: PdfPrinter | undefined;
	/**
	 * Return once every proposal is validated and rendered, and stage the files (PDFs printed) in the
	 * background (`npm run build`: once Astro has built the site, see `startAfter`). Await `written` before committing.
	 */
	inBackground?: boolean;
	/** With `inBackground`: printing and writing wait for this (`npm run build`: until Astro's process has ended). */
	startAfter?: Promise<unknown> | undefined;
	/** The catalog of `contentDir`, when the caller has loaded and validated it already (`npm run build`). */
	catalog?: Catalog | undefined;
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

/** Loads (unless the caller loaded it already) and indexes the catalog once. */
export function prepare(
	contentDir: string,
	templatesDir?: string,
	loaded: { catalog: Catalog | undefined; problems: Problem[] } = loadCatalog(contentDir),
): { prepared: Prepared | undefined; problems: Problem[] } {
	const { catalog, problems } = loaded;
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

/** Each proposal's own mistakes (fields, dates, emails, prices) when the catalog is too broken to check references. */
function ownFieldProblems(contentDir: string, proposalsDir: string, only?: string): { problems: Problem[]; count: number } {
	// Prices are still parsed in the site's currency when site.yaml itself is sound.
	const currency = loadSite(contentDir).site?.currency ?? 'USD';
	const { parsed, problems } = parseProposalFiles(proposalsDir, currency, only);
	return { problems, count: parsed.length };
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
	const { prepared } = prepare(options.contentDir, options.templatesDir);
	if (!prepared) {
		// The caller reports the catalog's problems; each proposal's own fields are still checked.
		const own = ownFieldProblems(options.contentDir, options.proposalsDir);
		return { problems: own.problems, warnings, count: own.count };
	}
	const loaded = loadProposals(options.proposalsDir, prepared.index, { templates: prepared.templates });
	problems.push(...loaded.problems, ...nestedOutputProblems(loaded.proposals));
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

/**
 * Proposal `x` and proposal `x/y` would write into the same folder (`x/y/` inside `x/`): replacing one
 * would delete or strand the other, so the pair is refused up front, naming both files.
 */
export function nestedOutputProblems(sources: readonly ProposalSource[]): Problem[] {
	const byId = new Map(sources.map((source) => [source.id, source]));
	const problems: Problem[] = [];
	for (const source of sources) {
		for (let parent = dirname(source.id); parent !== '.'; parent = dirname(parent)) {
			const outer = byId.get(parent);
			if (!outer) continue;
			problems.push({
				file: displayPath(outer.file),
				field: 'id',
				message: `its output folder ${outer.id}/ would also hold the output of proposal "${source.id}" (${displayPath(source.file)}); rename one of the two`,
			});
		}
	}
	return problems;
}

/** Output folders that hold files Opsbook did not write (or changed since) are never replaced: one problem each. */
function foreignOutputProblems(dirs: readonly string[]): Problem[] {
	const problems: Problem[] = [];
	for (const dir of dirs) {
		recoverFolder(dir);
		const owner = ownership(dir);
		if (owner.state !== 'foreign') continue;
		const names = owner.files.slice(0, 3).join(', ') + (owner.files.length > 3 ? `, … (${owner.files.length} in all)` : '');
		problems.push({
			file: displayPath(dir),
			field: '--out',
			message: `holds files Opsbook did not write or that were changed since (${names}); move them elsewhere or choose another output folder`,
		});
	}
	return problems;
}

/** A proposals run rendered and staged in full; nothing is replaced until `commit`. */
export interface StagedProposals {
	result: BuildResult;
	/** One staged folder per proposal, to commit together (with the site, in `npm run build`). */
	folders: StagedFolder[];
	/** Settles when every folder is staged (at once, unless `inBackground`); rejects when printing or writing failed. */
	written: Promise<void>;
	/** Moves every proposal folder into place, all or none, then removes stale outputs. */
	commit(): void;
	/** After the folders were committed elsewhere (with the site): records them and removes stale outputs. */
	finish(): void;
	/** Deletes the staged folders; every output is left as it was. */
	discard(): void;
}

/** Validates, renders and stages every proposal; check `result.problems` before committing. */
export async function stageProposals({ catalog: loadedCatalog, ...options }: BuildOptions): Promise<StagedProposals> {
	// The catalog is taken apart from `options`: the background writing keeps `options`, and must not keep every SOP with it.
	const result: BuildResult = { built: [], problems: [], warnings: [], notices: [] };
	const staged: { built: BuiltProposal; folder: StagedFolder }[] = [];
	let ids = new Set<string>();
	const run: StagedProposals = {
		result,
		written: Promise.resolve(),
		get folders() {
			return staged.map((item) => item.folder);
		},
		commit() {
			commitAll(run.folders);
			run.finish();
		},
		finish() {
			result.built.push(...staged.map((item) => item.built));
			if (options.only === undefined) result.notices.push(...removeStaleOutputs(options.outDir, ids));
		},
		discard() {
			for (const item of staged) item.folder.discard();
		},
	};
	const { problems, warnings, notices } = result;
	const project = options.project ?? { root: process.cwd(), content: options.contentDir };
	const misplaced = outputProblem('proposals', options.outDir, project);
	if (misplaced) {
		problems.push(misplaced);
		return run;
	}
	const catalog = loadedCatalog ? { catalog: loadedCatalog, problems: [] } : undefined;
	const { prepared, problems: catalogProblems } = prepare(options.contentDir, options.templatesDir, catalog);
	problems.push(...catalogProblems);
	if (!prepared) {
		problems.push(...ownFieldProblems(options.contentDir, options.proposalsDir, options.only).problems);
		return run;
	}

	const loaded = loadProposals(options.proposalsDir, prepared.index, { only: options.only, templates: prepared.templates });
	problems.push(...loaded.problems, ...nestedOutputProblems(loaded.proposals));
	const dirOf = (source: ProposalSource) => join(options.outDir, ...source.id.split('/'));
	problems.push(...foreignOutputProblems(loaded.proposals.map(dirOf)));
	ids = new Set(loaded.proposals.map((source) => source.id));
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
				return run;
			}
			notices.push(`PDF skipped: ${why}.`);
		}
	}
	if (options.pdf === 'off') printer = undefined;

	// Every proposal is rendered once first, so any template error is known before anything is written
	// or printed; the rendering is cheap, and done again when staging, so memory stays flat.
	const jobs: { model: ResolvedProposal; template: CompiledTemplate; built: BuiltProposal }[] = [];
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
		const dir = dirOf(source);
		const names = [...Object.keys(files), ...(printer ? ['proposal.pdf'] : [])];
		jobs.push({
			model,
			template,
			built: { id: source.id, dir, files: names, paper: model.paper, date: model.date, summary: summaryLine(model) },
		});
	}
	if (problems.length) {
		if (ownPrinter && printer) await printer.close();
		return run;
	}

	// Writes run in the background while the next proposals render; a few at a time bound memory.
	const pending = new Set<Promise<void>>();
	const stage = async (files: RenderedFiles, built: BuiltProposal) => {
		// The PDF prints in the background too; the printer runs as many pages at once as it has.
		const withPdf = printer
			? printer.print(files['proposal.html'], built.paper, built.date).then((pdf) => ({ ...files, 'proposal.pdf': pdf }))
			: Promise.resolve(files);
		const task = withPdf
			.then((all) => stageFolder(built.dir, all as unknown as Record<string, string | Uint8Array>))
			.then((folder) => {
				staged.push({ folder, built });
			});
		const tracked = task.finally(() => pending.delete(tracked));
		tracked.catch(() => {}); // observed by Promise.race/all below; never an unhandled rejection
		pending.add(tracked);
		if (pending.size >= 16) await Promise.race(pending);
	};
	const writing = (async () => {
		try {
			await options.startAfter;
			for (const { model, template, built } of jobs) await stage(renderProposalFiles(model, template), built);
			await Promise.all(pending);
		} catch (error) {
			await Promise.allSettled(pending);
			run.discard();
			throw error;
		} finally {
			if (ownPrinter && printer) await printer.close();
		}
		const counts = ownPrinter ? printer?.counts?.() : undefined;
		if (counts?.reused)
			notices.push(
				`PDF: ${counts.reused} of ${counts.printed + counts.reused} unchanged since an earlier run, taken from ${displayPath(counts.cacheDir)}/.`,
			);
		// Background writes finish in any order; commit in the order of the proposal files.
		const order = new Map(loaded.proposals.map((source, i) => [source.id, i]));
		staged.sort((a, b) => (order.get(a.built.id) ?? 0) - (order.get(b.built.id) ?? 0));
	})();
	if (options.inBackground) {
		writing.catch(() => {}); // the caller awaits `run.written`
		run.written = writing;
	} else await writing;
	return run;
}

/** Runs the whole proposals step; replaces the outputs, all or none, only when every proposal rendered. */
export async function buildProposals(options: BuildOptions): Promise<BuildResult> {
	const run = await stageProposals(options);
	if (!run.result.problems.length) run.commit();
	return run.result;
}

/**
 * Removes output folders Opsbook wrote (they hold its marker) whose proposal is not in `ids`: only the
 * files it wrote, unchanged, so anything a person added stays. One notice per folder.
 */
function removeStaleOutputs(outDir: string, ids: ReadonlySet<string>): string[] {
	let entries;
	try {
		entries = readdirSync(outDir, { recursive: true, withFileTypes: true });
	} catch {
		return [];
	}
	const stale = entries
		.filter((entry) => entry.isFile() && entry.name === MARKER)
		.map((entry) => relative(outDir, entry.parentPath).split(/[\\/]/).join('/'))
		.filter((id) => id !== '' && !id.split('/').some((part) => part.startsWith('.')) && !ids.has(id));
	return stale.map((id) => {
		const dir = join(outDir, ...id.split('/'));
		const kept = removeOwned(dir);
		return kept.length
			? `Removed Opsbook's files from ${displayPath(dir)}/ (its proposal file is gone); kept ${kept.join(', ')}, which Opsbook did not write.`
			: `Removed ${displayPath(dir)}/: its proposal file is gone.`;
	});
}
