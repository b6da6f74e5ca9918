/**
 * `npm run dev` in one terminal and a build in another. Astro keeps the map from each MDX file to its
 * compiled module in `<root>/.astro/content-modules.mjs`. Builds used to share that folder with the
 * dev server: a build replaced the dev server's map (its MDX pages then failed with "Unexpected error
 * while rendering"), and a dev server starting during a build replaced the build's (the build then
 * failed). Builds now have an Astro root of their own. Run in a copy of the project, so no other test's
 * dev server writes the same folder.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCommand, runAsync } from '../helpers/build.ts';
import { startDevServer, type DevServer } from '../helpers/dev-server.ts';
import { copyFixture, edit, remove } from '../helpers/fixture.ts';
import { copyRepo } from '../helpers/repo.ts';

const mdxPage = '/handbook/office/onboard-contractor/';
let repo: string;
let content: string;
let cache: string;
let server: DevServer;

const devModuleMap = () => readFileSync(join(repo, '.astro', 'content-modules.mjs'), 'utf8');

describe('a build while `npm run dev` serves another content folder', () => {
	beforeAll(async () => {
		repo = copyRepo();
		content = copyFixture('handbook');
		cache = mkdtempSync(join(tmpdir(), 'opsbook-dev-cache-'));
		server = await startDevServer(content, cache, { cwd: repo });
	});
	afterAll(async () => {
		await server?.close();
		remove(content);
		rmSync(cache, { recursive: true, force: true });
		if (repo) rmSync(repo, { recursive: true, force: true });
	});

	it("succeeds, leaves the dev server's module map alone, and the dev server still renders an edited MDX page", async () => {
		expect((await fetch(server.url + mdxPage)).status).toBe(200);
		const before = devModuleMap();
		expect(before).toContain('onboard-contractor.mdx');

		// The basic fixture has no MDX: a build sharing the dev server's map would leave it empty.
		const { out, args, env } = buildCommand(resolve('tests/fixtures/basic'));
		const built = await runAsync(process.execPath, args, { cwd: repo, env: { ...process.env, ...env } });
		rmSync(dirname(out), { recursive: true, force: true });
		expect(built.status, built.output).toBe(0);
		expect(devModuleMap()).toBe(before);
		// Nor does the dev server watch the build's staging folder (it reloaded pages for every file there).
		expect(server.output()).not.toContain('.opsbook/');

		edit(content, 'sops/office/onboard-contractor.mdx', 'Use the template in Google Drive.', 'Use the signed-off template.');
		await expect
			.poll(
				async () => {
					const response = await fetch(server.url + mdxPage);
					return response.status === 200 && (await response.text()).includes('Use the signed-off template.');
				},
				{ timeout: 30_000, interval: 250, message: 'the MDX page after the edit' },
			)
			.toBe(true);
	});
});
