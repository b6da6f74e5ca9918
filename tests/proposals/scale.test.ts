import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticContent } from '../../src/lib/bench/synthetic.ts';
import { prepare } from '../../src/lib/proposals/build.ts';
import { loadProposals } from '../../src/lib/proposals/load.ts';
import { notIncludedPerArea } from '../../src/lib/proposals/scope.ts';
import { resolveProposal } from '../../src/lib/proposals/resolve.ts';
import { remove } from '../helpers/fixture.ts';

const dir = mkdtempSync(join(tmpdir(), 'opsbook-scale-'));
afterAll(() => remove(dir));

describe('proposals against a large catalog', () => {
	it('lists a bounded number of left-out services per area and links the rest', () => {
		for (const [path, text] of syntheticContent({ sops: 600 })) {
			mkdirSync(dirname(join(dir, path)), { recursive: true });
			writeFileSync(join(dir, path), text);
		}
		const { prepared } = prepare(dir, 'content/templates');
		const [source] = loadProposals(join(dir, 'proposals'), prepared!.index).proposals;
		const { proposal } = resolveProposal(source!, prepared!.index, { today: '2026-11-27' });
		const groups = proposal!.notIncluded;
		expect(groups.length).toBeGreaterThan(0);
		for (const group of groups) expect(group.items.length).toBeLessThanOrEqual(notIncludedPerArea);
		const long = groups.find((group) => group.more > 0);
		expect(long?.url).toBe(`https://bench.example/areas/${long?.id}/`);
	});
});
