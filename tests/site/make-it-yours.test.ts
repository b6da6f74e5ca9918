/**
 * Adopting the starter as a new practice: after editing only `site.yaml`, nothing built names the
 * starter practice or its owner, `src/` holds none of the practice's words, and a practice that
 * charges VAT says so beside every price, on a phone too (the packages table in Chromium at 360 px).
 */
import { cpSync, readdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/lib/io/files.ts';
import { hasChromium, launchBrowser } from '../helpers/browser.ts';
import { buildSite, runNode } from '../helpers/build.ts';
import { edit } from '../helpers/fixture.ts';
import { readAllOutput } from '../helpers/output.ts';
import { serveStatic, type StaticServer } from '../helpers/serve.ts';

const starterNames = ['Steadfast', 'Maya', 'Okafor'];
const work = mkdtempSync(join(tmpdir(), 'opsbook-yours-'));

/** A copy of the starter content in `work/<name>`. */
function starterCopy(name: string): string {
	const dir = join(work, name);
	cpSync(resolve('content'), dir, { recursive: true });
	return dir;
}

/** Files under `dirs` whose text (decompressed when gzipped) contains `word`, matching case. */
function filesWith(dirs: string[], word: string): string[] {
	return dirs.flatMap((dir) => readAllOutput(dir).filter(({ text }) => text.includes(word))).map(({ file }) => file);
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('renaming the practice in site.yaml only', () => {
	let dist: string;
	let out: string;
	let accepted: string[];

	beforeAll(() => {
		const content = starterCopy('renamed');
		edit(content, 'site.yaml', /^name: .*$/m, 'name: Harbour Light Operations');
		edit(content, 'site.yaml', /^owner: .*$/m, 'owner: Priya Nair');
		accepted = readdirSync(join(content, 'proposals', 'accepted')).map((file) => file.replace(/\.json$/, ''));
		dist = buildSite(content, { out: join(work, 'renamed-dist') }).dir;
		out = join(work, 'renamed-out');
		// PDFs are left out: their text is compressed, so a grep could not see a name in them anyway.
		const proposals = runNode(['scripts/proposals.ts', '--out', join(out, 'proposals'), '--no-pdf', '--today', '2026-11-27'], {
			OPSBOOK_CONTENT: content,
		});
		if (proposals.status !== 0) throw new Error(proposals.output);
		const clients = runNode(['scripts/clients.ts', '--out', join(out, 'clients'), '--no-pdf', '--today', '2026-11-27'], {
			OPSBOOK_CONTENT: content,
			OPSBOOK_QUIET: '1',
		});
		if (clients.status !== 0) throw new Error(clients.output);
	}, 300_000);

	it('leaves no trace of the starter practice or its owner in dist/, open proposals or client handbooks', () => {
		const open = readdirSync(join(out, 'proposals'))
			.filter((id) => !accepted.includes(id))
			.map((id) => join(out, 'proposals', id));
		expect(open.length).toBeGreaterThan(0);
		expect(filesWith([dist], 'Harbour Light Operations').length).toBeGreaterThan(100);
		expect(filesWith(open, 'Priya Nair').length).toBeGreaterThan(0);
		expect(filesWith([join(out, 'clients')], 'Priya Nair').length).toBeGreaterThan(0);
		for (const name of starterNames) expect(filesWith([dist, ...open, join(out, 'clients')], name), name).toEqual([]);
	});

	it('keeps accepted contracts as they were signed, under the practice name of the day', () => {
		expect(accepted.length).toBeGreaterThan(0);
		for (const id of accepted) expect(filesWith([join(out, 'proposals', id)], 'Steadfast').length, id).toBeGreaterThan(0);
	});
});

describe('the practice words', () => {
	it('live in content: src/ holds no sentence of home.yaml and no starter name', () => {
		const home = parse(readFileSync('content/home.yaml', 'utf8')) as Record<string, unknown>;
		const sentences = JSON.stringify(home)
			.match(/"[^"]{25,}"/g)!
			.map((quoted) => JSON.parse(quoted) as string)
			.flatMap((text) => text.split('\n'))
			.filter((line) => line.length > 25);
		expect(sentences.length).toBeGreaterThan(10);
		const sources = listFiles('src', ['.ts', '.astro', '.css', '.md']).map((file) => ({ file, text: readFileSync(file, 'utf8') }));
		for (const phrase of [...sentences, ...starterNames]) {
			expect(
				sources.filter(({ text }) => text.includes(phrase)).map(({ file }) => file),
				phrase,
			).toEqual([]);
		}
	});
});

describe('a London practice charging 20 % VAT on top, with a booking page', () => {
	let dist: string;
	const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

	beforeAll(() => {
		const content = starterCopy('london');
		edit(content, 'site.yaml', /^locale: .*$/m, 'locale: en-GB');
		edit(content, 'site.yaml', /^currency: .*$/m, 'currency: GBP');
		edit(content, 'site.yaml', /^timezone: .*$/m, 'timezone: Europe/London');
		edit(content, 'site.yaml', /^tax:\n(?: {2}.*\n)+/m, 'tax:\n  rate: 20\n  label: VAT\n  inclusive: false\n');
		edit(content, 'site.yaml', /^url: .*$/m, '$&\nbooking: https://cal.example/harbour/discovery');
		dist = buildSite(content, { out: join(work, 'london-dist') }).dir;
	}, 180_000);

	it('says "plus VAT" beside package, service and home page prices', () => {
		const packages = page('packages');
		expect(packages.match(/<small class="tax-note">plus VAT<\/small>/g)?.length).toBe(6); // fee and hourly rate of 3 packages
		expect(packages).toContain('billed at £75 plus VAT an hour');
		expect(page('services/office/bookkeeping-oversight')).toMatch(/<small>per month, plus VAT<\/small>/);
		expect(page('services')).toContain(', plus VAT</small>');
		expect(page('')).toMatch(/hours, plus VAT\s*<\/small>/);
	});

	it('shows the same effective hourly rate on the home and packages pages', () => {
		const rate = /That is (£[\d,.]+) an hour/.exec(page(''))![1]!;
		expect(page('packages')).toMatch(new RegExp(`${rate.replace('.', '\\.')}\\s*<small class="tax-note">`));
	});

	it('sends the home page call to action to the booking page', () => {
		expect(page('')).toContain('<a class="button" href="https://cal.example/harbour/discovery">Book a discovery call</a>');
		expect(page('about')).toContain('href="https://cal.example/harbour/discovery"');
	});

	describe.skipIf(!hasChromium)('its packages page on a 360 px phone', () => {
		let server: StaticServer;
		let browser: Browser;
		beforeAll(async () => {
			server = await serveStatic(dist);
			browser = await launchBrowser();
		});
		afterAll(async () => {
			await browser?.close();
			await server?.close();
		});

		it('does not overflow sideways and keeps every row label in view, grouped by duty area', async () => {
			const phone = await browser.newPage({ viewport: { width: 360, height: 800 } });
			await phone.goto(new URL('/packages/', server.url).href);
			expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
			// Scroll the comparison as far right as it goes: the row labels must still be on screen.
			await phone.evaluate(() => {
				const scroller = document.querySelector('.table-scroll')!;
				scroller.scrollLeft = scroller.scrollWidth;
			});
			const labels = await phone.$$eval('.compare th[scope="row"]', (cells) =>
				cells.map((cell) => {
					const box = cell.getBoundingClientRect();
					return { text: cell.textContent?.trim(), left: box.left, right: box.right, width: box.width };
				}),
			);
			expect(labels.length).toBeGreaterThan(15);
			const hidden = labels.filter(({ left, right, width }) => left < 0 || right > 360 || width < 80);
			expect(hidden).toEqual([]);
			const groups = await phone.$$eval('.compare th[scope="rowgroup"]', (cells) => cells.map((cell) => cell.textContent?.trim()));
			expect(groups).toContain('Office management');
			await phone.close();
		});
	});
});
