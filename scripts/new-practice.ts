/**
 * `npm run new:practice`: starts your own practice in a fresh content folder. Asks for the practice's
 * details (or takes them as flags), validates them with the site schema, and writes site.yaml, roles.yaml,
 * the eight duty areas and, unless declined, the starter services, packages, SOPs and templates.
 *
 *   --name --owner --email --url   required (asked when missing and the terminal is interactive)
 *   --locale --currency --timezone --rate --tax-rate --tax-label --tax-inclusive --tagline
 *   --starter | --empty            copy the starter library, or only the areas and roles
 *   --dir <folder>                 default: content/ (or $OPSBOOK_CONTENT)
 *   --force                        replace a folder that has uncommitted changes
 */
import '../src/lib/io/compile-cache.ts';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stdin, stdout } from 'node:process';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultAnswers, practiceFiles, practiceSiteYaml, questions, type PracticeAnswers } from '../src/lib/catalog/new-practice.ts';
import { formatProblem, type Problem } from '../src/lib/core/problems.ts';
import { displayPath, readTree } from '../src/lib/io/files.ts';
import { replaceRefusal } from '../src/lib/io/folder-state.ts';
import { contentDir } from '../src/lib/io/paths.ts';
import { writeTreeAtomic } from '../src/lib/io/write-atomic.ts';

/** The starter practice this project ships, whatever folder the new practice goes to. */
const starterDir = fileURLToPath(new URL('../content', import.meta.url));
const text = { type: 'string' } as const;
const { values } = parseArgs({
	options: {
		...Object.fromEntries(questions.filter((q) => q.key !== 'taxInclusive').map((q) => [q.flag, text])),
		'tax-inclusive': { type: 'boolean' },
		tagline: text,
		starter: { type: 'boolean' },
		empty: { type: 'boolean' },
		dir: text,
		force: { type: 'boolean', default: false },
		help: { type: 'boolean', short: 'h', default: false },
	},
	allowNegative: true,
	strict: true,
});

function fail(lines: string[]): never {
	for (const line of lines) console.error(line);
	process.exit(1);
}

if (values.help) {
	console.log(
		'Usage: npm run new:practice [-- --name "…" --owner "…" --email … --url … --locale en-GB --currency GBP --timezone Europe/London --rate 65 --tax-rate 20 --tax-label VAT --no-tax-inclusive --starter|--empty --dir <folder> --force]',
	);
	process.exit(0);
}
if (values.starter && values.empty) fail(['new:practice: choose --starter or --empty, not both.']);

const target = values.dir ? resolve(values.dir) : contentDir();
const refusal = replaceRefusal(target);
if (refusal && !values.force) {
	fail([`new:practice: ${displayPath(target)} ${refusal}; nothing was written. Commit or move it, pick another --dir, or add --force.`]);
}
if (!existsSync(join(starterDir, 'site.yaml'))) fail([`new:practice: the starter practice is missing from ${displayPath(starterDir)}.`]);
const starter = readTree(starterDir);
const siteFile = displayPath(join(target, 'site.yaml'));

const given: Partial<PracticeAnswers> = { ...defaultAnswers };
for (const q of questions) {
	const value = values[q.flag as keyof typeof values];
	if (value !== undefined) Object.assign(given, { [q.key]: value });
}
if (values.tagline !== undefined) given.tagline = values.tagline;
const missing = questions.filter((q) => values[q.flag as keyof typeof values] === undefined);
const required = missing.filter((q) => given[q.key] === undefined);
const interactive = Boolean(stdin.isTTY) && (missing.length > 0 || (!values.starter && !values.empty));

if (!interactive && required.length) {
	fail(required.map((q) => `${siteFile}: ${q.field}: required field is missing (give --${q.flag})`));
}

/** Lines typed at the terminal; read through an iterator so answers typed ahead are kept, not dropped. */
const lines = interactive ? createInterface({ input: stdin, output: stdout, terminal: false })[Symbol.asyncIterator]() : undefined;

/** Prints `prompt` and waits for the next line; Ctrl+D or Ctrl+C cancels the whole run. */
async function prompt(text: string): Promise<string> {
	stdout.write(text);
	const next = await lines!.next();
	if (next.done) fail(['\nnew:practice: cancelled; nothing was written.']);
	return String(next.value).trim();
}

/** Asks `q`, showing the current answer as the default; yes/no for the tax question. */
async function ask(q: (typeof questions)[number]): Promise<void> {
	for (;;) {
		const current = given[q.key];
		const shown = typeof current === 'boolean' ? (current ? 'y' : 'n') : current;
		const answer = await prompt(`${q.ask}${shown === undefined ? '' : ` [${shown}]`}: `);
		if (!answer && current !== undefined) return;
		if (!answer) continue;
		if (q.key !== 'taxInclusive') return void Object.assign(given, { [q.key]: answer });
		if (/^(y|yes|n|no)$/i.test(answer)) return void (given.taxInclusive = /^y/i.test(answer));
		console.log('Please answer y or n.');
	}
}

let withLibrary = !values.empty;
let site: { text: string; problems: Problem[] };
if (interactive) {
	console.log(`A new practice in ${displayPath(target)}. Press Enter to keep the value in brackets.`);
	let toAsk: (typeof questions)[number][] = [...missing];
	for (;;) {
		for (const q of toAsk) await ask(q);
		site = practiceSiteYaml(starter['site.yaml']!.toString('utf8'), given as PracticeAnswers, siteFile);
		if (!site.problems.length) break;
		for (const problem of site.problems) console.log(formatProblem(problem));
		// Ask again only what the schema rejected.
		toAsk = questions.filter((q) => site.problems.some((p) => p.field === q.field || p.field.startsWith(`${q.field}.`)));
		for (const q of toAsk) delete given[q.key];
		if (!toAsk.length) fail(['new:practice: site.yaml would be invalid; see above.']);
	}
	if (!values.starter && !values.empty) {
		const answer = await prompt('Start from the starter library (services, packages, SOPs, templates)? [Y/n]: ');
		withLibrary = !/^n/i.test(answer);
	}
	stdin.destroy();
} else {
	site = practiceSiteYaml(starter['site.yaml']!.toString('utf8'), given as PracticeAnswers, siteFile);
	if (site.problems.length) fail([...site.problems.map(formatProblem), `\nnew:practice: nothing was written.`]);
}

const files = practiceFiles(starter, site.text, withLibrary);
if (withLibrary && !Object.keys(files).some((path) => path.startsWith('services/'))) {
	fail([`new:practice: ${displayPath(starterDir)} no longer holds the starter services; restore it from git or use --empty.`]);
}
writeTreeAtomic(target, files);

const counts = (folder: string) => Object.keys(files).filter((path) => path.startsWith(`${folder}/`) && !path.endsWith('/.gitkeep')).length;
console.log(
	`Wrote ${displayPath(target)}: site.yaml, roles.yaml, ${counts('areas')} duty areas` +
		(withLibrary
			? `, ${counts('services')} services, ${counts('packages')} packages, ${counts('sops')} SOPs and the proposal templates.`
			: ' (no services, packages or SOPs yet).'),
);
const env = target === resolve('content') ? '' : `OPSBOOK_CONTENT=${displayPath(target)} `;
console.log(`Next: ${env}npm run check, then ${env}npm run dev and edit the files; the browser shows each change.`);
