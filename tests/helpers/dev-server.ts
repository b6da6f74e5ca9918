/** `astro dev` on a content folder, on 127.0.0.1 and a free port, for browser tests of the editing loop. */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { astroCli } from '../../src/lib/io/astro-cli.ts';
import { freePort } from './port.ts';

export interface DevServer {
	/** Base URL without a trailing slash. */
	url: string;
	/** Everything the server printed so far. */
	output(): string;
	close(): Promise<void>;
}

/** The test runner's environment without what makes Astro think it runs inside Vitest (it then serves no pages). */
function devEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
	const env = Object.fromEntries(
		Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST'),
	);
	return { ...env, ...extra };
}

/**
 * Starts `astro dev` on `contentDir` in the project (or in `options.cwd`, a copy of it) and resolves once
 * it serves pages; rejects with its output if it stops first.
 */
export async function startDevServer(
	contentDir: string,
	cacheDir: string,
	options: { cwd?: string; timeoutMs?: number } = {},
): Promise<DevServer> {
	const { cwd, timeoutMs = 90_000 } = options;
	const port = await freePort();
	let log = '';
	const child: ChildProcess = spawn(process.execPath, [astroCli(), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
		env: devEnv({ OPSBOOK_CONTENT: resolve(contentDir), OPSBOOK_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' }),
		stdio: ['ignore', 'pipe', 'pipe'],
		cwd,
	});
	child.stdout?.on('data', (chunk) => (log += chunk));
	child.stderr?.on('data', (chunk) => (log += chunk));
	const exited = new Promise<void>((done) => child.once('exit', () => done()));
	const url = `http://127.0.0.1:${port}`;
	const close = async () => {
		if (child.exitCode === null) child.kill('SIGTERM');
		await exited;
	};
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`astro dev stopped:\n${log}`);
		// Vite answers 404 while Astro is still installing its handlers; ready means a page (or the problems page).
		const ok =
			log.includes('watching for file changes') &&
			(await fetch(`${url}/`, { headers: { accept: 'text/html' } }).then(
				(response) => response.status !== 404,
				() => false,
			));
		if (ok) return { url, output: () => log, close };
		await new Promise((done) => setTimeout(done, 250));
	}
	await close();
	throw new Error(`astro dev did not answer within ${timeoutMs} ms:\n${log}`);
}
