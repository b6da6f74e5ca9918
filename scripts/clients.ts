/**
 * `npm run clients`: every client's private handbook, into `out/clients/<id>/` (`site/` and
 * `handbook.pdf`). All clients render in ONE Astro build (the client edition, each client's pages
 * under /clients/<id>/), which is then split into a site per client with relative links, a robots.txt
 * that disallows all and a Pagefind index of its own. Nothing is replaced until every client is done.
 *
 *   -- --only <id>   one client
 *   -- --no-pdf      sites only
 *   -- --pdf         PDF required: fail when no Chromium is found (default: made when found)
 *   -- --out <dir>   output folder, default out/clients; never inside dist/
 *   -- --today <day> judge proposal expiry against this YYYY-MM-DD day
 */
import '../src/lib/io/compile-cache.ts';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { indexWithPagefind } from '../src/integrations/pagefind.ts';
import { writeCatalogSnapshot } from '../src/lib/catalog/snapshot.ts';
import { loadCatalog } from '../src/lib/catalog/load.ts';
import { selfContainedPage } from '../src/lib/clients/handbook-pdf.ts';
import { splitClientSite } from '../src/lib/clients/split.ts';
import { buildWorkspaces, writeWorkspacesSnapshot } from '../src/lib/clients/workspaces.ts';
import { isoDay } from '../src/lib/core/dates.ts';
import { formatProblem } from '../src/lib/core/problems.ts';
import { displayPath } from '../src/lib/io/files.ts';
import { contentCacheDir, contentDir, proposalsDir } from '../src/lib/io/paths.ts';
import { openPdfPrinter } from '../src/lib/io/pdf.ts';
import { withAstroLock } from '../src/lib/io/astro-lock.ts';
import { astroBuildRoot, buildRootFor } from '../src/lib/io/astro-root.ts';
import { outputProblem } from '../src/lib/io/output-guard.ts';
import { ownership } from '../src/lib/io/ownership.ts';
import { cleanStaging, stagingPath } from '../src/lib/io/staging.ts';
import { commitAll, markSite, recoverFolder, stagedFolder } from '../src/lib/io/write-atomic.ts';
import { defaultPaper } from '../src/lib/proposals/paper.ts';

const { values } = parseArgs({
	options: {
		only: { type: 'string' },
		pdf: { type: 'boolean', default: false },
		'no-pdf': { type: 'boolean', default: false },
		out: { type: 'string', default: 'out/clients' },
		today: { type: 'string' },
	},
	strict: true,
});
const outDir = resolve(values.out);
const misplaced = outputProblem('clients', outDir, { root: process.cwd(), content: contentDir() });
if (misplaced) {
	console.error(formatProblem(misplaced));
	process.exit(2);
}
cleanStaging();

const started = performance.now();
const seconds = (from: number) => `${((performance.now() - from) / 1000).toFixed(1)} s`;
const content = contentDir();
const result = buildWorkspaces({
	contentDir: content,
	proposalsDir: proposalsDir(),
	today: values.today ?? isoDay(new Date()),
	only: values.only,
});
for (const warning of result.warnings) console.warn(`warning: ${formatProblem(warning)}`);
if (result.problems.length) {
	for (const problem of result.problems) console.error(formatProblem(problem));
	console.error(
		`\n${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} found; no client handbook was written and earlier outputs are unchanged.`,
	);
	process.exit(1);
}
if (result.workspaces.length === 0) {
	console.log(`No clients in ${displayPath(join(content, 'clients'))}; nothing to build.`);
	process.exit(0);
}

const printer = values['no-pdf'] ? undefined : await openPdfPrinter();
if (!printer && values.pdf) {
	console.error(`${displayPath(outDir)}: --pdf: PDF output is required but no Chromium was found (set CHROMIUM_PATH or install chromium)`);
	process.exit(1);
}

// A client folder holding files Opsbook did not write (a signed PDF, notes) is never replaced.
const foreign = result.workspaces
	.map((workspace) => join(outDir, workspace.client.id))
	.filter((dir) => (recoverFolder(dir), ownership(dir).state === 'foreign'));
if (foreign.length) {
	for (const dir of foreign)
		console.error(
			`${displayPath(dir)}: --out: holds files Opsbook did not write or that were changed since; move them elsewhere or choose another output folder`,
		);
	process.exit(1);
}

const buildDir = stagingPath('clients-build');
const catalogSnapshot = stagingPath('catalog.json');
const workspacesSnapshot = stagingPath('workspaces.json');
const staged: { id: string; temp: string; dir: string }[] = [];
// Loaded only now: a run refused above answers without loading Astro.
const { build } = await import('astro');
const quietLogger = { info: (message: string) => process.env.OPSBOOK_QUIET || console.log(message) };
try {
	const { catalog } = loadCatalog(content);
	Object.assign(process.env, { OPSBOOK_EDITION: 'clients' });
	if (catalog) Object.assign(process.env, writeCatalogSnapshot(catalog, catalogSnapshot));
	Object.assign(process.env, writeWorkspacesSnapshot(result.workspaces, workspacesSnapshot));
	const astroStarted = performance.now();
	// Its own cache: the client edition's content store holds client SOPs, the practice's never does.
	// Keyed by the content folder like the site's (see contentCacheDir), never shared between two folders.
	const cacheDir = `${contentCacheDir()}-clients`;
	await withAstroLock(
		() => build({ ...astroBuildRoot(cacheDir), outDir: buildDir, logLevel: process.env.OPSBOOK_QUIET ? 'warn' : 'info' }),
		{
			root: buildRootFor(cacheDir),
			onWait: (pid) => console.log(`Waiting for another build of this content folder${pid ? ` (process ${pid})` : ''} to finish…`),
		},
	);
	const astroTime = seconds(astroStarted);
	for (const workspace of result.workspaces) {
		const { id } = workspace.client;
		const dir = join(outDir, id);
		const temp = stagingPath(id);
		mkdirSync(temp, { recursive: true });
		staged.push({ id, temp, dir });
		const site = join(temp, 'site');
		splitClientSite(buildDir, id, site, resolve('public'));
		await indexWithPagefind(pathToFileURL(`${site}/`), { locale: workspace.client.locale }, quietLogger);
		if (printer) {
			const pdfStarted = performance.now();
			const reusedBefore = printer.counts?.().reused ?? 0;
			const pdf = await printer.print(
				selfContainedPage(site, 'handbook/print/index.html'),
				defaultPaper(workspace.client.locale),
				workspace.engagement.terms.startDate,
			);
			writeFileSync(join(temp, 'handbook.pdf'), pdf);
			const fromCache = (printer.counts?.().reused ?? 0) > reusedBefore;
			if (!process.env.OPSBOOK_QUIET)
				console.log(
					fromCache
						? `${id}: handbook.pdf unchanged since an earlier run, taken from the cache`
						: `${id}: handbook.pdf printed in ${seconds(pdfStarted)}`,
				);
		}
	}
	for (const { temp } of staged) markSite(temp);
	commitAll(staged.map(({ dir, temp }) => stagedFolder(dir, temp)));
	for (const workspace of result.workspaces) {
		const { id, business } = workspace.client;
		console.log(
			`${id}: ${business} | ${workspace.catalog.sops.length} procedures | ${displayPath(join(outDir, id))}/ (site${printer ? ', handbook.pdf' : ''})`,
		);
	}
	if (!printer && !values['no-pdf']) console.log('PDF skipped: no Chromium found (set CHROMIUM_PATH or install chromium).');
	console.log(
		`${result.workspaces.length} client handbook${result.workspaces.length === 1 ? '' : 's'} built in ${seconds(started)} (Astro ${astroTime}).`,
	);
} catch (error) {
	for (const { temp } of staged) rmSync(temp, { recursive: true, force: true });
	console.error(error instanceof Error ? (error.stack ?? error.message) : error);
	console.error(`\nThe client build failed; ${displayPath(outDir)} is unchanged.`);
	process.exitCode = 1;
} finally {
	await printer?.close();
	rmSync(buildDir, { recursive: true, force: true });
	rmSync(catalogSnapshot, { force: true });
	rmSync(workspacesSnapshot, { force: true });
}
