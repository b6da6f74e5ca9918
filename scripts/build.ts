/**
 * `npm run build` / `npm run build:internal`: validates content, builds the site into a staging folder
 * and swaps it into place, so a failed build never leaves a half-written `dist/`.
 *   --internal   the full handbook, internal SOPs included, into dist-internal/ (never deploy it)
 *   --out DIR    another output folder
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { loadCatalog } from '../src/lib/catalog/load.ts';
import { contentDir } from '../src/lib/io/paths.ts';
import { formatProblem } from '../src/lib/core/problems.ts';
import { stagingPathFor, swapFolder } from '../src/lib/io/write-atomic.ts';
import { writeCatalogSnapshot } from '../src/lib/catalog/snapshot.ts';

const { values } = parseArgs({ options: { internal: { type: 'boolean', default: false }, out: { type: 'string' } } });
const edition = values.internal ? 'internal' : 'public';
const target = resolve(values.out ?? (values.internal ? 'dist-internal' : 'dist'));

const { catalog, problems } = loadCatalog(contentDir());
if (problems.length) {
	for (const problem of problems) console.error(formatProblem(problem));
	console.error(`\n${problems.length} content problem${problems.length === 1 ? '' : 's'}; nothing was built and ${target} is unchanged.`);
	process.exit(1);
}

process.env.OPSBOOK_EDITION = edition;
const staging = stagingPathFor(target);
const snapshot = `${staging}.catalog.json`;
try {
	if (catalog) Object.assign(process.env, writeCatalogSnapshot(catalog, snapshot));
	await build({
		outDir: staging,
		logLevel: process.env.OPSBOOK_QUIET ? 'warn' : 'info',
	});
	swapFolder(staging, target);
	console.log(`Built the ${edition} site into ${target}`);
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	console.error(`\nThe build failed; ${target} is unchanged.`);
	process.exitCode = 1;
} finally {
	rmSync(staging, { recursive: true, force: true });
	rmSync(snapshot, { force: true });
}
