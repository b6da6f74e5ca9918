/** Builds a fixture content set with the real build script into a temporary folder, once per test file. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface BuiltSite {
	dir: string;
	output: string;
}

/** Runs `scripts/build.ts` on `contentDir`; throws with the build's output when it fails. */
export function buildSite(contentDir: string, options: { internal?: boolean; out?: string; env?: Record<string, string> } = {}): BuiltSite {
	const out = options.out ?? join(mkdtempSync(join(tmpdir(), 'opsbook-dist-')), 'dist');
	const args = ['scripts/build.ts', '--out', out, ...(options.internal ? ['--internal'] : [])];
	const result = runNode(args, {
		OPSBOOK_CONTENT: resolve(contentDir),
		OPSBOOK_QUIET: '1',
		OPSBOOK_CACHE_DIR: join(out, '..', '.cache'),
		...options.env,
	});
	if (result.status !== 0) throw new Error(`build of ${contentDir} failed:\n${result.output}`);
	return { dir: out, output: result.output };
}

/** Runs a project script with the pinned Node (the one running the tests). */
export function runNode(args: string[], env: Record<string, string> = {}): { status: number; output: string } {
	const result = spawnSync(process.execPath, args, { env: { ...process.env, ...env }, encoding: 'utf8' });
	return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}
