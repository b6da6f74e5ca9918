/** Hostile or unusual files: alias bombs, control characters, badly named files, BOMs and symbolic links. */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/lib/catalog/load.ts';
import { formatProblem } from '../../src/lib/core/problems.ts';
import { runNode } from '../helpers/build.ts';
import { copyFixture, edit, remove, write } from '../helpers/fixture.ts';

const dirs: string[] = [];
function fixture(name = 'basic'): string {
	const dir = copyFixture(name);
	dirs.push(dir);
	return dir;
}
afterEach(() => dirs.splice(0).forEach(remove));

const lines = (dir: string) => loadCatalog(dir).problems.map(formatProblem);

/** Nine levels of nine aliases each: a few hundred bytes that expand to hundreds of millions of nodes. */
const aliasBomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((key, i) => `${key}: &${key} [${Array(9).fill(`*${'abcdefg'[i]}`).join(', ')}]`)].join('\n');

describe('a YAML alias bomb', () => {
	it('in frontmatter is one problem naming the file, not a crash', () => {
		const dir = fixture();
		edit(dir, 'sops/office/reconcile-books.md', 'title: Reconcile the books\n', `title: Reconcile the books\n${aliasBomb}\n`);
		const problems = lines(dir);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^\S*sops\/office\/reconcile-books\.md: \(file\): YAML rejected: Excessive alias count/);
	});

	it('in a proposal makes `npm run proposals` print one line naming the file, without a stack trace', () => {
		const dir = fixture('proposals-basic');
		edit(dir, 'proposals/basic.yaml', 'date: 2026-11-02\n', `date: 2026-11-02\n${aliasBomb}\n`);
		const out = join(mkdtempSync(join(tmpdir(), 'opsbook-bomb-')), 'out');
		const { status, output } = runNode(['scripts/proposals.ts', '--no-pdf', '--out', out], { OPSBOOK_CONTENT: dir });
		dirs.push(join(out, '..'));
		expect(status).toBe(1);
		expect(output).toMatch(/proposals\/basic\.yaml: \(file\): YAML rejected: Excessive alias count/);
		expect(output).not.toMatch(/\n\s+at /);
	});
});

describe('one-line fields', () => {
	it('reject a line break in the site name, so it cannot add lines to calendar feeds', () => {
		const dir = fixture();
		edit(dir, 'site.yaml', 'name: Fixture Ops', 'name: "Steadfast\\r\\nX-INJECTED:1"');
		expect(lines(dir)).toEqual([
			expect.stringMatching(/site\.yaml: name: must be one line of text without line breaks, tabs or other control characters$/),
		]);
	});

	it('reject control characters in SOP titles and checklist items, naming the field', () => {
		const dir = fixture();
		edit(dir, 'sops/office/reconcile-books.md', 'title: Reconcile the books', 'title: "Reconcile\\u0007 the books"');
		edit(dir, 'sops/office/reconcile-books.md', '  - Match transactions', '  - "Match\\ntransactions"');
		expect(lines(dir).map((line) => line.split(': ').slice(1, 2)[0])).toEqual(['title', 'checklist[1]']);
	});
});

describe('file names', () => {
	it('reject an uppercase file beside its lowercase twin, saying ids are lowercase slugs', () => {
		const dir = fixture();
		const text = readFileSync(join(dir, 'sops/office/reconcile-books.md'), 'utf8');
		write(dir, 'sops/office/Reconcile-Books.md', text);
		expect(lines(dir)).toEqual([
			expect.stringMatching(
				/sops\/office\/Reconcile-Books\.md: \(file name\): ids are lowercase slugs .*found "office\/Reconcile-Books"; "office\/reconcile-books\.md" already exists/,
			),
		]);
	});

	it('reject a non-ASCII file name and suggest a slug', () => {
		const dir = fixture();
		const text = readFileSync(join(dir, 'sops/office/reconcile-books.md'), 'utf8');
		write(dir, 'sops/office/réconcilier.md', text.replace('title: Reconcile the books', 'title: Réconcilier'));
		expect(lines(dir)).toEqual([expect.stringMatching(/réconcilier\.md: \(file name\): ids are lowercase slugs .*rename the file to "office\/reconcilier\.md"$/)]);
	});

	it('read a Markdown or YAML file that starts with a byte order mark', () => {
		const dir = fixture();
		for (const file of ['sops/office/reconcile-books.md', 'site.yaml']) write(dir, file, `\uFEFF${readFileSync(join(dir, file), 'utf8')}`);
		const { catalog, problems } = loadCatalog(dir);
		expect(problems).toEqual([]);
		expect(catalog?.sops.find((sop) => sop.id === 'office/reconcile-books')?.title).toBe('Reconcile the books');
	});
});

describe('symbolic links under a collection folder', () => {
	const outside = () => {
		const dir = mkdtempSync(join(tmpdir(), 'opsbook-outside-'));
		dirs.push(dir);
		return dir;
	};

	it('are an error for a linked folder, whose files would come from outside the content folder', () => {
		const dir = fixture();
		const elsewhere = outside();
		mkdirSync(join(elsewhere, 'office'));
		writeFileSync(join(elsewhere, 'office', 'leaked.md'), readFileSync(join(dir, 'sops/office/reconcile-books.md')));
		symlinkSync(join(elsewhere, 'office'), join(dir, 'sops', 'linked'));
		expect(lines(dir)).toEqual([expect.stringMatching(/sops\/linked: \(file\): is a symbolic link; content is read only from real files/)]);
	});

	it('are an error for a linked file, never skipped silently', () => {
		const dir = fixture();
		const elsewhere = outside();
		writeFileSync(join(elsewhere, 'note.md'), readFileSync(join(dir, 'sops/office/reconcile-books.md')));
		symlinkSync(join(elsewhere, 'note.md'), join(dir, 'sops', 'office', 'note.md'));
		expect(lines(dir)).toEqual([expect.stringMatching(/sops\/office\/note\.md: \(file\): is a symbolic link/)]);
	});

	it('make the build stop before Astro could publish the linked file', () => {
		const dir = fixture();
		const elsewhere = outside();
		writeFileSync(join(elsewhere, 'note.md'), readFileSync(join(dir, 'sops/office/reconcile-books.md')));
		symlinkSync(elsewhere, join(dir, 'sops', 'calendars', 'linked'));
		const out = join(outside(), 'dist');
		const { status, output } = runNode(['scripts/build.ts', '--out', out], { OPSBOOK_CONTENT: dir, OPSBOOK_QUIET: '1' });
		expect(status).toBe(1);
		expect(output).toMatch(/sops\/calendars\/linked: \(file\): is a symbolic link/);
	});
});

describe('npm run proposals', () => {
	it('exits non-zero with one line when OPSBOOK_CONTENT names a missing folder', () => {
		const { status, output } = runNode(['scripts/proposals.ts', '--no-pdf'], { OPSBOOK_CONTENT: join(tmpdir(), 'opsbook-no-such-folder') });
		expect(status).toBe(1);
		expect(output.trim()).toMatch(/^\S*opsbook-no-such-folder: \(folder\): content folder not found; check OPSBOOK_CONTENT$/);
	});
});
