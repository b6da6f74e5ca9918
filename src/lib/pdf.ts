/**
 * PDF output through the system Chromium, driven by playwright-core. One browser serves every
 * proposal of a run; no page may reach the network (the HTML is self-contained by design).
 */
import type { Browser, Page } from 'playwright-core';
import { chromiumArgs, findChromium } from './chromium.ts';

/** Chromium's path: `$CHROMIUM_PATH`, else `chromium`, `chromium-browser` or `google-chrome` on PATH; `undefined` when none. */
export { findChromium };

export interface PdfPrinter {
	/** Chromium binary in use. */
	executablePath: string;
	/** Prints a self-contained HTML document on `paper`. */
	print(html: string, paper: 'A4' | 'letter'): Promise<Uint8Array>;
	close(): Promise<void>;
}

/** Starts Chromium once for a run; `undefined` when no Chromium is found. */
export async function openPdfPrinter(executablePath: string | undefined = findChromium()): Promise<PdfPrinter | undefined> {
	if (!executablePath) return undefined;
	const { chromium } = await import('playwright-core');
	const browser: Browser = await chromium.launch({ executablePath, args: chromiumArgs });
	let page: Page | undefined;
	const ready = async (): Promise<Page> => {
		if (page) return page;
		const context = await browser.newContext({ javaScriptEnabled: false });
		// Anything but the document itself would be an external request: refuse it.
		await context.route(/^(?!data:|about:)/, (route) => route.abort());
		page = await context.newPage();
		return page;
	};
	return {
		executablePath,
		async print(html, paper) {
			const target = await ready();
			await target.setContent(html, { waitUntil: 'load' });
			await target.emulateMedia({ media: 'print' });
			const pdf = await target.pdf({
				format: paper === 'A4' ? 'A4' : 'Letter',
				preferCSSPageSize: true,
				printBackground: true,
				outline: true,
				tagged: true,
			});
			return new Uint8Array(pdf);
		},
		async close() {
			await browser.close();
		},
	};
}
