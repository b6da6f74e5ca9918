/**
 * PDF output through the system Chromium. Without Chromium the suite is skipped loudly (see
 * tests/helpers/browser.ts), unless E2E=required, where the missing browser fails the run.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPdfPrinter, type PdfPrinter } from '../../src/lib/io/pdf.ts';
import { hasChromium } from '../helpers/browser.ts';
import { build } from './support.ts';

/** The PDF's text: `pdftotext` (poppler-utils) when installed, else the document title it carries. */
function pdfText(path: string): string {
	const result = spawnSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
	if (result.status === 0) return result.stdout;
	console.warn('pdftotext (poppler-utils) not found: checking the PDF title only');
	const raw = readFileSync(path, 'latin1');
	const hex = /\/Title <FEFF([0-9A-Fa-f]+)>/.exec(raw)?.[1] ?? '';
	return Buffer.from(hex, 'hex').swap16().toString('utf16le');
}

describe.skipIf(!hasChromium)('PDF output', () => {
	let printer: PdfPrinter;
	let prints = 0;
	let result: Awaited<ReturnType<typeof build>>;

	beforeAll(async () => {
		const opened = await openPdfPrinter();
		if (!opened) throw new Error('Chromium was found but did not start');
		// Count prints on one shared browser: the run must reuse it for every proposal.
		printer = { ...opened, print: (html, paper) => (prints++, opened.print(html, paper)) };
		result = await build({ pdf: 'required', printer });
		expect(result.problems).toEqual([]);
	});
	afterAll(async () => {
		await printer?.close();
	});

	const pdfOf = (id: string) => join(result.built.find((item) => item.id === id)!.dir, 'proposal.pdf');

	it('writes a valid PDF next to the HTML, Markdown and JSON', () => {
		const bytes = readFileSync(pdfOf('basic'));
		expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		expect(bytes.subarray(-16).toString('latin1')).toContain('%%EOF');
		expect(result.built.find((item) => item.id === 'basic')?.files).toEqual([
			'proposal.html',
			'proposal.md',
			'proposal.json',
			'proposal.pdf',
		]);
	});

	it('carries the client’s name in its text', () => {
		expect(pdfText(pdfOf('basic'))).toContain("O'Brien & Daughters <Joinery>");
		expect(pdfText(pdfOf('tiers'))).toContain('Reed Studio');
	});

	it('prints on A4 for a British practice', () => {
		// A4 is 595 × 842 points; Chromium writes 594.96 × 841.92.
		const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(readFileSync(pdfOf('basic'), 'latin1'));
		expect(Math.round(Number(box?.[1]))).toBe(595);
		expect(Math.round(Number(box?.[2]))).toBe(842);
	});

	it('uses one browser for every proposal of a run', () => {
		expect(prints).toBe(2);
	});
});
