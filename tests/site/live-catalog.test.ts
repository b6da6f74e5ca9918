/**
 * The dev server's catalog module (src/integrations/live-catalog.ts) in a real Vite server, without
 * Astro: a content change reloads it with a new generation, and a copy the server's module runner
 * evaluated with another generation, or whose evaluation failed, is dropped before a page is served.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { createServer, isRunnableDevEnvironment, type ViteDevServer } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { dropStaleCatalog, liveCatalog } from '../../src/integrations/live-catalog.ts';
import { loadCatalog } from '../../src/lib/catalog/load.ts';
import type { LoadResult } from '../../src/lib/catalog/types.ts';
import { copyFixture, edit, remove } from '../helpers/fixture.ts';

const pagesModule = fileURLToPath(new URL('../fixtures/live-catalog/pages-catalog.ts', import.meta.url));
const quiet = { info() {}, warn() {}, error() {}, debug() {} } as unknown as AstroIntegrationLogger;
let server: ViteDevServer | undefined;
let content: string | undefined;

afterEach(async () => {
	await server?.close();
	if (content) remove(content);
	server = content = undefined;
});

async function serve(contentDir: string, initial: LoadResult): Promise<ViteDevServer> {
	server = await createServer({
		configFile: false,
		logLevel: 'silent',
		appType: 'custom',
		server: { middlewareMode: true, hmr: false },
		plugins: [liveCatalog({ contentDir, initial, logger: quiet, dev: true })],
	});
	return server;
}

function runner(vite: ViteDevServer) {
	const ssr = vite.environments.ssr;
	if (!ssr || !isRunnableDevEnvironment(ssr)) throw new Error('no runnable SSR environment');
	return ssr.runner;
}

/** What the pages' stand-in module exports, evaluated by the server's module runner. */
function importPages(vite: ViteDevServer): Promise<{ catalogGeneration: number; practiceName: string }> {
	return runner(vite).import(pagesModule);
}

describe('the live catalog under the dev server', () => {
	it('keeps a copy of the current generation and drops one of another', async () => {
		content = copyFixture('basic');
		const vite = await serve(content, loadCatalog(content));
		expect((await importPages(vite)).catalogGeneration).toBe(0);

		expect(await dropStaleCatalog(vite, 0, pagesModule)).toBe(false);
		expect(runner(vite).evaluatedModules.getModuleById(pagesModule)?.promise).toBeDefined();

		expect(await dropStaleCatalog(vite, 1, pagesModule)).toBe(true);
		expect(runner(vite).evaluatedModules.getModuleById(pagesModule)?.promise).toBeUndefined();
	});

	it('reloads on a content change with a new generation', async () => {
		content = copyFixture('basic');
		const vite = await serve(content, loadCatalog(content));
		expect(await importPages(vite)).toMatchObject({ catalogGeneration: 0, practiceName: 'Fixture Ops' });
		edit(content, 'site.yaml', 'name: Fixture Ops', 'name: Harbour Lane Ops');
		await expect.poll(async () => (await importPages(vite)).practiceName, { timeout: 15_000 }).toBe('Harbour Lane Ops');
		expect((await importPages(vite)).catalogGeneration).toBeGreaterThan(0);
	});

	it('drops a copy whose evaluation failed on content that was broken then', async () => {
		content = copyFixture('basic');
		const broken: LoadResult = { catalog: undefined, problems: [{ file: 'site.yaml', field: 'name', message: 'broken for the test' }] };
		const vite = await serve(content, broken);
		await expect(importPages(vite)).rejects.toThrow('1 content problems');
		expect(await dropStaleCatalog(vite, 0, pagesModule)).toBe(true);
	});
});
