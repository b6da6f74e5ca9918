import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { edit, remove } from '../helpers/fixture.ts';
import { runNode } from '../helpers/build.ts';

// Five mistakes a new user makes, in five different files of the starter content.
let content: string;
beforeAll(() => {
	content = mkdtempSync(join(tmpdir(), 'opsbook-starter-'));
	cpSync('content', content, { recursive: true });
	edit(content, 'site.yaml', 'currency: USD', 'currency: US Dollars');
	edit(content, 'sops/office/reconcile-books-monthly.md', 'frequency: monthly', 'frequency: montly');
	edit(content, 'sops/calendars/weekly-calendar-review.md', /^reviewed: .*$/m, 'reviewed: 2026-13-01');
	edit(content, 'packages/essentials.md', '- office/virtual-mailbox', '- office/virtual-mailbx');
	edit(content, 'services/hr/payroll-support.md', /^delivery: .*$/m, 'delivery: outsource');
});
afterAll(() => remove(content));

const problemLine = /^\S+\.(md|mdx|yaml): [\w.[\]]+: .+/;

describe('starter content broken in five ways', () => {
	it('makes the content check exit non-zero with one line per problem, each naming file and field', () => {
		const { status, output } = runNode(['scripts/check.ts', '--content-only'], { OPSBOOK_CONTENT: content });
		expect(status).toBe(1);
		const lines = output.split('\n').filter((line) => problemLine.test(line));
		expect(lines).toHaveLength(5);
		expect(lines.join('\n')).toContain('packages/essentials.md: services[3]: unknown service "office/virtual-mailbx"; did you mean "office/virtual-mailbox"?');
		expect(lines.join('\n')).toContain('services/hr/payroll-support.md: delivery: expected one of "perform", "manage", "subcontract", found "outsource"');
	});

	it('makes the build exit non-zero with the same five lines and leaves the previous output intact', () => {
		const out = join(mkdtempSync(join(tmpdir(), 'opsbook-prev-')), 'dist');
		mkdirSync(out);
		writeFileSync(join(out, 'index.html'), 'previous good build');
		const { status, output } = runNode(['scripts/build.ts', '--out', out], { OPSBOOK_CONTENT: content });
		expect(status).toBe(1);
		expect(output.split('\n').filter((line) => problemLine.test(line))).toHaveLength(5);
		expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous good build');
		expect(existsSync(join(out, 'services'))).toBe(false);
		remove(join(out, '..'));
	});
});
