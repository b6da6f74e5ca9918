/** Reading everything a build wrote, compressed search-index files included, for privacy assertions. */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { listFiles } from '../../src/lib/io/files.ts';

/** Each file under `dir` as text, gzip-compressed files (Pagefind's index) decompressed first. */
export function readAllOutput(dir: string): { file: string; text: string }[] {
	return listFiles(dir, ['']).map((file) => {
		let bytes = readFileSync(file);
		if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
		return { file, text: bytes.toString('latin1') };
	});
}

/** Files under `dir` whose content contains `marker` (case-insensitive). */
export function filesContaining(dir: string, marker: string): string[] {
	const needle = marker.toLowerCase();
	return readAllOutput(dir)
		.filter(({ file, text }) => text.toLowerCase().includes(needle) || file.toLowerCase().includes(needle))
		.map(({ file }) => file);
}
