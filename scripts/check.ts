/**
 * `npm run check`: validates every content file (all problems, one line each), then type-checks the
 * project with `astro check`. `--strict` also fails on SOPs whose review is overdue.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { loadCatalog } from '../src/lib/catalog.ts';
import { contentDir } from '../src/lib/paths.ts';
import { formatProblem } from '../src/lib/problems.ts';
import { overdueWarnings } from '../src/lib/review.ts';
import { todayFromEnv } from '../src/lib/dates.ts';

const strict = process.argv.includes('--strict');
const { catalog, problems } = loadCatalog(contentDir());
for (const problem of problems) console.error(formatProblem(problem));

const overdue = catalog ? overdueWarnings(catalog.sops, todayFromEnv()) : [];
for (const warning of overdue) console.warn(`${strict ? 'error' : 'warning'}: ${warning}`);

const count = problems.length + (strict ? overdue.length : 0);
if (count) {
	console.error(`\n${count} problem${count === 1 ? '' : 's'} found.`);
	process.exit(1);
}
console.log(`Content is valid: ${catalog?.services.length} services, ${catalog?.sops.length} SOPs, ${catalog?.packages.length} packages.`);

if (!process.argv.includes('--content-only')) {
	// Type-check pages, components and scripts with the same Node that runs this script.
	const astro = createRequire(import.meta.url).resolve('astro/bin/astro.mjs');
	const result = spawnSync(process.execPath, [astro, 'check'], { stdio: 'inherit' });
	process.exit(result.status ?? 1);
}
