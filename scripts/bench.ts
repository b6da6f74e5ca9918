/**
 * `npm run bench [-- --sops N[,N…]]`: generates synthetic content with N SOPs (default 1,000) in a
 * temporary folder, runs the real full build on it (content check, Astro, Pagefind, proposals) and
 * prints a table: check time, Astro build time, pages per second, Pagefind index time, index size,
 * peak memory of the build's process tree (PSS, and RSS added up), dist size and size per page. Beside it, the framework's floor
 * (src/lib/bench/floor.ts: a bare Astro page per SOP, then the Pagefind CLI) is built and timed on the
 * same SOPs, and the site build is given as a multiple of it (`--pairs N`, default 3: both run N times in
 * turn, from cold; medians). Then the full build (`npm run build`'s
 * first step: site and proposals with PDFs, in one process), its time and peak memory, and the same build
 * again with nothing changed (the PDFs then come from the cache). Then the client
 * handbooks (`--clients N`, default 20: all sites without PDFs, then each client's PDF). Then runs the
 * proposals benchmark.
 */
import '../src/lib/io/compile-cache.ts';
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { floorProject } from '../src/lib/bench/floor.ts';
import { syntheticContent } from '../src/lib/bench/synthetic.ts';
import { loadCatalog } from '../src/lib/catalog/load.ts';
import { astroCli } from '../src/lib/io/astro-cli.ts';
import { folderBytes, listFiles } from '../src/lib/io/files.ts';
import { contentDir } from '../src/lib/io/paths.ts';
import { treeMemory, type TreeMemory } from '../src/lib/io/process-memory.ts';

const { values } = parseArgs({
	options: {
		sops: { type: 'string', default: '1000' },
		clients: { type: 'string', default: '20' },
		'skip-proposals': { type: 'boolean', default: false },
		pairs: { type: 'string', default: '3' },
	},
});
const pairCount = Number.parseInt(values.pairs, 10);
if (!Number.isInteger(pairCount) || pairCount < 1) throw new Error('--pairs takes a whole number, such as --pairs 3');
const clientCount = Number.parseInt(values.clients, 10);
if (!Number.isInteger(clientCount) || clientCount < 0) throw new Error('--clients takes a whole number, such as --clients 20');
const sizes = values.sops.split(',').map((n) => Number.parseInt(n, 10));
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--sops takes whole numbers, such as --sops 100,1000');

interface Row {
	sops: number;
	checkMs: number;
	astroMs: number;
	pages: number;
	pagefindMs: number;
	indexBytes: number;
	/** Peak memory of the site builds' process trees (the highest of the pairs). */
	peak: TreeMemory;
	distBytes: number;
	/** `scripts/build.ts --proposals`: check, site, Pagefind, proposals with PDFs; time and peak memory. */
	fullMs: number;
	fullPeak: TreeMemory;
	/** The same full build again: the usual edit-and-build case, with the PDFs of the first run kept. */
	rebuildMs: number;
	rebuildPeak: TreeMemory;
	clients: number;
	/** All client sites (no PDFs): one Astro build, split, a Pagefind index each. */
	clientsMs: number;
	/** Slowest and median single client PDF. */
	pdfMaxMs: number;
	pdfMedianMs: number;
	totalMs: number;
	/** `npm run build:site` alone: check, Astro and Pagefind, in a process of its own. */
	siteMs: number;
	floorMs: number;
	/** The median of the pairs' site/floor ratios. */
	ratio: number;
}

const astroBin = astroCli();
// Pagefind exports only its API; its CLI runner sits beside it.
const pagefindBin = fileURLToPath(new URL('runner/bin.cjs', import.meta.resolve('pagefind')));

/** Builds the floor site on the SOPs of `content` and runs the Pagefind CLI on it; returns the time both took. */
async function measureFloor(content: string, count: number): Promise<number> {
	// Inside node_modules/ so the floor project resolves this checkout's Astro, and never in the way of the real site.
	mkdirSync(resolve('node_modules/.cache'), { recursive: true });
	const root = mkdtempSync(join(resolve('node_modules/.cache'), 'opsbook-floor-'));
	try {
		for (const [path, text] of floorProject(join(content, 'sops'))) {
			mkdirSync(dirname(join(root, path)), { recursive: true });
			writeFileSync(join(root, path), text);
		}
		const astro = await run([astroBin, 'build', '--root', root, '--silent'], {});
		const built = listFiles(join(root, 'dist'), ['.html']).length;
		if (built < count) throw new Error(`the floor site built ${built} pages for ${count} SOPs`);
		const pagefind = await run([pagefindBin, '--site', join(root, 'dist'), '--quiet'], {});
		return astro.ms + pagefind.ms;
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}

/** Runs a project script on this Node, sampling the memory of its process tree. */
function run(args: string[], env: Record<string, string>): Promise<{ ms: number; peak: TreeMemory; output: string }> {
	const started = performance.now();
	const child = spawn(process.execPath, args, { env: { ...process.env, ...env } });
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	const peak = { rss: 0, pss: 0 };
	const sampler = setInterval(() => {
		const now = treeMemory(child.pid ?? 0);
		peak.rss = Math.max(peak.rss, now.rss);
		peak.pss = Math.max(peak.pss, now.pss);
	}, 100);
	return new Promise((resolve, reject) =>
		child.on('close', (code) => {
			clearInterval(sampler);
			if (code !== 0) reject(new Error(`${args.join(' ')} failed:\n${output}`));
			else resolve({ ms: performance.now() - started, peak, output });
		}),
	);
}

async function measure(count: number): Promise<Row> {
	const root = mkdtempSync(join(tmpdir(), `opsbook-bench-${count}-`));
	const content = join(root, 'content');
	try {
		for (const [path, text] of syntheticContent({ sops: count, clients: clientCount })) {
			mkdirSync(dirname(join(content, path)), { recursive: true });
			writeFileSync(join(content, path), text);
		}
		// The templates come from the real content; the proposals are synthetic, priced from this catalog.
		if (!values['skip-proposals']) cpSync(join(contentDir(), 'templates'), join(content, 'templates'), { recursive: true });
		const checkStarted = performance.now();
		const { problems } = loadCatalog(content);
		if (problems.length) throw new Error(`synthetic content is invalid: ${problems[0]?.message}`);
		const checkMs = performance.now() - checkStarted;

		const dist = join(root, 'dist');
		const timings = join(root, 'timings.json');
		const env = { OPSBOOK_CONTENT: content, OPSBOOK_QUIET: '1', OPSBOOK_TIMINGS: timings, OPSBOOK_CACHE_DIR: join(root, '.cache') };
		// The site build and the floor run in turn, `pairCount` times, each from cold: a moment of load on a
		// shared machine then moves one pair, not the result, which takes the medians and the median ratio.
		const pairs: { site: { ms: number; peak: TreeMemory }; pagefindMs: number; floorMs: number }[] = [];
		for (let pair = 0; pair < pairCount; pair++) {
			rmSync(env.OPSBOOK_CACHE_DIR, { recursive: true, force: true });
			const site = await run(['scripts/build.ts', '--out', dist], env);
			const { pagefindMs } = JSON.parse(readFileSync(timings, 'utf8')) as { pagefindMs: number };
			pairs.push({ site, pagefindMs, floorMs: await measureFloor(content, count) });
		}
		const site = {
			ms: median(pairs.map((pair) => pair.site.ms)),
			peak: { rss: Math.max(...pairs.map((pair) => pair.site.peak.rss)), pss: Math.max(...pairs.map((pair) => pair.site.peak.pss)) },
		};
		const floorMs = median(pairs.map((pair) => pair.floorMs));
		const pagefindMs = median(pairs.map((pair) => pair.pagefindMs));
		const ratio = median(pairs.map((pair) => pair.site.ms / pair.floorMs));
		let full = { ms: 0, peak: { rss: 0, pss: 0 } };
		let rebuild = { ms: 0, peak: { rss: 0, pss: 0 } };
		if (!values['skip-proposals']) {
			const fullOut = ['--out', join(root, 'dist-full'), '--proposals', '--proposals-out', join(root, 'out', 'proposals')];
			full = await run(['scripts/build.ts', ...fullOut], env);
			rebuild = await run(['scripts/build.ts', ...fullOut], env);
		}
		let clientsMs = 0;
		let clientPdfsMs = 0;
		const pdfTimes: number[] = [];
		if (clientCount > 0) {
			const out = join(root, 'out', 'clients');
			clientsMs = (await run(['scripts/clients.ts', '--out', out, '--no-pdf'], env)).ms;
			// PDFs timed apart, one line each from the script's log.
			const withPdf = await run(['scripts/clients.ts', '--out', out, '--pdf'], { ...env, OPSBOOK_QUIET: '' });
			clientPdfsMs = withPdf.ms;
			for (const match of withPdf.output.matchAll(/handbook\.pdf printed in ([\d.]+) s/g)) pdfTimes.push(Number(match[1]) * 1000);
		}
		pdfTimes.sort((a, b) => a - b);
		const pages = listFiles(dist, ['.html']).length;
		return {
			sops: count,
			checkMs,
			astroMs: site.ms - pagefindMs,
			pages,
			pagefindMs,
			indexBytes: folderBytes(join(dist, 'pagefind')),
			peak: site.peak,
			distBytes: folderBytes(dist),
			fullMs: full.ms,
			fullPeak: full.peak,
			rebuildMs: rebuild.ms,
			rebuildPeak: rebuild.peak,
			clients: clientCount,
			clientsMs,
			pdfMaxMs: pdfTimes.at(-1) ?? 0,
			pdfMedianMs: pdfTimes[Math.floor(pdfTimes.length / 2)] ?? 0,
			totalMs: checkMs + site.ms + clientsMs + clientPdfsMs,
			siteMs: site.ms,
			floorMs,
			ratio,
		};
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}

/** The middle value (the mean of the two middle ones for an even count). */
function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
/** PSS, the memory the tree holds, then RSS added up over its processes (shared pages counted in each). */
const memory = (peak: TreeMemory) => `${mib(peak.pss)} (${(peak.rss / 1024 / 1024).toFixed(0)})`;

const rows: Row[] = [];
for (const count of sizes) {
	console.error(`Building ${count} synthetic SOPs…`);
	rows.push(await measure(count));
}

const header = [
	'SOPs',
	'check',
	'Astro build',
	'pages',
	'pages/s',
	'Pagefind',
	'index size',
	'peak memory PSS (RSS sum)',
	'dist size',
	'dist/page',
	'full build',
	'full build memory',
	'rebuild',
	'rebuild memory',
	'clients',
	'clients ÷ site',
	'client PDF (median / max)',
	'total',
	'site build',
	'floor',
	'site/floor',
];
const table = rows.map((r) => [
	String(r.sops),
	seconds(r.checkMs),
	seconds(r.astroMs),
	String(r.pages),
	(r.pages / (r.astroMs / 1000)).toFixed(0),
	seconds(r.pagefindMs),
	mib(r.indexBytes),
	memory(r.peak),
	mib(r.distBytes),
	kib(r.distBytes / r.pages),
	r.fullMs ? seconds(r.fullMs) : '–',
	r.fullMs ? memory(r.fullPeak) : '–',
	r.rebuildMs ? seconds(r.rebuildMs) : '–',
	r.rebuildMs ? memory(r.rebuildPeak) : '–',
	r.clients ? `${r.clients}: ${seconds(r.clientsMs)}` : '–',
	r.clients ? `${(r.clientsMs / (r.astroMs + r.pagefindMs)).toFixed(2)}×` : '–',
	r.clients ? `${seconds(r.pdfMedianMs)} / ${seconds(r.pdfMaxMs)}` : '–',
	seconds(r.totalMs),
	seconds(r.siteMs),
	seconds(r.floorMs),
	`${r.ratio.toFixed(2)}×`,
]);
console.log(
	`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|\n${table.map((row) => `| ${row.join(' | ')} |`).join('\n')}`,
);
console.log(
	'\n"Astro build" includes validation inside the build and page rendering, not Pagefind; "clients" is every client site without PDFs (one Astro build, split, a Pagefind index each), "clients ÷ site" compares it with the public site (Astro + Pagefind); "total" is check + site build + clients with and without PDFs; "full build" is `npm run build` without the client handbooks (check, site, Pagefind and proposals with PDFs, printed once Astro has ended), with its peak memory; "rebuild" is the same build again, nothing changed, so every PDF comes from the cache.' +
		`\n"site build" is \`npm run build:site\` (check, Astro, Pagefind); "floor" is a bare Astro page per SOP plus the Pagefind CLI on the same SOPs; both are the median of ${pairCount} cold runs in turn, "site/floor" the median of their ${pairCount} ratios, "peak memory" the highest of the site builds.` +
		'\nMemory is the peak of the whole process tree (script, Astro, Pagefind, Chromium), sampled every 0.1 s: PSS splits each shared page between the processes that map it, so it is what the build holds in memory; in brackets, the RSS of every process added up, in MiB, which counts a shared page once per process.',
);

if (!values['skip-proposals']) {
	console.log('\nProposals benchmark:');
	const bench = await run(['scripts/bench-proposals.ts'], {});
	console.log(bench.output.trim());
}
