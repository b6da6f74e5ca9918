/**
 * `npm run proposals:accept -- <id> --package <pkg> --add-on <service> … --by "<name>" --on <date>`:
 * records a client's acceptance. Writes `accepted:` into the proposal file and the frozen record
 * `<proposals>/accepted/<id>.json`; from then on the proposal's documents render from the record.
 *
 *   --package <id>        the package chosen (required when several were offered)
 *   --add-on <service>    an optional add-on chosen; repeat for each
 *   --by "<name>"         who accepted (required)
 *   --on <YYYY-MM-DD>     the day of acceptance (default: today, or OPSBOOK_TODAY)
 *   --proposals <dir>     proposal files elsewhere (or OPSBOOK_PROPOSALS)
 */
import '../src/lib/io/compile-cache.ts';
import { parseArgs } from 'node:util';
import { isIsoDate } from '../src/schemas/common.ts';
import { isoDay, todayFromEnv } from '../src/lib/core/dates.ts';
import { contentDir, proposalsDir } from '../src/lib/io/paths.ts';
import { formatProblem } from '../src/lib/core/problems.ts';
import { recordAcceptance } from '../src/lib/proposals/accept-run.ts';

const { values, positionals } = parseArgs({
	options: {
		package: { type: 'string' },
		'add-on': { type: 'string', multiple: true, default: [] },
		by: { type: 'string' },
		on: { type: 'string' },
		proposals: { type: 'string' },
	},
	allowPositionals: true,
	strict: true,
});

const usage = 'usage: npm run proposals:accept -- <id> [--package <id>] [--add-on <service> …] --by "<name>" [--on YYYY-MM-DD]';
const [id, ...extra] = positionals;
const errors: string[] = [];
if (id === undefined || extra.length) errors.push(`name exactly one proposal id\n${usage}`);
if (!values.by?.trim()) errors.push(`--by: name who accepted, as they signed\n${usage}`);
if (values.on !== undefined && !isIsoDate(values.on)) errors.push(`--on: expected a day written as YYYY-MM-DD, found "${values.on}"`);
if (errors.length) {
	for (const error of errors) console.error(error);
	process.exit(2);
}

const result = recordAcceptance({
	contentDir: contentDir(),
	proposalsDir: proposalsDir(values.proposals),
	id: id as string,
	acceptance: {
		date: values.on ?? isoDay(todayFromEnv()),
		by: (values.by as string).trim(),
		package: values.package,
		addOns: values['add-on'],
	},
});
if (result.problems.length) {
	for (const problem of result.problems) console.error(formatProblem(problem));
	console.error('\nNothing was recorded.');
	process.exit(1);
}
console.log(`${id}: accepted; frozen record ${result.recordFile} (SHA-256 ${result.sha256}).`);
console.log('Commit the proposal file and the record together. Run npm run proposals to render the accepted documents.');
