/**
 * `npm run new:sop -- <area> "<title>"`: writes content/sops/<area>/<slug>.md (in $OPSBOOK_CONTENT when
 * set) with every required field and the section skeleton. Never overwrites an existing SOP.
 */
import '../src/lib/io/compile-cache.ts';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { closest } from 'fastest-levenshtein';
import { listFiles, displayPath, readYamlFile } from '../src/lib/io/files.ts';
import { isoDay } from '../src/lib/core/dates.ts';
import { contentDir } from '../src/lib/io/paths.ts';
import { checkNewSop, newSopFile, sopSlug } from '../src/lib/handbook/sop-template.ts';
import { rolesSchema } from '../src/schemas/roles.ts';

const usage = 'Usage: npm run new:sop -- <area> "<title>"\n  for example: npm run new:sop -- office "Reconcile the petty cash"';

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
	console.log(usage);
	process.exit(0);
}
const [area, ...titleWords] = args;
const title = titleWords.join(' ').trim();
if (!area || !title) fail(usage);

const dir = contentDir();
const areas = listFiles(join(dir, 'areas'), ['.md']).map((path) => path.slice(join(dir, 'areas').length + 1).replace(/\.md$/, ''));
if (!areas.includes(area)) {
	const hint = areas.length
		? ` Did you mean "${closest(area, areas)}"? Areas: ${areas.join(', ')}.`
		: ` No areas found in ${displayPath(join(dir, 'areas'))}.`;
	fail(`new:sop: unknown area "${area}".${hint}`);
}

const slug = sopSlug(title);
if (!slug) fail(`new:sop: the title "${title}" has no letters or digits to name the file after.`);

const roles = rolesSchema.safeParse(readYamlFile(join(dir, 'roles.yaml')).data);
const roleIds = roles.success ? roles.data.map((role) => role.id) : [];
const owner = roleIds.includes('obm') ? 'obm' : (roleIds[0] ?? 'obm');

const folder = join(dir, 'sops', area);
const path = join(folder, `${slug}.md`);
for (const existing of [path, join(folder, `${slug}.mdx`)]) {
	if (existsSync(existing)) fail(`new:sop: ${displayPath(existing)} already exists; pick another title or edit that file.`);
}

const text = newSopFile({ area, title, owner, today: isoDay(new Date()) });
const problems = checkNewSop(text);
if (problems.length) fail(`new:sop: the new file would be invalid:\n${problems.join('\n')}`);

mkdirSync(folder, { recursive: true });
writeFileSync(path, text, { flag: 'wx' });
console.log(`Created ${displayPath(path)} (status: draft, owner: ${owner}).`);
console.log('Replace the placeholder text, fill in the roles, frequency and checklist, then run npm run check.');
