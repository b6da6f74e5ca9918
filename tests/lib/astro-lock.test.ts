import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { astroLockPath, withAstroLock } from '../../src/lib/io/astro-lock.ts';

/** A build root that does not exist yet, in a folder of its own. */
const buildRoot = () => join(mkdtempSync(join(tmpdir(), 'opsbook-lock-')), 'root');

describe('the Astro build lock', () => {
	it('runs two builds of one root one after the other, never side by side, and removes the root after', async () => {
		const root = buildRoot();
		const events: string[] = [];
		const waits: (number | undefined)[] = [];
		const task = (name: string) => async () => {
			events.push(`${name} start`);
			mkdirSync(join(root, '.astro'), { recursive: true });
			await sleep(150);
			events.push(`${name} end`);
		};
		await Promise.all([withAstroLock(task('a'), { root }), withAstroLock(task('b'), { root, onWait: (pid) => waits.push(pid) })]);
		expect(events).toEqual(['a start', 'a end', 'b start', 'b end']);
		expect(waits).toEqual([process.pid]);
		expect(existsSync(astroLockPath(root))).toBe(false);
		expect(existsSync(root)).toBe(false);
	});

	it('runs builds of two roots side by side', async () => {
		const [first, second] = [buildRoot(), buildRoot()];
		const events: string[] = [];
		const task = (name: string) => async () => {
			events.push(`${name} start`);
			await sleep(150);
			events.push(`${name} end`);
		};
		await Promise.all([withAstroLock(task('a'), { root: first }), withAstroLock(task('b'), { root: second })]);
		expect(events).toEqual(['a start', 'b start', 'a end', 'b end']);
	});

	it('takes over a lock left by a build that was killed', async () => {
		const root = buildRoot();
		// No process has pid 2^22 + 1 on Linux (pid_max is at most 2^22).
		writeFileSync(astroLockPath(root), String(2 ** 22 + 1));
		let ran = false;
		const waits: (number | undefined)[] = [];
		await withAstroLock(async () => (ran = true), { root, onWait: (pid) => waits.push(pid) });
		expect(ran).toBe(true);
		// Nobody is waited for: the stale lock is simply taken over.
		expect(waits).toEqual([]);
	});

	it('releases the lock when the build fails', async () => {
		const root = buildRoot();
		await expect(withAstroLock(async () => Promise.reject(new Error('broken')), { root })).rejects.toThrow('broken');
		expect(existsSync(astroLockPath(root))).toBe(false);
	});
});
