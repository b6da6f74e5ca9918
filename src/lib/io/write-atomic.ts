/**
 * Atomic writes: a reader (or the next run) sees either the previous file or folder, whole, or the new
 * one, whole — never half of each, whatever interrupts the run.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const TEMP_MARK = '.tmp-';
const OLD_MARK = '.old-';

/** Random per process, counted per call: unique names without asking the system for randomness each time. */
const runId = randomBytes(3).toString('hex');
let counter = 0;

function suffix(): string {
	return `${process.pid}-${runId}${(counter++).toString(16).padStart(4, '0')}`;
}

/** A folder written in full beside its destination, waiting to take its place. */
export interface StagedFolder {
	/** The destination. */
	dir: string;
	/** Swaps the staged folder into place; the previous folder is removed. */
	commit(): void;
	/** Deletes the staged folder; the destination is untouched. */
	discard(): void;
}

/**
 * A fresh, empty-to-be path beside `dir` for staging its next version (same file system, so the swap
 * is a rename). Leftovers of interrupted runs are repaired first.
 */
export function stagingPathFor(dir: string): string {
	mkdirSync(dirname(dir), { recursive: true });
	recoverFolder(dir);
	return join(dirname(dir), `.${basename(dir)}${TEMP_MARK}${suffix()}`);
}

/**
 * Moves the finished folder `temp` into place as `dir`. The previous folder is moved aside for the
 * instant of the swap; a run interrupted in that instant is repaired by the next one (`recoverFolder`).
 */
export function swapFolder(temp: string, dir: string): void {
	const old = join(dirname(dir), `.${basename(dir)}${OLD_MARK}${suffix()}`);
	const hadPrevious = existsSync(dir);
	if (hadPrevious) renameSync(dir, old);
	try {
		renameSync(temp, dir);
	} catch (error) {
		if (hadPrevious) renameSync(old, dir);
		rmSync(temp, { recursive: true, force: true });
		throw error;
	}
	if (hadPrevious) rmSync(old, { recursive: true, force: true });
}

function stagedAt(dir: string, temp: string): StagedFolder {
	return {
		dir,
		commit: () => swapFolder(temp, dir),
		discard() {
			rmSync(temp, { recursive: true, force: true });
		},
	};
}

/**
 * Writes `files` (name → contents) into a temporary sibling of `dir`, leaving `dir` untouched until
 * `commit`. A run stages every output first and commits only when nothing failed, so a failed run
 * leaves every previous output as it was. The writes are asynchronous, so rendering the next
 * proposal overlaps them.
 */
export async function stageFolder(dir: string, files: Readonly<Record<string, string | Uint8Array>>): Promise<StagedFolder> {
	const parent = dirname(dir);
	const name = basename(dir);
	if (!recovered.has(parent)) await mkdir(parent, { recursive: true });
	recoverLeftovers(parent);
	const temp = join(parent, `.${name}${TEMP_MARK}${suffix()}`);
	try {
		await mkdir(temp);
		await Promise.all(
			Object.entries(files).map(([file, data]) => {
				if (file.includes('/') || file.includes('\\') || file.startsWith('.')) throw new Error(`invalid output file name "${file}"`);
				return writeFile(join(temp, file), data);
			}),
		);
	} catch (error) {
		await rm(temp, { recursive: true, force: true });
		throw error;
	}
	return stagedAt(dir, temp);
}

/** Replaces folder `dir` with exactly `files`: staged in full beside it, then swapped in. */
export async function writeFolderAtomic(dir: string, files: Readonly<Record<string, string | Uint8Array>>): Promise<void> {
	(await stageFolder(dir, files)).commit();
}

/**
 * Replaces folder `dir` with exactly `files` (paths relative to it, `/`-separated, subfolders allowed):
 * written in full beside it, then swapped in, so an interrupted run leaves the previous folder whole.
 */
export function writeTreeAtomic(dir: string, files: Readonly<Record<string, string | Uint8Array>>): void {
	const temp = stagingPathFor(dir);
	try {
		for (const [path, data] of Object.entries(files)) {
			if (path.startsWith('/') || path.split('/').includes('..')) throw new Error(`invalid output path "${path}"`);
			const target = join(temp, ...path.split('/'));
			mkdirSync(dirname(target), { recursive: true });
			writeFileSync(target, data);
		}
		mkdirSync(temp, { recursive: true });
		swapFolder(temp, dir);
	} finally {
		rmSync(temp, { recursive: true, force: true });
	}
}

/**
 * Cleans up after an interrupted `writeFolderAtomic` of `dir`: puts a folder moved aside back when
 * `dir` is missing, and removes leftover temporary folders.
 */
export function recoverFolder(dir: string): void {
	recoverLeftovers(dirname(dir), basename(dir));
}

/** Parent folders already cleaned in this process; leftovers only come from earlier, interrupted runs. */
const recovered = new Set<string>();

/** Repairs leftovers in `parent` (of `only` when given, else of every folder), once per process. */
function recoverLeftovers(parent: string, only?: string): void {
	if (only === undefined && recovered.has(parent)) return;
	if (!existsSync(parent)) return;
	for (const entry of readdirSync(parent)) {
		const match = /^\.(.+?)(\.tmp-|\.old-)\d+-[0-9a-f]+$/.exec(entry);
		if (!match || (only !== undefined && match[1] !== only)) continue;
		const path = join(parent, entry);
		const target = join(parent, match[1] as string);
		if (match[2] === OLD_MARK && !existsSync(target)) renameSync(path, target);
		else rmSync(path, { recursive: true, force: true });
	}
	if (only === undefined) recovered.add(parent);
}
