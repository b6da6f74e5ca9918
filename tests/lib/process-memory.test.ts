import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { procKibField, treeMemory } from '../../src/lib/io/process-memory.ts';

describe('procKibField', () => {
	it('reads a kB field as bytes, and 0 when the field is missing', () => {
		const text = 'Rss:              120 kB\nPss:               80 kB\nPss_Anon:          40 kB\n';
		expect(procKibField(text, 'Pss')).toBe(80 * 1024);
		expect(procKibField(text, 'Rss')).toBe(120 * 1024);
		expect(procKibField(text, 'VmRSS')).toBe(0);
	});
});

describe.skipIf(!existsSync('/proc/self/smaps_rollup'))('treeMemory', () => {
	it('counts a shared page once in PSS and once per process in RSS', async () => {
		// Two Node processes share their code pages: RSS adds them twice, PSS splits them.
		const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
		try {
			await new Promise((done) => setTimeout(done, 300));
			const alone = treeMemory(child.pid as number);
			const withParent = treeMemory(process.pid);
			expect(alone.rss).toBeGreaterThan(10 * 1024 * 1024);
			expect(alone.pss).toBeGreaterThan(0);
			expect(alone.pss).toBeLessThan(alone.rss);
			// The parent's tree holds the child.
			expect(withParent.rss).toBeGreaterThan(alone.rss);
			expect(withParent.pss).toBeLessThan(withParent.rss);
		} finally {
			child.kill();
		}
	});

	it('is zero for a process that does not exist', () => {
		expect(treeMemory(2 ** 22 + 1)).toEqual({ rss: 0, pss: 0 });
	});
});
