/**
 * `npm run search:stats`: search figures for the content folder (the starter content by default,
 * `OPSBOOK_CONTENT` for another). Builds the public site into a temporary folder, then reports:
 *   - Pagefind's index time and the size of `dist/pagefind/`;
 *   - what a first search downloads, recorded in headless Chromium against `astro preview`: the
 *     search page's own script, Pagefind's library and WebAssembly, and the index chunks and result
 *     fragments the query needs. JavaScript is counted uncompressed and gzipped (as any static host
 *     serves it); Pagefind's own files are stored gzipped and counted as they are.
 *   --query WORDS   what the first search types (default "payroll")
 *   --keep          keep the temporary build and print where it is
 *   --files         list every file the first search downloaded
 */
import '../src/lib/io/compile-cache.ts';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { preview } from 'astro';
import { chromium } from 'playwright-core';
import { folderBytes } from '../src/lib/io/files.ts';
import { chromiumArgs, findChromium } from '../src/lib/io/chromium.ts';
import { contentDir } from '../src/lib/io/paths.ts';

const { values } = parseArgs({
	options: {
		query: { type: 'string', default: 'payroll' },
		keep: { type: 'boolean', default: false },
		files: { type: 'boolean', default: false },
	},
});

interface Download {
	kind: string;
	url: string;
	raw: number;
	gzip: number;
}

/** What a request of the first search is, by its path. */
function kindOf(path: string): string {
	if (path.startsWith('/_astro/') && path.endsWith('.js')) return 'search page script';
	if (/\/pagefind\/pagefind(-worker)?\.js$/.test(path)) return 'Pagefind library (JS)';
	if (path.endsWith('.pagefind')) return 'Pagefind WebAssembly';
	if (/\.pf_(meta|index|filter)$/.test(path)) return 'index (metadata, word chunks, filters)';
	if (path.endsWith('.pf_fragment')) return 'result fragments';
	if (path.endsWith('/pagefind-entry.json')) return 'index (metadata, word chunks, filters)';
	return 'other';
}

/** Bytes of the index's top-level metadata file(s). */
function metaBytes(folder: string): number {
	return readdirSync(folder)
		.filter((name) => name.endsWith('.pf_meta'))
		.reduce((sum, name) => sum + statSync(join(folder, name)).size, 0);
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

const root = mkdtempSync(join(tmpdir(), 'opsbook-search-stats-'));
const dist = join(root, 'dist');
const timings = join(root, 'timings.json');
try {
	const built = spawnSync(process.execPath, ['scripts/build.ts', '--out', dist], {
		env: { ...process.env, OPSBOOK_QUIET: '1', OPSBOOK_TIMINGS: timings, OPSBOOK_CACHE_DIR: join(root, '.cache') },
		encoding: 'utf8',
	});
	if (built.status !== 0) throw new Error(`the build failed:\n${built.stdout}${built.stderr}`);
	const index = JSON.parse(readFileSync(timings, 'utf8')) as { pagefindMs: number; pages: number };
	const indexBytes = folderBytes(join(dist, 'pagefind'));
	const dataBytes =
		['index', 'fragment', 'filter'].reduce((sum, folder) => sum + folderBytes(join(dist, 'pagefind', folder)), 0) +
		metaBytes(join(dist, 'pagefind'));

	const executablePath = findChromium();
	if (!executablePath) throw new Error('Chromium was not found: set CHROMIUM_PATH or install the Debian package "chromium".');
	const server = await preview({ outDir: dist, logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
	const browser = await chromium.launch({ executablePath, args: chromiumArgs });
	const downloads: Download[] = [];
	const foreign: string[] = [];
	try {
		const origin = `http://127.0.0.1:${server.port}`;
		const page = await browser.newPage();
		page.on('request', (request) => {
			if (!request.url().startsWith(`${origin}/`)) foreign.push(request.url());
		});
		await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
		// From here on, everything the first search needs; the page's HTML and CSS are not counted.
		const pending: Promise<void>[] = [];
		page.on(
			'requestfinished',
			(request) =>
				void pending.push(
					(async () => {
						const response = await request.response();
						const body = response ? await response.body() : Buffer.alloc(0);
						const path = new URL(request.url()).pathname;
						// Pagefind's own files are gzip streams already; a host compresses only the JavaScript.
						const gzip = path.endsWith('.js') ? gzipSync(body, { level: 9 }).length : body.length;
						downloads.push({ kind: kindOf(path), url: path, raw: body.length, gzip });
					})(),
				),
		);
		const scriptBefore = await page.evaluate(() =>
			performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/_astro/') && entry.name.endsWith('.js')),
		);
		for (const entry of scriptBefore) {
			// The page's own module loads with the page; it belongs to search, so count it too.
			const path = new URL(entry.name).pathname;
			const body = readFileSync(join(dist, path));
			downloads.push({ kind: kindOf(path), url: path, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
		}
		await page.getByLabel('Search services, packages and procedures').fill(values.query);
		await page.waitForFunction(() => /result/i.test(document.querySelector('#search-status')?.textContent ?? ''), undefined, {
			timeout: 15_000,
		});
		await page.waitForLoadState('networkidle');
		await Promise.all(pending);
		console.log(`First search for "${values.query}": ${await page.locator('#search-status').textContent()}`);
	} finally {
		await browser.close();
		await server.stop();
	}

	// The browser fetches the favicon whenever it likes; it is not part of search.
	const searchDownloads = downloads.filter((download) => download.kind !== 'other');
	const rows = new Map<string, { files: number; raw: number; gzip: number }>();
	for (const download of searchDownloads) {
		const row = rows.get(download.kind) ?? { files: 0, raw: 0, gzip: 0 };
		rows.set(download.kind, { files: row.files + 1, raw: row.raw + download.raw, gzip: row.gzip + download.gzip });
	}
	const total = [...rows.values()].reduce(
		(sum, row) => ({ files: sum.files + row.files, raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip }),
		{ files: 0, raw: 0, gzip: 0 },
	);
	const js = searchDownloads.filter((d) => d.url.endsWith('.js')).reduce((sum, d) => sum + d.gzip, 0);
	const rest = searchDownloads.filter((d) => !d.url.endsWith('.js')).reduce((sum, d) => sum + d.raw, 0);

	console.log(`\nContent: ${contentDir()}`);
	console.log(`Index time: ${index.pagefindMs} ms for ${index.pages} HTML files`);
	console.log(
		`Index size: ${indexBytes} bytes (${kib(indexBytes)}) in dist/pagefind/, of which ${kib(dataBytes)} index data (words, filters, fragments, metadata) and the rest Pagefind's library and WebAssembly`,
	);
	console.log(`\nDownloaded by a first search:`);
	console.table(
		Object.fromEntries(
			[...rows, ['total', total] as const].map(([kind, row]) => [
				kind,
				{ files: row.files, 'as stored': kib(row.raw), 'downloaded (JS gzipped)': kib(row.gzip) },
			]),
		),
	);
	console.log(
		`JavaScript ${kib(js)} gzipped + WebAssembly and index ${kib(rest)} (stored compressed) = ${kib(js + rest)} for a first search.`,
	);
	if (values.files) for (const d of searchDownloads) console.log(`  ${d.url}  ${d.raw} bytes stored, ${d.gzip} downloaded`);
	if (foreign.length) {
		console.error(`Requests left the local server: ${foreign.join(', ')}`);
		process.exitCode = 1;
	}
} finally {
	if (values.keep) console.log(`\nBuild kept in ${dist}`);
	else rmSync(root, { recursive: true, force: true });
}
