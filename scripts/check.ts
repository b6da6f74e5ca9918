/**
 * `npm run check`: validates every content file, proposal and client (all problems, one line each), then
 * type-checks the project with `astro check`. `--strict` also fails on SOPs whose review is overdue.
 *   --content-only   skip `astro check`
 */
import '../src/lib/io/compile-cache.ts';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadCatalog } from '../src/lib/catalog/load.ts';
import { brandContrastWarnings } from '../src/lib/site/contrast.ts';
import { isoDay, todayFromEnv } from '../src/lib/core/dates.ts';
import { contentDir, proposalsDir } from '../src/lib/io/paths.ts';
import { astroCli } from '../src/lib/io/astro-cli.ts';
import { formatProblem } from '../src/lib/core/problems.ts';
import { checkProposals } from '../src/lib/proposals/build.ts';
import { overdueWarnings } from '../src/lib/handbook/review.ts';
import { buildWorkspaces } from '../src/lib/clients/workspaces.ts';
import { unpublishedReferenceWarnings } from '../src/lib/catalog/publication.ts';

const strict = process.argv.includes('--strict');
const today = todayFromEnv();
const { catalog, problems } = loadCatalog(contentDir());

let proposals = { problems: [] as typeof problems, warnings: [] as typeof problems, count: 0 };
// Proposals are checked even when the catalog is broken, so their own mistakes show in the same run.
if (existsSync(proposalsDir())) {
	proposals = checkProposals({ contentDir: contentDir(), proposalsDir: proposalsDir(), today: isoDay(today) });
}
const clients = catalog
	? buildWorkspaces({ contentDir: contentDir(), proposalsDir: proposalsDir(), today: isoDay(today) })
	: { workspaces: [], problems: [], warnings: [] };
for (const problem of [...problems, ...proposals.problems, ...clients.problems]) console.error(formatProblem(problem));
for (const warning of [...proposals.warnings, ...clients.warnings]) console.warn(`warning: ${formatProblem(warning)}`);

for (const warning of catalog ? brandContrastWarnings(catalog.site.brand) : []) console.warn(`warning: ${warning}`);
const overdue = catalog ? overdueWarnings(catalog.sops, today) : [];
for (const warning of overdue) console.warn(`${strict ? 'error' : 'warning'}: ${warning}`);

// References the public site drops (to internal or retired entries): warnings, errors under --strict.
const dropped = catalog ? unpublishedReferenceWarnings(catalog).map(formatProblem) : [];
for (const warning of dropped) console.warn(`${strict ? 'error' : 'warning'}: ${warning}`);

const count = problems.length + proposals.problems.length + clients.problems.length + (strict ? overdue.length + dropped.length : 0);
if (count) {
	console.error(`\n${count} problem${count === 1 ? '' : 's'} found.`);
	process.exit(1);
}
console.log(
	`Content is valid: ${catalog?.services.length} services, ${catalog?.sops.length} SOPs, ${catalog?.packages.length} packages, ${proposals.count} proposals, ${clients.workspaces.length} clients.`,
);

if (!process.argv.includes('--content-only')) {
	// Type-check pages, components and scripts with the same Node that runs this script.
	const result = spawnSync(process.execPath, [astroCli(), 'check'], { stdio: 'inherit' });
	process.exit(result.status ?? 1);
}
