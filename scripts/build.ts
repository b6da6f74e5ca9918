/**
 * `npm run build` (site and proposals), `npm run build:site`, `npm run build:internal`. Everything is
 * validated (content, then every proposal) while Astro starts building in a process of its own; the
 * site and the proposals are built in the staging folder `.opsbook/staging/`, and move into place only
 * when everything is valid and built, all of them or none.
 *   --internal    the full handbook, internal SOPs included, into dist-internal/ (never deploy it)
 *   --out DIR     another output folder for the site
 *   --proposals   also render proposals into out/proposals/ (what `npm run build` does)
 *   --proposals-out DIR   another output folder for the proposals
 */
import '../src/lib/io/compile-cache.ts';
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { catalogSnapshotEnv } from '../src/lib/catalog/snapshot-env.ts';
import type { Problem } from '../src/lib/core/problems.ts';
import { AstroBuildFailed, startAstroBuild } from '../src/lib/io/astro-process.ts';
import { cleanStaging, stagingPath } from '../src/lib/io/staging.ts';
import type { StagedProposals } from '../src/lib/proposals/build.ts';

const { values } = parseArgs({
	options: {
		internal: { type: 'boolean', default: false },
		out: { type: 'string' },
		proposals: { type: 'boolean', default: false },
		'proposals-out': { type: 'string' },
	},
});
const edition = values.internal ? 'internal' : 'public';
const defaultTarget = resolve(values.internal ? 'dist-internal' : 'dist');
const target = resolve(values.out ?? defaultTarget);
const proposalsOut = resolve(values['proposals-out'] ?? 'out/proposals');

cleanStaging();
const staging = stagingPath(edition);
const snapshot = stagingPath('catalog.json');
// Astro takes about a second to load, this script's own modules half a second more: Astro's process
// starts first, and both load side by side. It then builds while this script checks the content
// (two seconds at 3,000 SOPs); its pages wait for the checked catalog, which this script writes.
const astro = startAstroBuild(fileURLToPath(new URL('astro-build.ts', import.meta.url)), staging, {
	...process.env,
	OPSBOOK_EDITION: edition,
	OPSBOOK_PAGEFIND: 'later',
	...catalogSnapshotEnv(snapshot, process.pid),
});
const { loadCatalog } = await import('../src/lib/catalog/load.ts');
const { writeCatalogSnapshot } = await import('../src/lib/catalog/snapshot.ts');
const { isoDay, todayFromEnv } = await import('../src/lib/core/dates.ts');
const { formatProblem } = await import('../src/lib/core/problems.ts');
const { withAstroLock } = await import('../src/lib/io/astro-lock.ts');
const { displayPath } = await import('../src/lib/io/files.ts');
const { releaseMemory } = await import('../src/lib/io/release-memory.ts');
const { outputProblem } = await import('../src/lib/io/output-guard.ts');
const { ownership } = await import('../src/lib/io/ownership.ts');
const { contentCacheDir, contentDir, proposalsDir } = await import('../src/lib/io/paths.ts');
const { buildRootFor } = await import('../src/lib/io/astro-root.ts');
const { commitAll, markSite, recoverFolder, stagedFolder } = await import('../src/lib/io/write-atomic.ts');
const { stageProposals } = await import('../src/lib/proposals/build.ts');
const { builtLines } = await import('../src/lib/proposals/report.ts');
const { buildErrorLines } = await import('../src/lib/site/build-errors.ts');
const { buildWarnings } = await import('../src/lib/site/build-warnings.ts');
const { indexWithPagefind } = await import('../src/integrations/pagefind.ts');

const project = { root: process.cwd(), content: contentDir() };
const quiet = Boolean(process.env.OPSBOOK_QUIET);
const outputs = `${displayPath(target)}/${values.proposals ? ` and ${displayPath(proposalsOut)}/ are` : ' is'}`;
const problems: Problem[] = [...siteOutputProblems()];
// One Astro build at a time per build root; the lock is held from here until Astro's process has
// ended. Taken before the content check (which blocks this process), so Astro is told to build now.
const astroBuilt = problems.length
	? undefined
	: withAstroLock(() => astro.build(), {
			root: buildRootFor(contentCacheDir()),
			onWait: (pid) => console.log(`Waiting for another build of this content folder${pid ? ` (process ${pid})` : ''} to finish…`),
		});
astroBuilt?.catch(() => {}); // observed below, once the content is checked
let { catalog, problems: contentProblems } = loadCatalog(project.content);
problems.push(...contentProblems);

// Proposals are validated and rendered before the site is built, so a bad proposal fails the build
// before Astro starts. Their PDFs print once Astro's process has ended, beside Pagefind: Chromium
// beside Astro made the build's peak memory their sum (1.8 against 1.2 GiB PSS at 3,000 SOPs), for
// about 2 s saved on a first full build.
let proposals: StagedProposals | undefined;
const astroEnded = Promise.withResolvers<void>();
astroEnded.promise.catch(() => {}); // a failed build rejects it, so no PDF prints; awaited by the printing alone
if (values.proposals && catalog && !problems.length && existsSync(proposalsDir())) {
	proposals = await stageProposals({
		contentDir: project.content,
		proposalsDir: proposalsDir(),
		outDir: proposalsOut,
		pdf: 'auto',
		today: isoDay(todayFromEnv()),
		project,
		catalog,
		inBackground: true,
		startAfter: astroEnded.promise,
	});
	problems.push(...proposals.result.problems);
	for (const warning of proposals.result.warnings) console.warn(`warning: ${formatProblem(warning)}`);
}
if (problems.length || !catalog) {
	// Astro may have begun writing into the staging folder: it ends first, then the folder goes.
	astro.cancel();
	await astroBuilt?.catch(() => {});
	rmSync(staging, { recursive: true, force: true });
	for (const problem of problems) console.error(formatProblem(problem));
	console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was built and ${outputs} unchanged.`);
	process.exit(1);
}

try {
	writeCatalogSnapshot(catalog, snapshot);
	for (const warning of buildWarnings(catalog, edition, todayFromEnv())) console.warn(`warning: ${warning}`);
	const { locale } = catalog.site;
	// This process now only waits for Astro's and then indexes: the catalog goes, and its memory with it,
	// so it is not held beside Astro's at the build's peak.
	catalog = undefined;
	releaseMemory();
	// Astro builds in a process of its own: its memory is returned before Pagefind indexes the pages and
	// the proposal PDFs print.
	await astroBuilt;
	astroEnded.resolve();
	await indexWithPagefind(pathToFileURL(staging), { locale }, { info: (line) => quiet || console.log(line) });
	markSite(staging);
	await proposals?.written;
	commitAll([stagedFolder(target, staging), ...(proposals?.folders ?? [])]);
	proposals?.finish();
	console.log(`Built the ${edition} site into ${displayPath(target)}/`);
	for (const notice of proposals?.result.notices ?? []) console.log(notice);
	for (const line of builtLines(proposals?.result.built ?? [])) console.log(line);
} catch (error) {
	// A failed site build prints nothing more, and waits for what was under way, so no staged proposal is left behind.
	astroEnded.reject(error);
	// A failure before Astro's end (the snapshot could not be written, say) ends it too, before staging goes.
	astro.cancel();
	await astroBuilt?.catch(() => {});
	await proposals?.written.catch(() => {});
	proposals?.discard();
	// The Astro process has printed its own problems already.
	if (!(error instanceof AstroBuildFailed)) for (const line of buildErrorLines(error)) console.error(line);
	console.error(`\nThe build failed; ${outputs} unchanged.`);
	process.exitCode = 1;
} finally {
	rmSync(staging, { recursive: true, force: true });
	rmSync(snapshot, { force: true });
}

/** The site's output folder must be a place for it, and hold nothing Opsbook did not write. */
function siteOutputProblems(): Problem[] {
	const misplaced = outputProblem(values.internal ? 'internal' : 'site', target, project);
	if (misplaced) return [misplaced];
	recoverFolder(target);
	const owner = ownership(target);
	// dist/ and dist-internal/ are Opsbook's by convention; builds before the marker existed left none there.
	if (owner.state !== 'foreign' || target === defaultTarget) return [];
	return [
		{
			file: displayPath(target),
			field: '--out',
			message: `holds files Opsbook did not write (${owner.files.slice(0, 3).join(', ')}${owner.files.length > 3 ? ', …' : ''}); a build replaces its output folder whole, so choose an empty or new folder`,
		},
	];
}
