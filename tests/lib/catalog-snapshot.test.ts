import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/lib/catalog/load.ts';
import { catalogSnapshotEnv, snapshotPending } from '../../src/lib/catalog/snapshot-env.ts';
import { loadBuildCatalog, writeCatalogSnapshot } from '../../src/lib/catalog/snapshot.ts';
import type { Catalog } from '../../src/lib/catalog/types.ts';
import { buildWarnings } from '../../src/lib/site/build-warnings.ts';

const dir = mkdtempSync(join(tmpdir(), 'opsbook-snapshot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const catalog = { site: { name: 'Snapshot Practice' }, sops: [] } as unknown as Catalog;

describe('the catalog snapshot', () => {
	it('is written whole, leaves no temporary file, and is read back', () => {
		const path = join(dir, 'whole.json');
		const env = writeCatalogSnapshot(catalog, path);
		expect(readdirSync(dir)).toEqual(['whole.json']);
		expect(snapshotPending(env)).toBe(false);
		expect(loadBuildCatalog(env)).toEqual({ catalog, problems: [] });
	});

	it('is waited for while the process that writes it still runs', async () => {
		const path = join(dir, 'later.json');
		// Another process writes it a moment later (aside, then renamed, as writeCatalogSnapshot does), as the
		// build script does once the content is checked.
		const write = `const fs = require('fs'); fs.writeFileSync(${JSON.stringify(`${path}.tmp`)}, '{"catalog":true}'); fs.renameSync(${JSON.stringify(`${path}.tmp`)}, ${JSON.stringify(path)})`;
		const writer = spawn(process.execPath, ['-e', `setTimeout(() => { ${write} }, 400)`]);
		await new Promise((started) => writer.once('spawn', started));
		const env = catalogSnapshotEnv(path, writer.pid);
		expect(snapshotPending(env)).toBe(true);
		expect(existsSync(path)).toBe(false);
		const started = performance.now();
		expect(loadBuildCatalog(env).catalog).toEqual({ catalog: true });
		expect(performance.now() - started).toBeGreaterThan(200);
		await new Promise((ended) => (writer.exitCode === null ? writer.once('exit', ended) : ended(undefined)));
	});

	it('fails with the reason when its writer has ended without writing it', () => {
		const ended = spawnSync(process.execPath, ['-e', '']).pid;
		expect(() => loadBuildCatalog(catalogSnapshotEnv(join(dir, 'never.json'), ended))).toThrow(
			/never\.json was never written: the build script that checks the content has ended/,
		);
	});
});

describe('buildWarnings', () => {
	const basic = loadCatalog('tests/fixtures/basic').catalog as Catalog;
	const today = new Date('2026-11-27T12:00:00Z');

	it('names what the public site leaves out, and the internal handbook does not', () => {
		const dropped = /service "office\/secret-service" is internal/;
		expect(buildWarnings(basic, 'public', today).some((line) => dropped.test(line))).toBe(true);
		expect(buildWarnings(basic, 'internal', today).some((line) => dropped.test(line))).toBe(false);
	});

	it('warns about a faint brand colour', () => {
		const faint = { ...basic, site: { ...basic.site, brand: { ...basic.site.brand, primary: '#dddddd' } } };
		expect(buildWarnings(faint, 'internal', today).join('\n')).toMatch(/primary/);
		expect(buildWarnings(basic, 'internal', today).join('\n')).not.toMatch(/primary/);
	});
});
