import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const helper = fileURLToPath(new URL('../../src/lib/io/release-memory.ts', import.meta.url));

/** Heap figures (MiB) of a fresh Node that fills its heap with a million small objects (as a catalog does), drops them and waits idle, with or without releaseMemory(). */
function heapAfterIdle(release: boolean): { used: number; total: number } {
	const script = `
		const { releaseMemory } = await import(${JSON.stringify(helper)});
		let garbage = Array.from({ length: 1_000_000 }, (_, i) => ({ id: 'sop-' + i, steps: [i, i + 1] }));
		garbage.length; garbage = undefined;
		${release ? 'releaseMemory();' : ''}
		await new Promise((done) => setTimeout(done, 200));
		const { heapUsed, heapTotal } = process.memoryUsage();
		console.log(JSON.stringify({ used: heapUsed / 2 ** 20, total: heapTotal / 2 ** 20 }));`;
	const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
	expect(result.status, result.stderr).toBe(0);
	return JSON.parse(result.stdout) as { used: number; total: number };
}

describe('releaseMemory', () => {
	it('shrinks the heap of an idle process that dropped its data', () => {
		const kept = heapAfterIdle(false);
		const released = heapAfterIdle(true);
		// Without it the idle process keeps its large heap; with it, the heap is back to a few MiB.
		expect(kept.total).toBeGreaterThan(100);
		expect(released.total).toBeLessThan(kept.total / 4);
		expect(released.used).toBeLessThan(20);
	});

	it('can be called again', async () => {
		const { releaseMemory } = await import('../../src/lib/io/release-memory.ts');
		releaseMemory();
		expect(() => releaseMemory()).not.toThrow();
	});
});
