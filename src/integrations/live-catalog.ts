/**
 * The catalog as a Vite module, `virtual:opsbook/catalog`, which `src/data/catalog.ts` imports.
 * A build evaluates it once (from the build script's snapshot, or the content folder). Under
 * `astro dev` it is the catalog of the content folder as it is now: any file added, changed or
 * deleted there reloads it, the pages that use it are invalidated and the browser reloads. While
 * content is invalid, every page request gets the list of problems instead (also printed in the
 * terminal), and the server keeps running until the files are fixed.
 *
 * Each reload is a new generation. A page render already under way when a reload lands can finish
 * evaluating the catalog it fetched before, and leave that stale copy (or its ContentError) in the
 * server's module cache after the invalidation; before a page is served, a copy of another
 * generation is dropped, so a page never shows content older than the last reload.
 */
import { isRunnableDevEnvironment, type EnvironmentModuleNode, type Plugin, type ViteDevServer } from 'vite';
import type { AstroIntegrationLogger } from 'astro';
import { relative, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCatalog } from '../lib/catalog/load.ts';
import type { LoadResult } from '../lib/catalog/types.ts';
import { formatProblem } from '../lib/core/problems.ts';
import { problemsPage } from '../lib/site/problems-page.ts';

const id = 'virtual:opsbook/catalog';
const resolvedId = `\0${id}`;
/** Saves from editors and `git checkout` come as bursts of events; one reload per burst. */
const settleMs = 40;
const snapshotModule = fileURLToPath(new URL('../lib/catalog/snapshot.ts', import.meta.url));
/** The module pages import the catalog from; it records the generation it was evaluated with. */
const pagesCatalogModule = fileURLToPath(new URL('../data/catalog.ts', import.meta.url));

export interface LiveCatalogOptions {
	/** The content folder to watch. */
	contentDir: string;
	/** The catalog as loaded when the server started. */
	initial: LoadResult;
	/** True under `astro dev`. A build's temporary servers (Astro's content sync) serve nothing and watch nothing. */
	dev: boolean;
	logger: AstroIntegrationLogger;
}

/** True when `file` lies inside `dir`. */
function isInside(dir: string, file: string): boolean {
	const rel = relative(dir, file);
	return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * Drops the catalog module and everything that imported it from every server environment's caches,
 * then (unless told not to) reloads the browser.
 */
function invalidateCatalog(server: ViteDevServer, reloadBrowser = true): void {
	const timestamp = Date.now();
	for (const environment of Object.values(server.environments)) {
		if (environment.name === 'client') continue;
		const module = environment.moduleGraph.getModuleById(resolvedId);
		if (!module) continue;
		const invalidated = new Set<EnvironmentModuleNode>();
		environment.moduleGraph.invalidateModule(module, invalidated, timestamp, true);
		if (!isRunnableDevEnvironment(environment)) continue;
		for (const node of [module, ...invalidated]) {
			const evaluated = node.id ? environment.runner.evaluatedModules.getModuleById(node.id) : undefined;
			if (evaluated) environment.runner.evaluatedModules.invalidateModule(evaluated);
		}
	}
	if (reloadBrowser) server.environments.client.hot.send({ type: 'full-reload', path: '*' });
}

/**
 * Drops the catalog from the server's caches if `pagesModule` (the module pages import it from, which
 * exports `catalogGeneration`) was evaluated with another generation than `generation`, or failed.
 * Waits first for an evaluation under way. Resolves true when it dropped a stale copy.
 */
export async function dropStaleCatalog(server: ViteDevServer, generation: number, pagesModule = pagesCatalogModule): Promise<boolean> {
	for (const environment of Object.values(server.environments)) {
		if (environment.name === 'client' || !isRunnableDevEnvironment(environment)) continue;
		const evaluated = environment.runner.evaluatedModules.getModuleById(pagesModule);
		if (!evaluated?.promise) continue;
		await evaluated.promise.catch(() => undefined);
		const exports = evaluated.exports as { catalogGeneration?: number } | undefined;
		if (exports?.catalogGeneration !== generation) {
			invalidateCatalog(server, false);
			return true;
		}
	}
	return false;
}

/** Prints the outcome of a reload: every problem on its own line, or that the content is valid again. */
function report(result: LoadResult, logger: AstroIntegrationLogger, wasBroken: boolean): void {
	if (result.problems.length) {
		for (const problem of result.problems) logger.error(formatProblem(problem));
		const count = result.problems.length;
		logger.error(`${count} content problem${count === 1 ? '' : 's'}; pages show the list until the files are fixed.`);
	} else if (wasBroken) logger.info('Content is valid again.');
}

/** True for requests a browser makes to show a page, as opposed to Vite's own modules and assets. */
function wantsPage(url: string, accept: string | undefined): boolean {
	return !url.startsWith('/@') && !url.startsWith('/node_modules/') && (accept ?? '').includes('text/html');
}

/** The Vite plugin that serves the catalog and, in dev, keeps it in step with the content folder. */
export function liveCatalog({ contentDir, initial, logger, dev }: LiveCatalogOptions): Plugin {
	let current = initial;
	let generation = 0;
	return {
		name: 'opsbook:catalog',
		// Filters keep Rolldown from calling into JavaScript for every other module of the build.
		resolveId: { filter: { id: new RegExp(`^${id}$`) }, handler: () => resolvedId },
		load: {
			filter: { id: new RegExp(`^\\0${id}$`) },
			handler() {
				// A build loads once, when its pages first render: the snapshot the build script wrote (read in
				// milliseconds), or the content folder. The catalog is never inlined into the bundle.
				if (!dev)
					return `import { loadBuildCatalog } from ${JSON.stringify(snapshotModule)};\nexport const generation = 0;\nexport default loadBuildCatalog();`;
				return `export const generation = ${generation};\nexport default JSON.parse(${JSON.stringify(JSON.stringify(current))});`;
			},
		},
		configureServer(server) {
			if (!dev) return;
			report(current, logger, false);
			let timer: NodeJS.Timeout | undefined;
			// Settles when the catalog reflects every change seen so far. Astro's own content watcher may
			// reload the browser before this plugin has reloaded the catalog; pages wait for it, so a
			// reload never shows the content as it was.
			let upToDate: Promise<void> = Promise.resolve();
			let markUpToDate: (() => void) | undefined;
			const reload = () => {
				try {
					const wasBroken = current.problems.length > 0;
					current = loadCatalog(contentDir);
					generation += 1;
					report(current, logger, wasBroken);
					invalidateCatalog(server);
				} finally {
					markUpToDate?.();
					markUpToDate = undefined;
				}
			};
			server.watcher.add(contentDir);
			server.watcher.on('all', (event, file) => {
				if (!['add', 'change', 'unlink', 'unlinkDir'].includes(event) || !isInside(contentDir, file)) return;
				if (!markUpToDate) upToDate = new Promise((resolve) => (markUpToDate = resolve));
				clearTimeout(timer);
				timer = setTimeout(reload, settleMs);
			});
			// Registered before Vite's and Astro's own handlers, so a broken catalog never reaches a page.
			server.middlewares.use((request, response, next) => {
				if (request.method !== 'GET' || !wantsPage(request.url ?? '/', request.headers.accept)) return next();
				void upToDate.then(async () => {
					if (!current.problems.length) {
						await dropStaleCatalog(server, generation);
						return next();
					}
					response.statusCode = 500;
					response.setHeader('Content-Type', 'text/html; charset=utf-8');
					response.setHeader('Cache-Control', 'no-store');
					response.end(problemsPage(current.problems, '/@vite/client'));
				});
			});
		},
	};
}
