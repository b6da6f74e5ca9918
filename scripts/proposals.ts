/**
 * `npm run proposals`: renders every proposal into `out/proposals/<id>/` (HTML, Markdown, JSON, PDF).
 *
 *   -- --only <id>        one proposal
 *   -- --pdf              PDF required: fail when no Chromium is found (default: made when found)
 *   -- --no-pdf           skip PDF
 *   -- --proposals <dir>  proposal files elsewhere (or OPSBOOK_PROPOSALS); default <content>/proposals
 *   -- --out <dir>        output folder, default out/proposals; never inside public/, dist/ or dist-internal/
 *   -- --today <day>      judge expiry against this YYYY-MM-DD day instead of today
 */
import '../src/lib/io/compile-cache.ts';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isIsoDate } from '../src/schemas/common.ts';
import { isoDay } from '../src/lib/core/dates.ts';
import { displayPath } from '../src/lib/io/files.ts';
import { contentDir, proposalsDir } from '../src/lib/io/paths.ts';
import { formatProblem } from '../src/lib/core/problems.ts';
import { buildProposals } from '../src/lib/proposals/build.ts';
import { builtLines } from '../src/lib/proposals/report.ts';
import { cleanStaging } from '../src/lib/io/staging.ts';

const { values } = parseArgs({
	options: {
		only: { type: 'string' },
		pdf: { type: 'boolean', default: false },
		'no-pdf': { type: 'boolean', default: false },
		proposals: { type: 'string' },
		out: { type: 'string', default: 'out/proposals' },
		today: { type: 'string' },
	},
	strict: true,
});

if (values.today !== undefined && !isIsoDate(values.today)) {
	console.error(`--today: expected a day written as YYYY-MM-DD, found "${values.today}"`);
	process.exit(2);
}

// A mistyped OPSBOOK_CONTENT must not pass for "no proposals yet".
if (!existsSync(contentDir())) {
	console.error(`${displayPath(contentDir())}: (folder): content folder not found; check OPSBOOK_CONTENT`);
	process.exit(1);
}

const folder = proposalsDir(values.proposals);
if (values.proposals === undefined && !process.env.OPSBOOK_PROPOSALS && !existsSync(folder)) {
	console.log(`No proposals folder at ${displayPath(folder)}; nothing to render.`);
	process.exit(0);
}

cleanStaging();
const started = performance.now();
const result = await buildProposals({
	contentDir: contentDir(),
	proposalsDir: folder,
	outDir: resolve(values.out),
	only: values.only,
	pdf: values['no-pdf'] ? 'off' : values.pdf ? 'required' : 'auto',
	today: values.today ?? isoDay(new Date()),
});

for (const warning of result.warnings) console.warn(`warning: ${formatProblem(warning)}`);
if (result.problems.length) {
	for (const problem of result.problems) console.error(formatProblem(problem));
	const count = result.problems.length;
	console.error(`\n${count} problem${count === 1 ? '' : 's'} found; no proposal was written and earlier outputs are unchanged.`);
	process.exit(1);
}
for (const notice of result.notices) console.log(notice);
for (const line of builtLines(result.built)) console.log(line);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`${result.built.length} proposal${result.built.length === 1 ? '' : 's'} rendered in ${seconds} s.`);
