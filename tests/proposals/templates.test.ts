import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { clearTemplateCache, escapeMarkdown, loadTemplate, neutraliseHtml, TemplateError } from '../../src/lib/proposals/templates.ts';
import { stageFolder, writeFolderAtomic } from '../../src/lib/io/write-atomic.ts';
import { resolveFixture, tempDir } from './support.ts';

afterEach(() => clearTemplateCache());

/** A template folder holding `files`, with minimal main templates unless given. */
function template(files: Record<string, string>): string {
	const dir = join(tempDir('tpl'), 'custom');
	mkdirSync(dir);
	const all = { 'proposal.html.hbs': '<p>{{client.name}}</p>\n', 'proposal.md.hbs': '{{client.name}}\n', ...files };
	for (const [name, text] of Object.entries(all)) writeFileSync(join(dir, name), text);
	return dir;
}

const { proposal } = resolveFixture('basic');

describe('Markdown escaping', () => {
	it('escapes characters that would format, link, tabulate or open HTML', () => {
		expect(escapeMarkdown('a*b_c [d] <e> | `f` \\')).toBe('a\\*b\\_c \\[d\\] \\<e\\> \\| \\`f\\` \\\\');
	});

	it('leaves ordinary punctuation as it is', () => {
		expect(escapeMarkdown('O\'Brien & Daughters = "best"')).toBe('O\'Brien & Daughters = "best"');
		expect(escapeMarkdown('Fish &amp; chips')).toBe('Fish &amp;amp; chips');
	});

	it('neutralises raw HTML in Markdown but keeps autolinks', () => {
		expect(neutraliseHtml('<b>hi</b> <https://example.com> <me@example.com> a < b')).toBe(
			'&lt;b>hi&lt;/b> <https://example.com> <me@example.com> a < b',
		);
	});
});

describe('helpers', () => {
	it('formats money, dates and plurals in the site’s locale', () => {
		const dir = template({
			'proposal.md.hbs':
				'{{money options.0.totals.monthlyTotal}} | {{date startDate}} | {{plural options.0.termMonths "month"}} | {{plural 1 "day"}} | {{percent tax.rate}}\n',
		});
		expect(loadTemplate(dir).render('md', proposal)).toBe('£1,560.60 | 4 January 2027 | 3 months | 1 day | 20%\n');
	});

	it('renders Markdown to HTML with raw HTML escaped', () => {
		const dir = template({ 'proposal.html.hbs': '{{markdown notes}}' });
		const html = loadTemplate(dir).render('html', proposal);
		expect(html).toContain('&lt;script&gt;');
		expect(html).not.toContain('<script>');
	});
});

describe('compiling', () => {
	it('compiles a template folder once', () => {
		const dir = template({});
		expect(loadTemplate(dir)).toBe(loadTemplate(dir));
	});

	it('fails on an unknown variable in the main template with its line', () => {
		const dir = template({ 'proposal.html.hbs': '<p>\n{{client.nmae}}</p>\n' });
		let error: unknown;
		try {
			loadTemplate(dir).render('html', proposal);
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(TemplateError);
		expect((error as TemplateError).toProblem()).toMatchObject({
			field: 'line 2, column 3',
			message: 'unknown variable "nmae" (misspelled, or missing from the proposal model)',
		});
		expect((error as TemplateError).file).toMatch(/custom\/proposal\.html\.hbs$/);
	});

	it('names a missing main template', () => {
		const dir = template({});
		rmSync(join(dir, 'proposal.md.hbs'));
		expect(() => loadTemplate(dir)).toThrow(/custom\/proposal\.md\.hbs: file is missing/);
	});
});

describe('atomic writes', () => {
	it('replaces a folder with exactly the new files', async () => {
		const dir = join(tempDir('atomic'), 'p');
		await writeFolderAtomic(dir, { 'a.html': 'old', 'old.pdf': 'x' });
		await writeFolderAtomic(dir, { 'a.html': 'new' });
		expect(readdirSync(dir).sort()).toEqual(['.opsbook-output.json', 'a.html']);
		expect(readFileSync(join(dir, 'a.html'), 'utf8')).toBe('new');
	});

	it('leaves the destination untouched until a staged folder is committed, and after it is discarded', async () => {
		const parent = tempDir('atomic');
		const dir = join(parent, 'p');
		await writeFolderAtomic(dir, { 'a.html': 'old' });
		const staged = await stageFolder(dir, { 'a.html': 'new' });
		expect(readFileSync(join(dir, 'a.html'), 'utf8')).toBe('old');
		staged.discard();
		expect(readFileSync(join(dir, 'a.html'), 'utf8')).toBe('old');
		expect(readdirSync(parent)).toEqual(['p']);
	});

	it('refuses file names that would leave the folder', async () => {
		const dir = join(tempDir('atomic'), 'p');
		await expect(writeFolderAtomic(dir, { '../x': 'no' })).rejects.toThrow(/invalid output file name/);
		expect(existsSync(dir)).toBe(false);
	});
});
