/**
 * The one folder every run stages its outputs in, `.opsbook/staging/` in the project (git-ignored):
 * a run killed before its swap leaves nothing private in the repository root or beside an output,
 * and the next run removes what it left.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Random per process, counted per call: unique names without asking the system for randomness each time. */
const runId = randomBytes(3).toString('hex');
let counter = 0;

/** A name no other run or call uses: `<pid>-<run>-<count>`; the pid lets a later run tell leftovers from live work. */
export function uniqueSuffix(): string {
	return `${process.pid}-${runId}${(counter++).toString(16).padStart(4, '0')}`;
}

/** `.opsbook/staging/` under the working directory (the project root under `npm run`). */
export function stagingRoot(cwd: string = process.cwd()): string {
	return resolve(cwd, '.opsbook', 'staging');
}

/** True while process `pid` runs; a staging entry of a process that is gone is a leftover. */
export function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
	return !isZombie(pid);
}

/** A killed process stays in the table until its parent reaps it; on Linux, /proc says so. */
function isZombie(pid: number): boolean {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
	} catch {
		return false;
	}
}

/** Removes what interrupted runs left in the staging folder; entries of runs still going are kept. */
export function cleanStaging(root: string = stagingRoot()): void {
	let entries: string[];
	try {
		entries = readdirSync(root);
	} catch {
		return;
	}
	for (const entry of entries) {
		const pid = Number(/^(\d+)-/.exec(entry)?.[1]);
		if (pid === process.pid || (pid > 0 && isRunning(pid))) continue;
		rmSync(join(root, entry), { recursive: true, force: true });
	}
}

/** A fresh path in the staging folder for an output called `name` (nothing is created there yet). */
export function stagingPath(name: string, root: string = stagingRoot()): string {
	mkdirSync(root, { recursive: true });
	return join(root, `${uniqueSuffix()}-${name.replace(/[^\w.-]+/g, '_')}`);
}
