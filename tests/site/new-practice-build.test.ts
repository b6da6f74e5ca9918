/**
 * From `npm run new:practice` to a built site, as a new OBM in London would do it: the starter library
 * priced in pounds, and an empty practice (areas only) that still checks and builds.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, runNode } from '../helpers/build.ts';
import { remove } from '../helpers/fixture.ts';

const temp = mkdtempSync(join(tmpdir(), 'opsbook-practice-build-'));
afterAll(() => remove(temp));

const flags = [
	...['--name', 'Harbour Lane Operations', '--owner', 'Priya Shah', '--email', 'hello@harbourlane.example'],
	...['--url', 'https://harbourlane.example', '--locale', 'en-GB', '--currency', 'GBP', '--timezone', 'Europe/London'],
	...['--rate', '55', '--tax-rate', '20', '--tax-label', 'VAT', '--no-tax-inclusive'],
];

/** Writes a new practice into `name` under the temporary folder, then checks its content. */
function newPractice(name: string, mode: '--starter' | '--empty'): string {
	const dir = join(temp, name, 'content');
	const created = runNode(['scripts/new-practice.ts', ...flags, mode, '--dir', dir]);
	expect(created.status, created.output).toBe(0);
	const checked = runNode(['scripts/check.ts', '--content-only'], { OPSBOOK_CONTENT: dir });
	expect(checked.status, checked.output).toBe(0);
	return dir;
}

const page = (dist: string, path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

describe('a London practice from new:practice', () => {
	it('builds the starter library with its prices in pounds', () => {
		const { dir } = buildSite(newPractice('london', '--starter'));
		for (const path of ['services', 'packages', 'services/office/bookkeeping-oversight']) {
			const html = page(dir, path);
			expect(html, path).toMatch(/£\d/);
			expect(html, path).not.toMatch(/\$\d/);
		}
		expect(page(dir, '')).toContain('Harbour Lane Operations');
	});

	it('builds with the starter library declined, and an area says it has no services yet', () => {
		const content = newPractice('empty', '--empty');
		const { dir } = buildSite(content);
		expect(page(dir, 'areas/office')).toContain('No services in this area yet.');
		const proposals = runNode(['scripts/proposals.ts', '--out', join(temp, 'empty', 'out')], { OPSBOOK_CONTENT: content });
		expect(proposals.status, proposals.output).toBe(0);
	});
});
