/**
 * `npm run build` tells Astro to build while it is still checking the content: Astro's pages wait for
 * the catalog snapshot the script writes once everything is valid. Here the test plays the script's
 * part, and writes the snapshot only once Astro has reached its pages.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/lib/catalog/load.ts';
import { catalogSnapshotEnv } from '../../src/lib/catalog/snapshot-env.ts';
import { writeCatalogSnapshot } from '../../src/lib/catalog/snapshot.ts';
import type { Catalog } from '../../src/lib/catalog/types.ts';
import { buildRootFor } from '../../src/lib/io/astro-root.ts';
import { contentCacheDir } from '../../src/lib/io/paths.ts';

const work = mkdtempSync(join(tmpdir(), 'opsbook-overlap-'));
const content = resolve('tests/fixtures/basic');
const cacheDir = join(work, 'cache');
afterAll(() => {
	rmSync(work, { recursive: true, force: true });
	// build.ts removes the build root with its lock; this test started Astro's process itself.
	rmSync(buildRootFor(contentCacheDir({ OPSBOOK_CACHE_DIR: cacheDir, OPSBOOK_CONTENT: content })), { recursive: true, force: true });
});

describe('an Astro build started before the content is checked', () => {
	it('renders its pages from the snapshot written while it was building', async () => {
		const snapshot = join(work, 'catalog.json');
		const out = join(work, 'dist');
		const astro = spawn(process.execPath, ['scripts/astro-build.ts', out], {
			stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
			env: {
				...process.env,
				OPSBOOK_CONTENT: content,
				OPSBOOK_CACHE_DIR: cacheDir,
				OPSBOOK_EDITION: 'public',
				OPSBOOK_PAGEFIND: 'later',
				...catalogSnapshotEnv(snapshot, process.pid),
			},
		});
		let output = '';
		for (const stream of [astro.stdout, astro.stderr]) stream?.on('data', (chunk: Buffer) => (output += chunk));
		const ended = new Promise<number | null>((done) => astro.on('close', done));
		astro.send('build');

		// Astro bundles the site and starts on its pages with no snapshot there yet.
		await expect.poll(() => output, { timeout: 60_000, interval: 50 }).toContain('generating static routes');
		expect(existsSync(snapshot)).toBe(false);
		writeCatalogSnapshot(loadCatalog(content).catalog as Catalog, snapshot);

		expect(await ended, output).toBe(0);
		expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<html');
	}, 120_000);
});
