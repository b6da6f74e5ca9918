/**
 * Replacing an output folder in one step: build into a staging folder beside it, then swap. A failed
 * or interrupted build leaves the previous folder whole.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A fresh staging folder next to `target` (same file system, so the swap is a rename). */
export function stagingDirFor(target: string): string {
	const staging = join(dirname(target), `.${basename(target)}.staging-${process.pid}`);
	rmSync(staging, { recursive: true, force: true });
	mkdirSync(dirname(staging), { recursive: true });
	return staging;
}

/** Moves `staging` into place as `target`, removing the previous `target` only once the new one is there. */
export function swapInto(staging: string, target: string): void {
	const previous = `${staging}.previous`;
	if (existsSync(target)) renameSync(target, previous);
	try {
		renameSync(staging, target);
	} catch (error) {
		if (existsSync(previous)) renameSync(previous, target);
		throw error;
	}
	rmSync(previous, { recursive: true, force: true });
}
