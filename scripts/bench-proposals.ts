/**
 * `npm run bench:proposals`: renders generated proposals (HTML, Markdown, JSON) against the catalog
 * in a temporary folder and prints proposals per second; then times PDF output for a few of them
 * when Chromium is found.
 *
 *   -- --count <n>      proposals to generate (default 1000)
 *   -- --pdf-count <n>  proposals to print as PDF (default 20; 0 to skip)
 *   -- --dir <dir>      where to write (default: /dev/shm when it exists, else the system temp folder)
 *
 * The default output folder is in memory where Linux offers one, so the figure measures Opsbook rather
 * than the disk; `--dir` measures writing to a disk folder, and the table shows both parts of the run.
 */
import '../src/lib/io/compile-cache.ts';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { loadCatalog } from '../src/lib/catalog/load.ts';
import { displayPath } from '../src/lib/io/files.ts';
import { contentDir } from '../src/lib/io/paths.ts';
import { openPdfPrinter } from '../src/lib/io/pdf.ts';
import { formatProblem } from '../src/lib/core/problems.ts';
import { buildProposals, prepare, renderProposalFiles, templateFor } from '../src/lib/proposals/build.ts';
import { loadProposals } from '../src/lib/proposals/load.ts';
import { resolveProposal } from '../src/lib/proposals/resolve.ts';
import { clearTemplateCache } from '../src/lib/proposals/templates.ts';
import { MAX_ADDONS } from '../src/lib/pricing/rules.ts';
import { random } from '../src/lib/bench/synthetic.ts';

const { values } = parseArgs({
	options: { count: { type: 'string', default: '1000' }, 'pdf-count': { type: 'string', default: '20' }, dir: { type: 'string' } },
	strict: true,
});
const count = Number(values.count);
const pdfCount = Number(values['pdf-count']);
const TARGET_SECONDS = 5;

const content = contentDir();
const { catalog, problems } = loadCatalog(content);
if (!catalog) {
	for (const problem of problems) console.error(formatProblem(problem));
	process.exit(1);
}

function generate(index: number, next: () => number) {
	const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
	const packageIds = catalog!.packages.map((pkg) => pkg.id);
	const multiple = packageIds.length >= 2 && next() < 0.35;
	const offered = multiple ? packageIds.slice(0, Math.min(3, packageIds.length)) : [pick(packageIds)];
	const pool = catalog!.services.map((service) => service.id).sort(() => next() - 0.5);
	const extras = pool.slice(0, 1 + Math.floor(next() * 4));
	const addons = pool.slice(extras.length, extras.length + Math.floor(next() * Math.min(4, MAX_ADDONS)));
	const proposal: Record<string, unknown> = {
		client: { name: `Client ${index}`, email: `client${index}@example.com`, business: `Business ${index} & Co` },
		date: '2026-11-02',
		validUntil: '2026-12-02',
		startDate: '2027-01-04',
		...(multiple ? { packages: offered, recommended: offered[1] ?? offered[0] } : { package: offered[0] }),
		services: [
			...extras.map((id) => (next() < 0.3 ? { id, hours: 2 + Math.floor(next() * 6) } : { id })),
			...addons.map((id) => ({ id, optional: true })),
		],
		situation: `Client ${index} needs **help** with operations.\n\nThey want their evenings back.`,
	};
	if (next() < 0.4)
		proposal.discount = next() < 0.5 ? { percent: 5 + Math.floor(next() * 10), reason: 'Loyalty' } : { amount: 100, reason: 'Referral' };
	if (next() < 0.3) proposal.tax = { rate: 20, label: 'VAT', inclusive: next() < 0.5 };
	return proposal;
}

const base = values.dir ?? (existsSync('/dev/shm') ? '/dev/shm' : tmpdir());
const work = mkdtempSync(join(base, 'opsbook-bench-'));
try {
	const proposalsDir = join(work, 'proposals');
	mkdirSync(proposalsDir);
	const next = random(42);
	for (let i = 1; i <= count; i++) writeFileSync(join(proposalsDir, `p${String(i).padStart(4, '0')}.yaml`), stringify(generate(i, next)));

	console.log(
		`Proposals benchmark: ${count} generated proposals against ${displayPath(content)}/ (${catalog.services.length} services), ${availableParallelism()} CPUs, Node ${process.versions.node}, writing to ${base}`,
	);

	// Part one: everything but the writes, in memory.
	const renderStarted = performance.now();
	const { prepared } = prepare(content);
	const loaded = loadProposals(proposalsDir, prepared!.index);
	let bytes = 0;
	for (const source of loaded.proposals) {
		const resolved = resolveProposal(source, prepared!.index, { today: '2026-11-10' });
		const template = templateFor(source.data.template, prepared!, []);
		if (!resolved.proposal || !template) throw new Error(`cannot render ${source.id}`);
		for (const text of Object.values(renderProposalFiles(resolved.proposal, template))) bytes += (text as string).length;
	}
	const renderSeconds = (performance.now() - renderStarted) / 1000;

	// Part two: the real run, as `npm run proposals` does it, writes included.
	clearTemplateCache();
	const started = performance.now();
	const cpuStarted = process.cpuUsage();
	const result = await buildProposals({ contentDir: content, proposalsDir, outDir: join(work, 'out'), pdf: 'off', today: '2026-11-10' });
	const seconds = (performance.now() - started) / 1000;
	// CPU time of this process (user + system, all threads): what the work costs when other processes compete for the cores.
	const cpu = process.cpuUsage(cpuStarted);
	const cpuSeconds = (cpu.user + cpu.system) / 1e6;
	if (result.problems.length) {
		for (const problem of result.problems.slice(0, 20)) console.error(formatProblem(problem));
		console.error(`${result.problems.length} problems in generated proposals`);
		process.exit(1);
	}
	const rate = result.built.length / seconds;
	const verdict = seconds < TARGET_SECONDS ? 'met' : 'NOT MET';
	console.log('');
	console.log('| step | proposals | seconds | per second | per proposal |');
	console.log('| --- | ---: | ---: | ---: | ---: |');
	console.log(
		`| load, validate, resolve, render HTML + Markdown + JSON in memory (${(bytes / count / 1024).toFixed(0)} KB each) | ${loaded.proposals.length} | ${renderSeconds.toFixed(2)} | ${(loaded.proposals.length / renderSeconds).toFixed(0)} | ${((renderSeconds * 1000) / loaded.proposals.length).toFixed(2)} ms |`,
	);
	console.log(
		`| the whole run, written to ${base} (staged, then swapped in) | ${result.built.length} | ${seconds.toFixed(2)} | ${rate.toFixed(0)} | ${((seconds * 1000) / result.built.length).toFixed(2)} ms |`,
	);

	if (pdfCount > 0) {
		// Every PDF printed: the benchmark times Chromium, not the cache.
		const printer = await openPdfPrinter(undefined, { cacheDir: false });
		if (!printer) {
			console.log(`| PDF | skipped: no Chromium found (set CHROMIUM_PATH) | | | |`);
		} else {
			try {
				const html = (item: (typeof result.built)[number]) => readFileSync(join(item.dir, 'proposal.html'), 'utf8');
				// Chromium starts with the first PDF; that one is timed apart.
				const [first, ...sample] = result.built.slice(0, pdfCount);
				const launchStarted = performance.now();
				if (first) await printer.print(html(first), first.paper);
				const launch = (performance.now() - launchStarted) / 1000;
				const pdfStarted = performance.now();
				await Promise.all(sample.map((item) => printer.print(html(item), item.paper)));
				const pdfSeconds = (performance.now() - pdfStarted) / 1000;
				console.log(
					`| PDF (one Chromium; starting it and printing the first took ${launch.toFixed(2)} s) | ${sample.length} | ${pdfSeconds.toFixed(2)} | ${(sample.length / pdfSeconds).toFixed(1)} | ${((pdfSeconds * 1000) / sample.length).toFixed(0)} ms |`,
				);
			} finally {
				await printer.close();
			}
		}
	}
	console.log('');
	console.log(
		`${rate.toFixed(0)} proposals/second; target ${count} in under ${TARGET_SECONDS} s: ${verdict} (${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU; load average ${loadavg()[0]?.toFixed(1)}).`,
	);
} finally {
	rmSync(work, { recursive: true, force: true });
}
