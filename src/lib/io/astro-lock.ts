/**
 * One Astro build at a time per build root. Astro writes generated modules into `<root>/.astro/`, and
 * builds that share a cache folder share a root (see astro-root.ts), so two of them at once (a second
 * terminal, the benchmark) would load each other's. The lock, `<root>.lock`, names its holder's pid,
 * so a lock left by a killed build is taken over at once. The root holds nothing a later build needs
 * (Astro writes it again each time): it is removed with the lock, so roots never pile up.
 */
import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isRunning } from './staging.ts';

/** The lock file of the build root `root`. */
export function astroLockPath(root: string): string {
	return `${root}.lock`;
}

/** The pid written in the lock file, or undefined when there is none (or it is being written). */
function holder(path: string): number | undefined {
	try {
		const pid = Number(readFileSync(path, 'utf8'));
		return Number.isInteger(pid) && pid > 0 ? pid : undefined;
	} catch {
		return undefined;
	}
}

/** Takes the lock if it is free (or its holder is gone); returns false when a live process holds it. */
function tryLock(path: string, retry = true): boolean {
	try {
		const fd = openSync(path, 'wx');
		writeSync(fd, String(process.pid));
		closeSync(fd);
		return true;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
	}
	const pid = holder(path);
	if (pid === undefined || isRunning(pid)) return false;
	// Left by a build that was killed or crashed: taken over at once, without a "waiting" message.
	rmSync(path, { force: true });
	return retry && tryLock(path, false);
}

/** Runs `task` while holding the lock of the build root `root`, waiting for another build to finish first; removes the root after. */
export async function withAstroLock<T>(
	task: () => Promise<T>,
	options: { root: string; onWait?: (pid: number | undefined) => void },
): Promise<T> {
	const path = astroLockPath(options.root);
	mkdirSync(dirname(path), { recursive: true });
	let told = false;
	while (!tryLock(path)) {
		if (!told) options.onWait?.(holder(path));
		told = true;
		await sleep(200);
	}
	try {
		return await task();
	} finally {
		if (holder(path) === process.pid) {
			rmSync(options.root, { recursive: true, force: true });
			rmSync(path, { force: true });
		}
	}
}
