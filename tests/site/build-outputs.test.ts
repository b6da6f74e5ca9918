/**
 * What `npm run build` promises about its outputs: everything validated before anything is replaced,
 * staging only in `.opsbook/staging/`, output folders kept apart, one Astro cache per content folder,
 * MDX mistakes as one line.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFolderAtomic } from '../../src/lib/io/write-atomic.ts';
import { buildRootFor } from '../../src/lib/io/astro-root.ts';
import { astroCli } from '../../src/lib/io/astro-cli.ts';
import { contentCacheDir } from '../../src/lib/io/paths.ts';
import { markerFor, MARKER } from '../../src/lib/io/ownership.ts';
import { copyFixture, edit, remove } from '../helpers/fixture.ts';
import { runNode, runNodeAsync } from '../helpers/build.ts';
import { filesContaining } from '../helpers/output.ts';
import { copyRepo } from '../helpers/repo.ts';

let repo: string;
beforeAll(() => {
	repo = copyRepo();
});
afterAll(() => remove(repo));

const quiet = { OPSBOOK_QUIET: '1', OPSBOOK_TODAY: '2026-11-27', CHROMIUM_PATH: '/nonexistent/chromium' };

/** Runs `npm run <script> [-- args]` in the copy of the project. */
function npm(script: string, args: string[] = [], env: Record<string, string> = {}) {
	const result = spawnSync('npm', ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])], {
		cwd: repo,
		env: { ...process.env, ...quiet, ...env },
		encoding: 'utf8',
	});
	return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}

/** A site folder as a previous build left it. */
function previousSite(dir: string): void {
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, MARKER), markerFor());
	writeFileSync(join(dir, 'index.html'), 'previous site');
}

describe('output folders', () => {
	it('refuses the internal handbook inside dist/, naming the folder', () => {
		previousSite(join(repo, 'dist'));
		const { status, output } = npm('build:internal', ['--out', 'dist']);
		expect(status).toBe(1);
		expect(output).toContain('dist: --out: the internal handbook is private and never goes inside dist/, which is the published site');
		expect(readFileSync(join(repo, 'dist/index.html'), 'utf8')).toBe('previous site');
	});

	it('refuses proposals inside public/ and through a symlink into dist/', () => {
		symlinkSync(join(repo, 'dist'), join(repo, 'published'));
		const intoPublic = npm('proposals', ['--out', 'public/p', '--no-pdf']);
		expect(intoPublic.status).toBe(1);
		expect(intoPublic.output).toContain('public/p: --out: proposals are private and never go inside public/');
		const throughLink = npm('proposals', ['--out', 'published/p', '--no-pdf']);
		expect(throughLink.status).toBe(1);
		expect(throughLink.output).toContain('never go inside dist/, which is the published site');
		expect(existsSync(join(repo, 'public/p'))).toBe(false);
		expect(existsSync(join(repo, 'dist/p'))).toBe(false);
	});

	it('refuses a site inside out/ and a site folder that holds the project', () => {
		expect(npm('build:site', ['--out', 'out/site']).output).toContain('never goes inside out/, which holds private proposals');
		expect(npm('build:site', ['--out', '..']).output).toContain('this folder holds');
	});

	it('refuses to replace a folder Opsbook did not write', () => {
		const mine = join(repo, 'mine');
		mkdirSync(mine);
		writeFileSync(join(mine, 'notes.txt'), 'mine');
		const { status, output } = npm('build:site', ['--out', 'mine']);
		expect(status).toBe(1);
		expect(output).toContain('mine: --out: holds files Opsbook did not write (notes.txt)');
		expect(readdirSync(mine)).toEqual(['notes.txt']);
	});
});

describe('a failed npm run build', () => {
	it('replaces nothing when a proposal is wrong, and says which', async () => {
		previousSite(join(repo, 'dist'));
		await writeFolderAtomic(join(repo, 'out/proposals/brightpath-coaching'), { 'proposal.html': 'previous proposal' });
		edit(join(repo, 'content'), 'proposals/fernhill-ceramics.yaml', '- id: launches/launch-management', '- id: launches/launch-managment');
		const { status, output } = npm('build');
		expect(status).toBe(1);
		expect(output).toMatch(/fernhill-ceramics\.yaml: services\[\d\]\.id: unknown service "launches\/launch-managment"/);
		expect(output).toContain('nothing was built and dist/ and out/proposals/ are unchanged');
		expect(readFileSync(join(repo, 'dist/index.html'), 'utf8')).toBe('previous site');
		expect(readdirSync(join(repo, 'out/proposals'))).toEqual(['brightpath-coaching']);
		// Astro builds while the content is checked: what it began to write into staging is gone too.
		const staging = join(repo, '.opsbook/staging');
		expect(existsSync(staging) ? readdirSync(staging) : []).toEqual([]);
		// The Astro process build.ts starts ahead, to load while the content is checked, is ended too.
		const astroProcess = () => spawnSync('pgrep', ['-f', join(repo, 'scripts/astro-build.ts')]).status === 0;
		await expect.poll(astroProcess, { timeout: 5_000 }).toBe(false);
		edit(join(repo, 'content'), 'proposals/fernhill-ceramics.yaml', '- id: launches/launch-managment', '- id: launches/launch-management');
	});

	it('prints an MDX syntax error as one line with the file and line, and replaces nothing', () => {
		const content = copyFixture('handbook');
		writeFileSync(
			join(content, 'sops/office/onboard-contractor.mdx'),
			`${readFileSync(join(content, 'sops/office/onboard-contractor.mdx'), 'utf8')}\n<Callout>never closed\n`,
		);
		const lines = readFileSync(join(content, 'sops/office/onboard-contractor.mdx'), 'utf8').split('\n').length - 1;
		const { status, output } = npm('build:site', [], { OPSBOOK_CONTENT: content });
		expect(status).toBe(1);
		const named = output.split('\n').filter((line) => line.includes('onboard-contractor.mdx'));
		expect(named).toHaveLength(1);
		expect(named[0]).toMatch(
			new RegExp(`onboard-contractor\\.mdx: line ${lines}, column 1: MDX syntax error: Expected a closing tag for \`<Callout>\``),
		);
		expect(output).not.toMatch(/^\s+at /m);
		expect(readFileSync(join(repo, 'dist/index.html'), 'utf8')).toBe('previous site');
		remove(content);
	});
});

describe('staging', () => {
	it('stays inside .opsbook/staging/ when a build is killed, and the next run removes it', async () => {
		const child = spawn('npm', ['run', '--silent', 'build:site'], {
			cwd: repo,
			env: { ...process.env, ...quiet },
			detached: true,
			stdio: 'ignore',
		});
		const staging = join(repo, '.opsbook/staging');
		const started = Date.now();
		while (!(existsSync(staging) && readdirSync(staging).some((name) => name.endsWith('catalog.json')))) {
			if (Date.now() - started > 60_000) throw new Error('the build never wrote its catalog snapshot');
			await new Promise((done) => setTimeout(done, 50));
		}
		process.kill(-(child.pid as number), 'SIGKILL');
		await new Promise((done) => child.once('exit', done));
		expect(readdirSync(repo).filter((name) => name.includes('.tmp-') || name.includes('catalog'))).toEqual([]);
		expect(readdirSync(staging).length).toBeGreaterThan(0);
		expect(spawnSync('git', ['check-ignore', '-q', '.opsbook/staging/x'], { cwd: resolve('.') }).status).toBe(0);
		npm('build:internal', ['--out', 'dist']); // refused, but cleans first
		expect(readdirSync(staging)).toEqual([]);
	});
});

describe('the Astro cache', () => {
	it('never mixes two content folders, and survives the first one moving away', () => {
		const root = mkdtempSync(join(tmpdir(), 'opsbook-cache-'));
		const x = join(root, 'x');
		const y = join(root, 'y');
		cpSync('tests/fixtures/handbook', x, { recursive: true });
		cpSync('tests/fixtures/handbook', y, { recursive: true });
		const env = { ...quiet, OPSBOOK_CACHE_DIR: join(root, 'cache') };
		const build = (content: string, out: string) =>
			runNode(['scripts/build.ts', '--out', join(root, out)], { ...env, OPSBOOK_CONTENT: content });
		expect(build(x, 'dist-x').status).toBe(0);
		edit(x, 'sops/office/onboard-contractor.mdx', 'Open 1Password and share each item', 'Zanzibar marker text: share each item');
		const fromY = build(y, 'dist-y');
		expect(fromY.status).toBe(0);
		expect(filesContaining(join(root, 'dist-y'), 'Zanzibar')).toEqual([]);
		renameSync(x, join(root, 'x-moved'));
		const again = build(y, 'dist-y');
		expect(again.output).not.toMatch(/ENOENT|Error/);
		expect(again.status).toBe(0);
		remove(root);
	});

	it('builds after `astro sync` of the same content folder, as `npm run check` and `npm run dev` start with', () => {
		// They run Astro with the project as its root, a build with a root of its own; the content store
		// keeps paths relative to the root, so a store they wrote sent the build to MDX files not there.
		const root = mkdtempSync(join(tmpdir(), 'opsbook-after-sync-'));
		const env = { ...quiet, OPSBOOK_CACHE_DIR: join(root, 'cache'), OPSBOOK_CONTENT: resolve('tests/fixtures/handbook') };
		const synced = runNode([astroCli(), 'sync'], env);
		expect(synced.status, synced.output).toBe(0);
		const built = runNode(['scripts/build.ts', '--out', join(root, 'dist')], env);
		expect(built.status, built.output).toBe(0);
		expect(filesContaining(join(root, 'dist'), 'Open 1Password and share each item').length).toBeGreaterThan(0);
		remove(root);
	});

	it('builds two content folders side by side, each from its own MDX only, and leaves no build root behind', async () => {
		const root = mkdtempSync(join(tmpdir(), 'opsbook-side-by-side-'));
		const markers = { x: 'Xylophone marker text', y: 'Yodel marker text' };
		for (const [name, marker] of Object.entries(markers)) {
			cpSync('tests/fixtures/handbook', join(root, name), { recursive: true });
			edit(join(root, name), 'sops/office/onboard-contractor.mdx', 'Open 1Password and share each item', `${marker}: share each item`);
		}
		const build = (name: string) =>
			runNodeAsync(['scripts/build.ts', '--out', join(root, `dist-${name}`)], {
				...quiet,
				OPSBOOK_CACHE_DIR: join(root, 'cache'),
				OPSBOOK_CONTENT: join(root, name),
			});
		const [x, y] = await Promise.all([build('x'), build('y')]);
		expect(x.status, x.output).toBe(0);
		expect(y.status, y.output).toBe(0);
		// Neither waited for the other: they have a cache, so an Astro root, each.
		expect(`${x.output}${y.output}`).not.toContain('Waiting for another build');
		expect(filesContaining(join(root, 'dist-x'), markers.x).length).toBeGreaterThan(0);
		expect(filesContaining(join(root, 'dist-x'), markers.y)).toEqual([]);
		expect(filesContaining(join(root, 'dist-y'), markers.y).length).toBeGreaterThan(0);
		expect(filesContaining(join(root, 'dist-y'), markers.x)).toEqual([]);
		const roots = resolve('.opsbook', 'build-root');
		for (const name of Object.keys(markers)) {
			const buildRoot = buildRootFor(contentCacheDir({ OPSBOOK_CACHE_DIR: join(root, 'cache'), OPSBOOK_CONTENT: join(root, name) }));
			expect(buildRoot.startsWith(roots)).toBe(true);
			expect(existsSync(buildRoot)).toBe(false);
			expect(existsSync(`${buildRoot}.lock`)).toBe(false);
		}
		remove(root);
	});
});
