/**
 * Which files Opsbook wrote. Every output folder it writes holds a marker listing each file with its
 * SHA-256, so a later run replaces or removes only what it wrote itself: a signed PDF a person saved
 * into an output folder, or a folder Opsbook never wrote, is never deleted.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** The marker's file name inside an output folder. */
export const MARKER = '.opsbook-output.json';

/** What the marker holds. `files` absent: the whole folder is Opsbook's (a built site). */
export interface Marker {
	format: 'opsbook-output';
	files?: Record<string, string>;
}

/** The marker's text for a folder of `files` (name → contents), or for a whole site when omitted. */
export function markerFor(files?: Readonly<Record<string, string | Uint8Array>>): string {
	const marker: Marker = { format: 'opsbook-output' };
	if (files) marker.files = Object.fromEntries(Object.entries(files).map(([name, data]) => [name, sha256(data)]));
	return `${JSON.stringify(marker, null, 2)}\n`;
}

function sha256(data: string | Uint8Array): string {
	return createHash('sha256').update(data).digest('hex');
}

/** The marker of `dir`, or undefined when it has none (or one this version cannot read). */
export function readMarker(dir: string): Marker | undefined {
	try {
		const marker = JSON.parse(readFileSync(join(dir, MARKER), 'utf8')) as Marker;
		return marker.format === 'opsbook-output' ? marker : undefined;
	} catch {
		return undefined;
	}
}

/** The state of an output folder before it is replaced. */
export type Ownership = { state: 'missing' | 'empty' | 'ours' } | { state: 'foreign'; files: string[] };

/**
 * Whether `dir` may be replaced: missing, empty, or holding only what Opsbook wrote there, unchanged.
 * Otherwise the entries it did not write (or that changed since), so the caller can name them.
 */
export function ownership(dir: string): Ownership {
	let entries;
	try {
		entries = readdirSync(dir, { withFileTypes: true });
	} catch {
		return { state: 'missing' };
	}
	if (entries.length === 0) return { state: 'empty' };
	const marker = readMarker(dir);
	if (!marker) return { state: 'foreign', files: entries.map((entry) => entry.name).sort() };
	if (!marker.files) return { state: 'ours' };
	const foreign = entries
		.filter((entry) => entry.name !== MARKER && !(entry.isFile() && isUnchanged(dir, entry.name, marker)))
		.map((e) => e.name);
	return foreign.length ? { state: 'foreign', files: foreign.sort() } : { state: 'ours' };
}

function isUnchanged(dir: string, name: string, marker: Marker): boolean {
	const expected = marker.files?.[name];
	return expected !== undefined && sha256(readFileSync(join(dir, name))) === expected;
}

/**
 * Deletes the files Opsbook wrote into `dir` (as its marker lists them, unchanged) and the marker, then
 * the folder when nothing else is left. Returns the names it kept; the folder is then no longer Opsbook's.
 */
export function removeOwned(dir: string): string[] {
	const marker = readMarker(dir);
	if (!marker?.files) return readdirSync(dir).sort();
	for (const name of Object.keys(marker.files)) {
		try {
			if (isUnchanged(dir, name, marker)) rmSync(join(dir, name));
		} catch {
			// already gone
		}
	}
	rmSync(join(dir, MARKER), { force: true });
	const kept = readdirSync(dir).sort();
	if (!kept.length) rmdirSync(dir);
	return kept;
}
