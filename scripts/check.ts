/**
 * `npm run check` (after `astro check`): validates every content file and proposal, one line per problem.
 * `--strict` also fails on SOPs whose review is overdue.
 */
import { loadCatalog } from '../src/lib/catalog.ts';
import { contentDir } from '../src/lib/paths.ts';
import { formatProblem } from '../src/lib/problems.ts';
import { overdueWarnings } from '../src/lib/review.ts';

const strict = process.argv.includes('--strict');
const { catalog, problems } = loadCatalog(contentDir());
for (const problem of problems) console.error(formatProblem(problem));

const overdue = catalog ? overdueWarnings(catalog.sops, new Date()) : [];
for (const warning of overdue) console.warn(`${strict ? 'error' : 'warning'}: ${warning}`);

if (problems.length || (strict && overdue.length)) {
	const count = problems.length + (strict ? overdue.length : 0);
	console.error(`\n${count} problem${count === 1 ? '' : 's'} found.`);
	process.exit(1);
}
console.log(`Content is valid: ${catalog?.services.length} services, ${catalog?.sops.length} SOPs, ${catalog?.packages.length} packages.`);
