/** References and links from public entries to internal or retired ones: said out loud, and the site and proposals agree. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/lib/catalog/load.ts';
import { unpublishedReferenceWarnings } from '../../src/lib/catalog/publication.ts';
import { formatProblem } from '../../src/lib/core/problems.ts';
import { runNode } from '../helpers/build.ts';
import { copyFixture, edit, fixturesDir, remove } from '../helpers/fixture.ts';
import { build } from '../proposals/support.ts';

const dirs: string[] = [];
function fixture(name: string): string {
	const dir = copyFixture(name);
	dirs.push(dir);
	return dir;
}
afterEach(() => dirs.splice(0).forEach(remove));

const warnings = (dir: string) => {
	const { catalog, problems } = loadCatalog(dir);
	if (!catalog) throw new Error(problems.map(formatProblem).join('\n'));
	return unpublishedReferenceWarnings(catalog).map((p) => `${p.file.replace(/^.*?(?=(sops|services|packages)\/)/, '')}: ${p.field}: ${p.message}`);
};

describe('references the public site drops', () => {
	it('warn for each public related SOP and service procedure that is internal', () => {
		expect(warnings(join(fixturesDir, 'handbook'))).toEqual([
			'sops/office/reconcile-books.md: related[1]: SOP "office/rotate-vault-keys" is internal, so the public site leaves this link out',
			`services/office/bookkeeping.md: sops[1]: SOP "office/rotate-vault-keys" is internal, so the public site leaves it out of this service's procedures`,
		]);
	});

	it('warn for a retired related SOP', () => {
		const dir = fixture('handbook');
		edit(dir, 'sops/office/process-mail.md', '  - office/reconcile-books', '  - office/reconcile-books\n  - calendars/old-diary-sync');
		expect(warnings(dir)).toContain(
			'sops/office/process-mail.md: related[1]: SOP "calendars/old-diary-sync" is retired, so the public site leaves this link out',
		);
	});

	it('warn for an internal service in a public package', () => {
		expect(warnings(join(fixturesDir, 'basic'))).toEqual([
			'packages/starter.md: services[2]: service "office/secret-service" is internal, so the site and every proposal leave it out of this package',
		]);
	});

	it('are warnings for `npm run check` and errors for `npm run check -- --strict`', () => {
		const dir = join(fixturesDir, 'basic');
		const plain = runNode(['scripts/check.ts', '--content-only'], { OPSBOOK_CONTENT: dir, OPSBOOK_TODAY: '2026-11-01' });
		expect(plain.status, plain.output).toBe(0);
		expect(plain.output).toMatch(/^warning: \S+packages\/starter\.md: services\[2\]: service "office\/secret-service" is internal/m);
		const strict = runNode(['scripts/check.ts', '--content-only', '--strict'], { OPSBOOK_CONTENT: dir, OPSBOOK_TODAY: '2026-11-01' });
		expect(strict.status).toBe(1);
		expect(strict.output).toMatch(/^error: \S+packages\/starter\.md: services\[2\]: service "office\/secret-service" is internal/m);
	});
});

describe('a public package that includes an internal service', () => {
	it('does not print it in a proposal either, as the site does not', async () => {
		const dir = fixture('proposals-basic');
		edit(dir, 'packages/starter.md', '  - office/mail\n', '  - office/mail\n  - office/internal-audit\n');
		const result = await build({ contentDir: dir, proposalsDir: join(dir, 'proposals') });
		expect(result.problems).toEqual([]);
		for (const { dir: out } of result.built) {
			for (const file of ['proposal.html', 'proposal.md', 'proposal.json']) {
				expect(readFileSync(join(out, file), 'utf8'), file).not.toMatch(/Internal audit|internal-audit/);
			}
		}
	});
});

describe('a link in a public body to an unpublished page', () => {
	it('is an error naming the file and the internal entry', () => {
		const dir = fixture('handbook');
		const file = join(dir, 'sops/office/process-mail.md');
		writeFileSync(file, `${readFileSync(file, 'utf8')}\nSee [the vault keys](/handbook/office/rotate-vault-keys/) and [the vault](https://handbook-fixture.example/services/office/secure-vault/).\n`);
		const lines = loadCatalog(dir).problems.map(formatProblem);
		expect(lines).toEqual([
			expect.stringMatching(/sops\/office\/process-mail\.md: \(body\): links to "\/handbook\/office\/rotate-vault-keys\/", the internal entry "office\/rotate-vault-keys"/),
			expect.stringMatching(/sops\/office\/process-mail\.md: \(body\): links to "https:\/\/handbook-fixture\.example\/services\/office\/secure-vault\/", the internal entry "office\/secure-vault"/),
		]);
	});

	it('is an error for a relative link to a retired procedure too, but not from an internal body', () => {
		const dir = fixture('handbook');
		const append = (path: string, text: string) => writeFileSync(join(dir, path), `${readFileSync(join(dir, path), 'utf8')}\n${text}\n`);
		append('sops/calendars/weekly-review.md', 'The old way: [diary sync](../old-diary-sync/).');
		append('sops/office/rotate-vault-keys.md', 'Internal notes may link to [the audit](/handbook/office/rotate-vault-keys/).');
		expect(loadCatalog(dir).problems.map(formatProblem)).toEqual([
			expect.stringMatching(/sops\/calendars\/weekly-review\.md: \(body\): links to "\.\.\/old-diary-sync\/", the retired entry "calendars\/old-diary-sync"/),
		]);
	});
});
