/** One file written atomically: to a temporary name beside it, then renamed over it. */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Writes `text` to `path` so a reader sees the old file or the new one, never half of it. */
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
