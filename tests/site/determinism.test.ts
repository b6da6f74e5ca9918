import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/lib/io/files.ts';
import { buildSite, runNode } from '../helpers/build.ts';
import { hasChromium } from '../helpers/browser.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Every file of a folder as path → bytes, for exact comparison. */
function snapshot(dir: string): Map<string, Buffer> {
	return new Map(listFiles(dir, ['']).map((file) => [relative(dir, file), readFileSync(file)]));
}

describe('deterministic output', () => {
	it('gives byte-identical dist/ for two builds of the same content', () => {
		const env = { OPSBOOK_TODAY: '2026-11-27' };
		const first = snapshot(buildSite('tests/fixtures/handbook', { env }).dir);
		const second = snapshot(buildSite('tests/fixtures/handbook', { env }).dir);
		expect([...second.keys()]).toEqual([...first.keys()]);
		const differing = [...first].filter(([path, bytes]) => !bytes.equals(second.get(path) ?? Buffer.alloc(0))).map(([path]) => path);
		expect(differing).toEqual([]);
		expect(first.size).toBeGreaterThan(20);
	});

	it('gives byte-identical proposals (HTML, Markdown, JSON and PDF) for two runs', () => {
		const render = () => {
			const out = join(mkdtempSync(join(tmpdir(), 'opsbook-proposals-')), 'out');
			const args = ['scripts/proposals.ts', '--out', out, '--today', '2026-11-27', ...(hasChromium ? ['--pdf'] : ['--no-pdf'])];
			const { status, output } = runNode(args, { OPSBOOK_CONTENT: 'tests/fixtures/proposals-basic' });
			expect(status, output).toBe(0);
			return snapshot(out);
		};
		const first = render();
		const second = render();
		expect([...second.keys()]).toEqual([...first.keys()]);
		expect([...first].filter(([path, bytes]) => !bytes.equals(second.get(path) ?? Buffer.alloc(0))).map(([path]) => path)).toEqual([]);
		expect([...first.keys()].some((path) => path.endsWith('proposal.pdf'))).toBe(hasChromium);
	});
});
