import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/lib/io/files.ts';
import { pdfPrinterOn } from '../../src/lib/io/pdf.ts';
import { hasChromium, launchBrowser } from '../helpers/browser.ts';
import { sharedSite } from '../helpers/shared-sites.ts';
import { build, tempDir } from '../proposals/support.ts';

/** Every file of a folder as path → bytes, for exact comparison. */
function snapshot(dir: string): Map<string, Buffer> {
	return new Map(listFiles(dir, ['']).map((file) => [relative(dir, file), readFileSync(file)]));
}

/** Paths whose bytes differ between two snapshots with the same paths. */
const differing = (first: Map<string, Buffer>, second: Map<string, Buffer>) =>
	[...first].filter(([path, bytes]) => !bytes.equals(second.get(path) ?? Buffer.alloc(0))).map(([path]) => path);

describe('deterministic output', () => {
	it('gives byte-identical dist/ for two builds of the same content', async () => {
		// Two separate processes, separate caches and output folders (tests/helpers/shared-sites.ts); the
		// second runs in another time zone, which must not matter either (tests/site/timezones.test.ts).
		const first = snapshot((await sharedSite('handbook')).dir);
		const second = snapshot((await sharedSite('handbook-chicago')).dir);
		expect([...second.keys()]).toEqual([...first.keys()]);
		expect(differing(first, second)).toEqual([]);
		expect(first.size).toBeGreaterThan(20);
	}, 300_000); // waits for two shared builds

	it('gives byte-identical proposals (HTML, Markdown, JSON and PDF) for two runs', async () => {
		const browser = hasChromium ? await launchBrowser() : undefined;
		try {
			const render = async () => {
				const printer = browser ? await pdfPrinterOn(browser) : undefined;
				try {
					const outDir = join(tempDir('out'), 'proposals');
					const result = await build({ outDir, pdf: printer ? 'required' : 'off', printer });
					expect(result.problems).toEqual([]);
					return snapshot(outDir);
				} finally {
					await printer?.close();
				}
			};
			const first = await render();
			const second = await render();
			expect([...second.keys()]).toEqual([...first.keys()]);
			expect(differing(first, second)).toEqual([]);
			expect([...first.keys()].some((path) => path.endsWith('proposal.pdf'))).toBe(hasChromium);
		} finally {
			await browser?.close();
		}
	});
});
