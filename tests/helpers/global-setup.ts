/**
 * Runs once per test run, in the main Vitest process: starts the one Chromium that browser tests
 * connect to, and builds the shared fixture sites in the background, two at a time (each has a cache
 * folder, so a build root, of its own), while test files that need none of them already run. A site a
 * test file asks for is built next.
 */
import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumArgs, findChromium } from '../../src/lib/io/chromium.ts';
import { buildCommand, clientsCommand, runNodeAsync } from './build.ts';
import { sharedSitePaths, sharedSites, type SharedSiteName, type SharedSiteSpec } from './shared-sites.ts';

/** Shared sites built at once: one per core of the reference machine. */
const buildersAtOnce = 2;

/** The next site to build: the earliest-requested one not started yet, else the next in the list. */
function nextSite(root: string, started: Set<string>): SharedSiteName | undefined {
	const requestsDir = join(root, 'requests');
	const requested = existsSync(requestsDir)
		? readdirSync(requestsDir)
				.filter((name) => !started.has(name) && name in sharedSites)
				.sort((a, b) => statSync(join(requestsDir, a)).mtimeMs - statSync(join(requestsDir, b)).mtimeMs)
		: [];
	return (requested[0] ?? Object.keys(sharedSites).find((name) => !started.has(name))) as SharedSiteName | undefined;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	const root = mkdtempSync(join(tmpdir(), 'opsbook-tests-'));
	project.provide('sharedSitesRoot', root);

	const executablePath = findChromium();
	let server: BrowserServer | undefined;
	if (executablePath) server = await chromium.launchServer({ executablePath, args: chromiumArgs });
	project.provide('chromiumEndpoint', server?.wsEndpoint() ?? '');

	let stopped = false;
	const running = new Set<ChildProcess>();
	const started = new Set<string>();
	const builder = async () => {
		for (let name = nextSite(root, started); name && !stopped; name = nextSite(root, started)) {
			started.add(name);
			const { content, script, ...options } = sharedSites[name] as SharedSiteSpec;
			const paths = sharedSitePaths(root, name);
			const { args, env } =
				script === 'clients'
					? clientsCommand(content, { out: paths.dir, pdf: Boolean(executablePath) })
					: buildCommand(content, { ...options, out: paths.dir });
			let current: ChildProcess | undefined;
			const result = await runNodeAsync(args, env, (child) => running.add((current = child)));
			if (current) running.delete(current);
			// Written aside and renamed, so a waiting test never reads half a file.
			writeFileSync(`${paths.status}.tmp`, JSON.stringify(result));
			renameSync(`${paths.status}.tmp`, paths.status);
		}
	};
	const builders = Promise.all(Array.from({ length: buildersAtOnce }, builder));

	return async () => {
		stopped = true;
		for (const child of running) child.kill();
		await builders;
		await server?.close();
		rmSync(root, { recursive: true, force: true });
	};
}
