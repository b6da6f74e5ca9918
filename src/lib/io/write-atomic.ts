/**
 * Atomic writes: a reader (or the next run) sees either the previous folder, whole, or the new one,
 * whole — never half of each. Folders are written in full in the staging folder (`staging.ts`), then
 * moved into place together: when one move fails, the ones already made are undone.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { MARKER, markerFor } from './ownership.ts';
import { stagingPath, uniqueSuffix } from './staging.ts';

const TEMP_MARK = '.tmp-';
const OLD_MARK = '.old-';

/** A folder written in full in the staging folder, waiting to take the place of `dir`. */
export interface StagedFolder {
	/** The destination. */
	dir: string;
	/** Where it is staged. */
	temp: string;
	/** Moves the staged folder into place; the previous folder is removed. */
	commit(): void;
	/** Deletes the staged folder; the destination is untouched. */
	discard(): void;
}

/** The staged folder `temp` that will replace `dir`. */
export function stagedFolder(dir: string, temp: string): StagedFolder {
	const folder: StagedFolder = {
		dir,
		temp,
		commit: () => commitAll([folder]),
		discard() {
			rmSync(temp, { recursive: true, force: true });
		},
	};
	return folder;
}

/** Marks a staged site folder as written by Opsbook, so a later build may replace it whole. */
export function markSite(temp: string): void {
	writeFileSync(join(temp, MARKER), markerFor());
}

/** Moves `temp` to `dir` (absent); across file systems by a copy beside `dir` first, so the last step is still a rename. */
function moveIn(temp: string, dir: string): void {
	try {
		renameSync(temp, dir);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
		const beside = join(dirname(dir), `.${basename(dir)}${TEMP_MARK}${uniqueSuffix()}`);
		cpSync(temp, beside, { recursive: true });
		renameSync(beside, dir);
		rmSync(temp, { recursive: true, force: true });
	}
}

/**
 * Moves every staged folder into place, or none: each previous folder is moved aside, and all of them
 * are put back when any move fails. The previous folders are deleted only once every move succeeded.
 */
export function commitAll(folders: readonly StagedFolder[]): void {
	const steps: { folder: StagedFolder; old?: string; placed: boolean }[] = [];
	try {
		for (const folder of folders) {
			mkdirSync(dirname(folder.dir), { recursive: true });
			const step: { folder: StagedFolder; old?: string; placed: boolean } = { folder, placed: false };
			steps.push(step);
			if (existsSync(folder.dir)) {
				step.old = join(dirname(folder.dir), `.${basename(folder.dir)}${OLD_MARK}${uniqueSuffix()}`);
				renameSync(folder.dir, step.old);
			}
			moveIn(folder.temp, folder.dir);
			step.placed = true;
		}
	} catch (error) {
		for (const step of steps.reverse()) {
			if (step.placed) rmSync(step.folder.dir, { recursive: true, force: true });
			if (step.old) renameSync(step.old, step.folder.dir);
		}
		for (const folder of folders) folder.discard();
		throw error;
	}
	for (const step of steps) if (step.old) rmSync(step.old, { recursive: true, force: true });
}

/**
 * Writes `files` (name → contents) and Opsbook's marker into a staged folder, leaving `dir` untouched
 * until `commit`. A run stages every output first and commits only when nothing failed, so a failed
 * run leaves every previous output as it was. The writes are asynchronous, so rendering the next
 * proposal overlaps them.
 */
export async function stageFolder(dir: string, files: Readonly<Record<string, string | Uint8Array>>): Promise<StagedFolder> {
	const temp = stagingPath(basename(dir));
	try {
		await mkdir(temp);
		await Promise.all(
			Object.entries(files).map(([file, data]) => {
				if (file.includes('/') || file.includes('\\') || file.startsWith('.')) throw new Error(`invalid output file name "${file}"`);
				return writeFile(join(temp, file), data);
			}),
		);
		await writeFile(join(temp, MARKER), markerFor(files));
	} catch (error) {
		await rm(temp, { recursive: true, force: true });
		throw error;
	}
	return stagedFolder(dir, temp);
}

/** Replaces folder `dir` with exactly `files`: staged in full, then moved into place. */
export async function writeFolderAtomic(dir: string, files: Readonly<Record<string, string | Uint8Array>>): Promise<void> {
	(await stageFolder(dir, files)).commit();
}

/**
 * Replaces folder `dir` with exactly `files` (paths relative to it, `/`-separated, subfolders allowed):
 * written in full in the staging folder, then moved into place, so an interrupted run leaves the
 * previous folder whole. Used for content folders (no ownership marker: they are the user's files).
 */
export function writeTreeAtomic(dir: string, files: Readonly<Record<string, string | Uint8Array>>): void {
	const temp = stagingPath(basename(dir));
	try {
		mkdirSync(temp, { recursive: true });
		for (const [path, data] of Object.entries(files)) {
			if (path.startsWith('/') || path.split('/').includes('..')) throw new Error(`invalid output path "${path}"`);
			const target = join(temp, ...path.split('/'));
			mkdirSync(dirname(target), { recursive: true });
			writeFileSync(target, data);
		}
		commitAll([stagedFolder(dir, temp)]);
	} finally {
		rmSync(temp, { recursive: true, force: true });
	}
}

/**
 * Cleans up after a run interrupted in the instant of a move into `dir`: puts a folder moved aside
 * back when `dir` is missing, and removes leftover copies beside it (and the catalog snapshots that
 * versions before the staging folder left beside a site).
 */
export function recoverFolder(dir: string): void {
	const parent = dirname(dir);
	if (!existsSync(parent)) return;
	for (const entry of readdirSync(parent)) {
		const match = /^\.(.+?)(\.tmp-|\.old-)\d+-[0-9a-f]+(\.catalog\.json)?$/.exec(entry);
		if (!match || match[1] !== basename(dir)) continue;
		const path = join(parent, entry);
		if (match[2] === OLD_MARK && !match[3] && !existsSync(dir)) renameSync(path, dir);
		else rmSync(path, { recursive: true, force: true });
	}
}

/** One file (not a folder) written to a temporary name beside it, then renamed over it: a reader sees the old file or the new one, never half of it. */
export function writeFileAtomic(path: string, text: string): void {
	mkdirSync(dirname(path), { recursive: true });
	const temp = join(dirname(path), `.${basename(path)}.tmp-${process.pid}`);
	try {
		writeFileSync(temp, text);
		renameSync(temp, path);
	} finally {
		rmSync(temp, { force: true });
	}
}
