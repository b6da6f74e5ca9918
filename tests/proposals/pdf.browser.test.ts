/**
 * PDF output through the system Chromium. Without Chromium the suite is skipped loudly (see
 * tests/helpers/browser.ts), unless E2E=required, where the missing browser fails the run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPdfPrinter, type PdfPrinter } from '../../src/lib/io/pdf.ts';
import { hasChromium } from '../helpers/browser.ts';
import { runNode } from '../helpers/build.ts';
import { copyFixture, edit, remove } from '../helpers/fixture.ts';
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
		// No cache: this suite checks what Chromium prints.
		const opened = await openPdfPrinter(undefined, { cacheDir: false });
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
			'contract.ics',
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

	const pageCache = new Map<string, { lines: string[]; footer: string }[]>();
	/** The text of each page (pdftotext, one call per page), blank lines dropped, with the footer line apart. */
	function pages(id: string): { lines: string[]; footer: string }[] {
		const cached = pageCache.get(id);
		if (cached) return cached;
		const path = pdfOf(id);
		const count = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [path], { encoding: 'utf8' }).stdout)?.[1]);
		const all = Array.from({ length: count }, (_, i) => {
			const text = spawnSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), path, '-'], { encoding: 'utf8' }).stdout;
			const lines = text
				.split('\n')
				.map((line) => line.trim())
				.filter(Boolean);
			const footer = i === 0 ? '' : (lines.pop() ?? '');
			return { lines, footer };
		});
		pageCache.set(id, all);
		return all;
	}
	/** Headings of the HTML document (sections, areas, add-on groups), as plain text. */
	function headings(id: string): string[] {
		const html = readFileSync(join(result.built.find((item) => item.id === id)!.dir, 'proposal.html'), 'utf8');
		return [...html.matchAll(/<h[234][^>]*>([\s\S]*?)<\/h[234]>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').trim());
	}
	/** The page on which each line matching `pattern` stands. */
	const pagesWith = (id: string, pattern: RegExp) =>
		pages(id).flatMap(({ lines }, i) => (lines.some((line) => pattern.test(line)) ? [i] : []));
	const hasPoppler = spawnSync('pdfinfo', ['-v']).status === 0;

	describe.skipIf(!hasPoppler)('layout, read from the PDF page by page', () => {
		it.each(['basic', 'tiers'])('%s: puts the page number and the proposal reference in every footer after the cover', (id) => {
			const all = pages(id);
			expect(all.length).toBeGreaterThan(3);
			all.slice(1).forEach(({ footer }, i) => {
				expect(footer).toMatch(new RegExp(`Ref\\. ${id}\\s+Page ${i + 2} of ${all.length}$`));
			});
		});

		it.each(['basic', 'tiers'])('%s: never leaves a heading at the bottom of a page without its content', (id) => {
			const titles = new Set(headings(id));
			expect(titles).toContain('Investment');
			const isHeading = (line: string) => titles.has(line.replace(/^\d+\s+/, '')); // section headings carry their number
			const all = pages(id);
			all.forEach(({ lines }, i) => {
				// A heading followed by less than two lines is stranded, unless the next page starts a new heading.
				lines.forEach((line, at) => {
					if (!isHeading(line) || lines.length - at - 1 >= 2) return;
					expect(isHeading(all[i + 1]?.lines[0] ?? ''), `page ${i + 1} ends with "${line}"`).toBe(true);
				});
			});
		});

		it.each(['basic', 'tiers'])('%s: keeps the terms block and the acceptance section each on one page', (id) => {
			const [termsPage] = pagesWith(id, /^\d+\s+Terms$/);
			expect(termsPage).toBeDefined();
			for (const label of ['Start', 'Minimum term', 'After the minimum term', 'Billing', 'Payment', 'Included hours', 'Validity']) {
				expect(pagesWith(id, new RegExp(`^${label}\\s{2,}`)), label).toContain(termsPage); // split, a label would be on the next page only
			}
			const [acceptancePage] = pagesWith(id, /^\d+\s+Acceptance$/);
			expect(pagesWith(id, /^Signature\s+Signature$/)).toEqual([acceptancePage]);
			expect(pagesWith(id, /^Date\s+Date$/)).toEqual([acceptancePage]);
		});

		it('keeps each optional add-on whole: its title and its price on the page of the add-ons', () => {
			const [page] = pagesWith('basic', /^\d+\s+Optional add-ons$/);
			const lines = pages('basic')[page!]!.lines;
			for (const title of ['Monthly newsletter', 'Event booking']) {
				expect(
					lines.some((line) => line.startsWith(title) && /£[\d,.]+$/.test(line)),
					title,
				).toBe(true);
			}
		});
	});

	it('uses one browser for every proposal of a run', () => {
		expect(prints).toBe(2);
	});
});

describe.skipIf(!hasChromium)('PDFs kept between runs', () => {
	let content: string;
	let cache: string;
	let out: string;
	beforeAll(() => {
		content = copyFixture('proposals-basic');
		cache = mkdtempSync(join(tmpdir(), 'opsbook-pdf-runs-'));
		out = join(cache, 'out');
	});
	const run = () =>
		runNode(['scripts/proposals.ts', '--pdf', '--out', out, '--today', '2026-11-10'], {
			OPSBOOK_CONTENT: content,
			OPSBOOK_CACHE_DIR: cache,
		});
	const pdfs = () => ['basic', 'tiers'].map((id) => readFileSync(join(out, id, 'proposal.pdf')));
	afterAll(() => {
		remove(content);
		rmSync(cache, { recursive: true, force: true });
	});

	it('prints only the proposals that changed since the last run, with the same bytes as printing', () => {
		const first = run();
		expect(first.status, first.output).toBe(0);
		expect(first.output).not.toContain('unchanged since an earlier run');
		const printed = pdfs();

		const second = run();
		expect(second.status, second.output).toBe(0);
		expect(second.output).toContain('PDF: 2 of 2 unchanged since an earlier run');
		expect(pdfs()).toEqual(printed);

		edit(content, 'proposals/tiers.yaml', 'business: Reed Studio', 'business: Reed & Lark Studio');
		const third = run();
		expect(third.output).toContain('PDF: 1 of 2 unchanged since an earlier run');
		expect(pdfText(join(out, 'tiers', 'proposal.pdf'))).toContain('Reed & Lark Studio');
		expect(pdfs()[0]).toEqual(printed[0]);
	});
});
