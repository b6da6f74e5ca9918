/** Builds a fixture content set with the real build script into a temporary folder. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface BuiltSite {
	dir: string;
	output: string;
}

export interface BuildOptions {
	internal?: boolean;
	out?: string;
	env?: Record<string, string>;
}

/** The command line and environment of one `scripts/build.ts` run, shared by the sync and async runners. */
export function buildCommand(contentDir: string, options: BuildOptions = {}): { out: string; args: string[]; env: Record<string, string> } {
	const out = options.out ?? join(mkdtempSync(join(tmpdir(), 'opsbook-dist-')), 'dist');
	const args = ['scripts/build.ts', '--out', out, ...(options.internal ? ['--internal'] : [])];
	const env = {
		OPSBOOK_CONTENT: resolve(contentDir),
		OPSBOOK_QUIET: '1',
		OPSBOOK_CACHE_DIR: join(out, '..', '.cache'),
		...options.env,
	};
	return { out, args, env };
}

/** The command line and environment of one `scripts/clients.ts` run into `out` (`<out>/<id>/site`, `<out>/<id>/handbook.pdf`). */
export function clientsCommand(
	contentDir: string,
	options: { out: string; pdf: boolean },
): { args: string[]; env: Record<string, string> } {
	return {
		args: ['scripts/clients.ts', '--out', options.out, options.pdf ? '--pdf' : '--no-pdf', '--today', '2026-12-01'],
		env: {
			OPSBOOK_CONTENT: resolve(contentDir),
			OPSBOOK_QUIET: '1',
			OPSBOOK_CACHE_DIR: join(options.out, '..', '.cache'),
			OPSBOOK_TODAY: '2026-12-01',
		},
	};
}

/** Runs `scripts/build.ts` on `contentDir`; throws with the build's output when it fails. */
export function buildSite(contentDir: string, options: BuildOptions = {}): BuiltSite {
	const { out, args, env } = buildCommand(contentDir, options);
	const result = runNode(args, env);
	if (result.status !== 0) throw new Error(`build of ${contentDir} failed:\n${result.output}`);
	return { dir: out, output: result.output };
}

/** Runs a project script with the pinned Node (the one running the tests). */
export function runNode(args: string[], env: Record<string, string> = {}): { status: number; output: string } {
	const result = spawnSync(process.execPath, args, { env: { ...process.env, ...env }, encoding: 'utf8' });
	return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}

/** `runNode` without blocking the event loop; `onStart` receives the child so a caller can stop it. */
export function runNodeAsync(
	args: string[],
	env: Record<string, string> = {},
	onStart: (child: ReturnType<typeof spawn>) => void = () => {},
): Promise<{ status: number; output: string }> {
	return runAsync(process.execPath, args, { env: { ...process.env, ...env } }, onStart);
}

/** Runs `program` without blocking the event loop; its exit status and output (stdout, then stderr as they came). */
export function runAsync(
	program: string,
	args: string[],
	options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
	onStart: (child: ReturnType<typeof spawn>) => void = () => {},
): Promise<{ status: number; output: string }> {
	return new Promise((done) => {
		const child = spawn(program, args, options);
		onStart(child);
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
		child.on('close', (code) => done({ status: code ?? 1, output }));
		child.on('error', (error) => done({ status: 1, output: `${output}${error.message}` }));
	});
}
