/**
 * Printed PDFs, kept by everything that makes their bytes: the HTML, the paper, the day stamped into
 * them and the Chromium that printed them (the printer makes its output reproducible). A rebuild whose
 * proposals did not change prints nothing and starts no browser; an accepted proposal prints once.
 * The files live in the project's git-ignored cache folder, never in an output; one unused for
 * `maxAgeDays` is removed the next time the cache is opened.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Bumped when what a key covers changes. */
const cacheVersion = 1;
const dayMs = 24 * 60 * 60 * 1000;

export interface PrintJob {
	html: string;
	paper: string;
	/** The creation date stamped into the PDF; '' when it is the print time. */
	day: string;
	/** `chromiumIdentity` of the browser that prints. */
	chromium: string;
}

export interface PdfCache {
	get(job: PrintJob): Uint8Array | undefined;
	put(job: PrintJob, pdf: Uint8Array): void;
}

/** The browser binary as found on disk: a new or upgraded Chromium is another printer. */
export function chromiumIdentity(executablePath: string): string {
	try {
		const real = realpathSync(executablePath);
		const { size, mtimeMs } = statSync(real);
		return `${real}\0${size}\0${mtimeMs}`;
	} catch {
		return executablePath;
	}
}

/** The file name a job's PDF is kept under. */
export function pdfCacheKey(job: PrintJob): string {
	const hash = createHash('sha256').update(`${cacheVersion}\0${job.chromium}\0${job.paper}\0${job.day}\0`).update(job.html);
	return `${hash.digest('hex')}.pdf`;
}

/** Opens (and creates) the cache in `dir`, first removing PDFs unused for `maxAgeDays` and stray partial writes. */
export function openPdfCache(dir: string, { maxAgeDays = 30, now = Date.now() } = {}): PdfCache {
	mkdirSync(dir, { recursive: true });
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		const stats = statSync(path, { throwIfNoEntry: false });
		if (!stats) continue;
		const age = now - stats.mtimeMs;
		// `force`: another build may be clearing the same file.
		if ((name.endsWith('.pdf') && age > maxAgeDays * dayMs) || (name.endsWith('.tmp') && age > dayMs)) rmSync(path, { force: true });
	}
	return {
		get(job) {
			const path = join(dir, pdfCacheKey(job));
			try {
				const pdf = new Uint8Array(readFileSync(path));
				const touched = new Date();
				utimesSync(path, touched, touched);
				return pdf;
			} catch {
				return undefined;
			}
		},
		put(job, pdf) {
			const path = join(dir, pdfCacheKey(job));
			// Written whole under another name, then renamed: a reader never sees half a PDF.
			const partial = `${path}.${process.pid}.tmp`;
			writeFileSync(partial, pdf);
			renameSync(partial, path);
		},
	};
}
