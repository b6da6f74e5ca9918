/** A broken catalog must not hide a proposal's own mistakes: every problem of the run is reported together. */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkProposals } from '../../src/lib/proposals/build.ts';
import { runNode } from '../helpers/build.ts';
import { edit, remove } from '../helpers/fixture.ts';
import { build, fixture, tempDir, today } from './support.ts';

let content: string;
beforeAll(() => {
	content = join(tempDir('broken-catalog'), 'content');
	cpSync(fixture, content, { recursive: true });
	edit(content, 'services/office/mail.md', 'delivery: subcontract', 'delivery: outsource');
	edit(content, 'proposals/basic.yaml', 'validUntil: 2026-12-02', 'validUntil: soon');
	edit(content, 'proposals/tiers.yaml', /email: \S+/, 'email: not-an-email');
});
afterAll(() => remove(join(content, '..')));

const ownMistakes = [
	/proposals\/basic\.yaml: validUntil: .*found "soon"/,
	/proposals\/tiers\.yaml: client\.email: expected an email address/,
];

describe('a proposal beside a broken service file', () => {
	it('has its own fields reported by the proposals run, with the catalog problem', async () => {
		const result = await build({ contentDir: content, proposalsDir: join(content, 'proposals') });
		const lines = result.problems.map((p) => `${p.file}: ${p.field}: ${p.message}`);
		expect(lines).toHaveLength(3);
		expect(lines[0]).toMatch(/services\/office\/mail\.md: delivery: /);
		for (const pattern of ownMistakes)
			expect(
				lines.some((line) => pattern.test(line)),
				String(pattern),
			).toBe(true);
		expect(result.built).toEqual([]);
	});

	it('has its own fields checked by checkProposals, which leaves catalog problems to its caller', () => {
		const { problems, count } = checkProposals({ contentDir: content, proposalsDir: join(content, 'proposals'), today });
		expect(problems.map((p) => `${p.file}: ${p.field}: ${p.message}`)).toEqual(
			ownMistakes.map((pattern) => expect.stringMatching(pattern)),
		);
		expect(count).toBe(0);
	});

	it('makes `npm run check` list all three problems in one run', () => {
		const { status, output } = runNode(['scripts/check.ts', '--content-only'], { OPSBOOK_CONTENT: content });
		expect(status).toBe(1);
		expect(output).toMatch(/services\/office\/mail\.md: delivery: /);
		for (const pattern of ownMistakes) expect(output).toMatch(pattern);
		expect(output).toContain('3 problems found.');
	});
});
