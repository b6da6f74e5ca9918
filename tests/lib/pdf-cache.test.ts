import { chmodSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chromiumIdentity, openPdfCache, pdfCacheKey, type PrintJob } from '../../src/lib/io/pdf-cache.ts';
import { openPdfPrinter } from '../../src/lib/io/pdf.ts';

const folders: string[] = [];
afterEach(() => {
	for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});
function folder(): string {
	const made = mkdtempSync(join(tmpdir(), 'opsbook-pdf-cache-'));
	folders.push(made);
	return made;
}

/** A "Chromium" that cannot start: any print that reaches it fails. */
function brokenChromium(): string {
	const path = join(folder(), 'chromium');
	writeFileSync(path, '#!/bin/sh\nexit 1\n');
	chmodSync(path, 0o755);
	return path;
}

const job: PrintJob = { html: '<h1>Proposal</h1>', paper: 'A4', day: '2026-12-01', chromium: 'chromium 1' };
const pdf = new Uint8Array(Buffer.from('%PDF-1.4 test %%EOF'));

describe('the PDF cache', () => {
	it('keys on the HTML, the paper, the day and the Chromium', () => {
		const key = pdfCacheKey(job);
		expect(key).toMatch(/^[0-9a-f]{64}\.pdf$/);
		expect(pdfCacheKey({ ...job })).toBe(key);
		for (const other of [{ html: '<h1>Proposal.</h1>' }, { paper: 'letter' }, { day: '2026-12-02' }, { chromium: 'chromium 2' }])
			expect(pdfCacheKey({ ...job, ...other })).not.toBe(key);
	});

	it('gives back what was put, and nothing for another job', () => {
		const cache = openPdfCache(folder());
		expect(cache.get(job)).toBeUndefined();
		cache.put(job, pdf);
		expect(cache.get(job)).toEqual(pdf);
		expect(cache.get({ ...job, day: '2026-12-02' })).toBeUndefined();
	});

	it('removes PDFs unused for the given days and stray partial writes when opened', () => {
		const dir = folder();
		const now = Date.now();
		openPdfCache(dir).put(job, pdf);
		const fresh = { ...job, html: '<h1>Fresh</h1>' };
		openPdfCache(dir).put(fresh, pdf);
		const old = new Date(now - 31 * 24 * 3600 * 1000);
		utimesSync(join(dir, pdfCacheKey(job)), old, old);
		writeFileSync(join(dir, 'x.pdf.123.tmp'), 'half');
		utimesSync(join(dir, 'x.pdf.123.tmp'), old, old);

		const cache = openPdfCache(dir, { maxAgeDays: 30, now });
		expect(readdirSync(dir)).toEqual([pdfCacheKey(fresh)]);
		expect(cache.get(fresh)).toEqual(pdf);
	});

	it('lets a printer answer from the cache without starting Chromium', async () => {
		const chromium = brokenChromium();
		const dir = folder();
		openPdfCache(dir).put({ ...job, chromium: chromiumIdentity(chromium) }, pdf);

		const printer = await openPdfPrinter(chromium, { cacheDir: dir });
		expect(await printer?.print(job.html, 'A4', job.day)).toEqual(pdf);
		expect(printer?.counts?.()).toEqual({ printed: 0, reused: 1, cacheDir: dir });
		// A document it does not hold goes to Chromium, which here cannot start.
		await expect(printer?.print('<h1>Another</h1>', 'A4', job.day)).rejects.toThrow();
		await printer?.close();
	});

	it('is left alone when turned off', async () => {
		const printer = await openPdfPrinter(brokenChromium(), { cacheDir: false });
		await expect(printer?.print(job.html, 'A4', job.day)).rejects.toThrow();
		expect(printer?.counts).toBeUndefined();
		await printer?.close();
	});
});
