import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/lib/files.ts';
import { buildSite } from '../helpers/build.ts';

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
});
