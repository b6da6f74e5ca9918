/**
 * The Astro build process that `npm run build` starts ahead (`scripts/astro-build.ts`): it loads
 * Astro, about a second, while the build script loads its own modules, and builds only when told to
 * (once the script holds the build root's lock).
 */
import { spawn } from 'node:child_process';

/** Thrown when the Astro build process failed; it has printed why. */
export class AstroBuildFailed extends Error {}

export interface AstroProcess {
	/** Tells it to build; settles when it has ended. */
	build(): Promise<void>;
	/** Ends it without building. */
	cancel(): void;
}

/** Starts `script` (scripts/astro-build.ts) into `outDir` with this Node, its output shown as it comes; it waits to be told to build. */
export function startAstroBuild(script: string, outDir: string, env: NodeJS.ProcessEnv): AstroProcess {
	const child = spawn(process.execPath, [script, outDir], { stdio: ['inherit', 'inherit', 'inherit', 'ipc'], env });
	const ended = new Promise<void>((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (code) => (code === 0 ? resolve() : reject(new AstroBuildFailed(`Astro exited with code ${code}`))));
	});
	ended.catch(() => {}); // observed by build(); a cancelled process's end is of no interest
	return {
		build() {
			// A process that ended while loading has nothing to be told; `ended` says why.
			if (child.connected) child.send('build');
			return ended;
		},
		cancel() {
			child.kill();
		},
	};
}
