/**
 * Calendar days never depend on the build machine's time zone: the proposals (HTML, Markdown, JSON)
 * and the built site (sops.json, calendar feeds, review pages) are byte-identical under UTC, a zone
 * behind it and a zone ahead of it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/lib/io/files.ts';
import { runNode } from '../helpers/build.ts';
import { sharedSite } from '../helpers/shared-sites.ts';

const zones = ['UTC', 'America/Chicago', 'Pacific/Auckland'];
const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Every file of a folder as path → bytes. */
function snapshot(dir: string): Map<string, Buffer> {
	return new Map(listFiles(dir, ['']).map((file) => [relative(dir, file), readFileSync(file)]));
}

/** Paths whose bytes differ between two snapshots (or exist in only one). */
function differing(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
	const paths = new Set([...a.keys(), ...b.keys()]);
	return [...paths].filter((path) => !a.get(path)?.equals(b.get(path) ?? Buffer.alloc(0)));
}

describe('output under TZ=UTC, America/Chicago and Pacific/Auckland', () => {
	it('gives byte-identical proposals for the starter content, with the minimum term ending on the right day', () => {
		const render = (zone: string) => {
			const out = join(mkdtempSync(join(tmpdir(), 'opsbook-tz-')), 'out');
			temporary.push(dirname(out));
			const { status, output } = runNode(['scripts/proposals.ts', '--no-pdf', '--out', out, '--today', '2026-11-27'], { TZ: zone });
			expect(status, output).toBe(0);
			return snapshot(out);
		};
		const [utc, ...others] = zones.map(render);
		expect(utc!.size).toBeGreaterThanOrEqual(9);
		for (const other of others) expect(differing(utc!, other)).toEqual([]);
		// Starts 11 January 2027, six months: the last day is 10 July 2027.
		const json = JSON.parse(utc!.get('fernhill-ceramics/proposal.json')!.toString('utf8'));
		expect(JSON.stringify(json)).toContain('"termEnds":"2027-07-10"');
	});

	it('gives a byte-identical site (sops.json, calendar feeds, review dates) for the handbook fixture', async () => {
		// The shared builds of the handbook under each zone (tests/helpers/shared-sites.ts).
		const sites = ['handbook', 'handbook-chicago', 'handbook-auckland'] as const;
		const [utc, ...others] = await Promise.all(sites.map(async (name) => snapshot((await sharedSite(name)).dir)));
		expect(utc!.has('sops.json')).toBe(true);
		expect(utc!.has('handbook/calendar.ics')).toBe(true);
		for (const other of others) expect(differing(utc!, other)).toEqual([]);
	}, 300_000); // waits for three shared builds
});
