import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as pagefind from 'pagefind';
import { addSearchablePages, indexWithPagefind } from '../../src/integrations/pagefind.ts';
import { listFiles } from '../../src/lib/io/files.ts';

const page = (title: string, marked: boolean) =>
	`<!doctype html><html lang="en"><head><title>${title}</title></head><body><nav>Menu words</nav><main${marked ? ' data-pagefind-body' : ''}><h1>${title}</h1><p>${title} text.</p></main></body></html>`;

/** A built site: two pages that mark their content and a print view that does not. */
function site(pages: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'opsbook-pagefind-'));
	for (const [path, html] of Object.entries(pages)) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), html);
	}
	return dir;
}

const snapshot = (dir: string) => Object.fromEntries(listFiles(dir, ['.html']).map((file) => [file, readFileSync(file, 'utf8')]));
const quiet = { info: () => {} };

describe('the Pagefind index of a built site', () => {
	it('holds the pages that mark their content, and leaves every page where and as it was', async () => {
		const dir = site({
			'index.html': page('Home', true),
			'handbook/invoices/index.html': page('Invoices', true),
			'handbook/print/index.html': page('Print view', false),
		});
		const before = snapshot(dir);
		await indexWithPagefind(pathToFileURL(`${dir}/`), { locale: 'en-US' }, quiet);
		expect(readdirSync(join(dir, 'pagefind', 'fragment'))).toHaveLength(2);
		expect(snapshot(dir)).toEqual(before);
		expect(listFiles(dir, ['.not-indexed'])).toEqual([]);
	});

	it('hands Pagefind only the pages that mark their content, so it never parses the others', async () => {
		const dir = site({ 'index.html': page('Home', true), 'handbook/print/index.html': page('Print view', false) });
		const { index } = await pagefind.createIndex({});
		try {
			// Pagefind counts every file it read, marked or not.
			expect(await addSearchablePages(index!, dir)).toMatchObject({ page_count: 1, errors: [] });
		} finally {
			await pagefind.close();
		}
		expect(readFileSync(join(dir, 'handbook/print/index.html'), 'utf8')).toBe(page('Print view', false));
	});

	it('fails when no page marks its content, and still puts every page back', async () => {
		const dir = site({ 'index.html': page('Home', false), 'about/index.html': page('About', false) });
		const before = snapshot(dir);
		await expect(indexWithPagefind(pathToFileURL(`${dir}/`), { locale: 'en-US' }, quiet)).rejects.toThrow(/indexed no pages/);
		expect(snapshot(dir)).toEqual(before);
		expect(existsSync(join(dir, 'pagefind', 'pagefind-entry.json'))).toBe(false);
	});
});
