/**
 * PDF output through the system Chromium, driven by playwright-core. One browser serves every
 * proposal of a run, started at the first PDF the cache (`pdf-cache.ts`) does not hold; no page may
 * reach the network (the HTML is self-contained by design).
 */
import type { Browser, Page } from 'playwright-core';
import { chromiumArgs, findChromium } from './chromium.ts';
import { chromiumIdentity, openPdfCache } from './pdf-cache.ts';
import { pdfCacheDir } from './paths.ts';

/** Chromium's path: `$CHROMIUM_PATH`, else `chromium`, `chromium-browser` or `google-chrome` on PATH; `undefined` when none. */
export { findChromium };

export interface PdfPrinter {
	/** Chromium binary in use. */
	executablePath: string;
	/** Prints a self-contained HTML document on `paper`; `day` (YYYY-MM-DD) becomes the PDF's creation date. */
	print(html: string, paper: 'A4' | 'letter', day?: string): Promise<Uint8Array>;
	close(): Promise<void>;
	/** How many PDFs were printed, and how many came unchanged from the cache (printers with a cache). */
	counts?(): { printed: number; reused: number; cacheDir: string };
}

const pagesAtOnce = 2;

export interface PdfPrinterOptions {
	/** Where printed PDFs are kept for the next run (default `pdfCacheDir()`); `false` prints every time (benchmarks). */
	cacheDir?: string | false;
}

/**
 * A printer for a run; `undefined` when no Chromium is found. Chromium starts at the first PDF the
 * cache does not hold, so a run whose documents were all printed before starts no browser at all.
 */
export async function openPdfPrinter(
	executablePath: string | undefined = findChromium(),
	{ cacheDir = pdfCacheDir() }: PdfPrinterOptions = {},
): Promise<PdfPrinter | undefined> {
	if (!executablePath) return undefined;
	const cache = cacheDir === false ? undefined : openPdfCache(cacheDir);
	const chromium = chromiumIdentity(executablePath);
	let browser: Promise<Browser> | undefined;
	let printer: Promise<PdfPrinter> | undefined;
	let printed = 0;
	let reused = 0;
	const started = () =>
		(printer ??= (async () => {
			const { chromium: launcher } = await import('playwright-core');
			browser = launcher.launch({ executablePath, args: chromiumArgs });
			return pdfPrinterOn(await browser, executablePath);
		})());
	return {
		executablePath,
		async print(html, paper, day) {
			const job = { html, paper, day: day ?? '', chromium };
			const kept = cache?.get(job);
			if (kept) {
				reused++;
				return kept;
			}
			const pdf = await (await started()).print(html, paper, day);
			cache?.put(job, pdf);
			printed++;
			return pdf;
		},
		...(cacheDir !== false && { counts: () => ({ printed, reused, cacheDir }) }),
		async close() {
			await (await browser?.catch(() => undefined))?.close();
		},
	};
}

/** A printer on a browser the caller already runs (tests share one); `close()` leaves the browser open. */
export async function pdfPrinterOn(browser: Browser, executablePath = 'chromium'): Promise<PdfPrinter> {
	const context = await browser.newContext({ javaScriptEnabled: false });
	// Anything but the document itself would be an external request: refuse it.
	await context.route(/^(?!data:|about:)/, (route) => route.abort());
	// A small pool of pages: two documents print at once, one per core of a typical build machine.
	const idle: Page[] = [];
	const waiting: ((page: Page) => void)[] = [];
	let open = 0;
	const acquire = async (): Promise<Page> => {
		const page = idle.pop();
		if (page) return page;
		if (open < pagesAtOnce) {
			open++;
			return context.newPage();
		}
		return new Promise((resolve) => waiting.push(resolve));
	};
	const release = (page: Page) => {
		const next = waiting.shift();
		if (next) next(page);
		else idle.push(page);
	};
	return {
		executablePath,
		async print(html, paper, day) {
			const page = await acquire();
			try {
				await page.setContent(html, { waitUntil: 'load' });
				await page.emulateMedia({ media: 'print' });
				const pdf = await page.pdf({
					format: paper === 'A4' ? 'A4' : 'Letter',
					preferCSSPageSize: true,
					printBackground: true,
					outline: true,
					tagged: true,
				});
				return day ? withFixedDates(new Uint8Array(pdf), day) : new Uint8Array(pdf);
			} finally {
				release(page);
			}
		},
		async close() {
			await context.close();
		},
	};
}

/**
 * Replaces Chromium's print-time creation and modification dates with `day`, so the same proposal
 * gives the same bytes on every run. The digits are swapped in place, keeping every byte offset valid.
 */
export function withFixedDates(pdf: Uint8Array, day: string): Uint8Array {
	const stamp = `${day.replace(/-/g, '')}000000`;
	const text = Buffer.from(pdf).toString('latin1');
	const fixed = text.replace(/\/(CreationDate|ModDate) \(D:\d{14}/g, (match) => `${match.slice(0, -14)}${stamp}`);
	return new Uint8Array(Buffer.from(fixed, 'latin1'));
}
