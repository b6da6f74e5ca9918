/**
 * One Astro build at a time per project. Astro writes generated modules into `<root>/.astro/` whatever
 * the cache folder, and every build uses the same root (`.opsbook/build-root/`, see astro-root.ts), so
 * two builds in one checkout (a second terminal, a test run, the benchmark) would load each other's. The lock file names its holder's pid, so a
 * lock left by a killed build is taken over at once.
 */
import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isRunning } from './staging.ts';

/** `.opsbook/astro.lock` under the project root. */
export function astroLockPath(root: string = process.cwd()): string {
	return resolve(root, '.opsbook', 'astro.lock');
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

/** Runs `task` while holding the project's Astro lock, waiting for another build to finish first. */
export async function withAstroLock<T>(
	task: () => Promise<T>,
	options: { root?: string; onWait?: (pid: number | undefined) => void } = {},
): Promise<T> {
	const path = astroLockPath(options.root);
	mkdirSync(join(path, '..'), { recursive: true });
	let told = false;
	while (!tryLock(path)) {
		if (!told) options.onWait?.(holder(path));
		told = true;
		await sleep(200);
	}
	try {
		return await task();
	} finally {
		if (holder(path) === process.pid) rmSync(path, { force: true });
	}
}
