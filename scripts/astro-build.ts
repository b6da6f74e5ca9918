/**
 * Internal: run by `scripts/build.ts`, not by hand. One Astro build of the site into the folder given,
 * in a process of its own, so its memory is returned before Pagefind indexes the pages (the build's
 * peak is then the larger of the two, not their sum). The catalog snapshot, the edition and
 * `OPSBOOK_PAGEFIND=later` come from build.ts through the environment. A failure prints one line per
 * problem and exits 1.
 */
import '../src/lib/io/compile-cache.ts';
import { astroBuildRoot } from '../src/lib/io/astro-root.ts';
import { contentCacheDir } from '../src/lib/io/paths.ts';
import { buildErrorLines } from '../src/lib/site/build-errors.ts';

const [outDir] = process.argv.slice(2);
if (!outDir) throw new Error('usage: node scripts/astro-build.ts <out dir>');
try {
	const { build } = await import('astro');
	// build.ts starts this process first, so Astro loads beside the script's own modules; it builds once
	// told to (while build.ts checks the content), and ends quietly when build.ts ends first.
	if (process.send && !(await toldToBuild())) process.exit(0);
	await build({ ...astroBuildRoot(contentCacheDir()), outDir, logLevel: process.env.OPSBOOK_QUIET ? 'warn' : 'info' });
} catch (error) {
	for (const line of buildErrorLines(error)) console.error(line);
	process.exitCode = 1;
}

/** Waits for build.ts's word: true for "build", false when it cancelled or went away. */
function toldToBuild(): Promise<boolean> {
	return new Promise((resolve) => {
		process.once('message', (message) => {
			process.disconnect();
			resolve(message === 'build');
		});
		process.once('disconnect', () => resolve(false));
	});
}
