/** Proposal outputs: replaced all or none, only where Opsbook wrote, staged only in `.opsbook/staging/`. */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitAll, stageFolder } from '../../src/lib/io/write-atomic.ts';
import { cleanStaging, stagingPath, stagingRoot } from '../../src/lib/io/staging.ts';
import { stageProposals } from '../../src/lib/proposals/build.ts';
import { build, copyProposals, fixture, snapshot, tempDir, today } from './support.ts';

const messages = (problems: { file: string; field: string; message: string }[]) => problems.map((p) => `${p.field}: ${p.message}`);

describe('stale outputs', () => {
	it('never touches a folder Opsbook did not write, even one holding a proposal.json', async () => {
		const out = join(tempDir('out'), 'proposals');
		await build({ outDir: out });
		mkdirSync(join(out, 'archive/2025'), { recursive: true });
		writeFileSync(join(out, 'archive/2025/proposal.json'), '{}');
		writeFileSync(join(out, 'archive/2025/signed.pdf'), 'signed');
		const result = await build({ outDir: out });
		expect(result.problems).toEqual([]);
		expect(readdirSync(join(out, 'archive/2025')).sort()).toEqual(['proposal.json', 'signed.pdf']);
	});

	it('removes only the files it wrote from a stale folder and keeps what a person added', async () => {
		const out = join(tempDir('out'), 'proposals');
		await build({ outDir: out });
		writeFileSync(join(out, 'tiers/signed.pdf'), 'signed by the client');
		const proposals = copyProposals();
		rmSync(join(proposals, 'tiers.yaml'));
		const result = await build({ outDir: out, proposalsDir: proposals });
		expect(readdirSync(join(out, 'tiers'))).toEqual(['signed.pdf']);
		expect(result.notices.join('\n')).toMatch(/kept signed\.pdf, which Opsbook did not write/);
		// The folder is the person's now: a later run leaves it alone.
		await build({ outDir: out, proposalsDir: proposals });
		expect(readdirSync(join(out, 'tiers'))).toEqual(['signed.pdf']);
	});

	it('refuses to replace an output folder holding a file it did not write, and replaces no other proposal', async () => {
		const out = join(tempDir('out'), 'proposals');
		await build({ outDir: out });
		writeFileSync(join(out, 'tiers/signed.pdf'), 'signed');
		const before = snapshot(out);
		const proposals = copyProposals();
		writeFileSync(join(proposals, 'basic.yaml'), readFileSync(join(proposals, 'basic.yaml'), 'utf8').replace('amount: 380', 'amount: 999'));
		const result = await build({ outDir: out, proposalsDir: proposals });
		expect(messages(result.problems)).toEqual([
			'--out: holds files Opsbook did not write or that were changed since (signed.pdf); move them elsewhere or choose another output folder',
		]);
		expect(result.problems[0]?.file).toMatch(/proposals\/tiers$/);
		expect(snapshot(out)).toEqual(before);
	});
});

describe('a proposal beside a folder of proposals', () => {
	it('is one problem naming both files, and nothing is written', async () => {
		const out = join(tempDir('out'), 'proposals');
		await build({ outDir: out });
		const before = snapshot(out);
		const proposals = copyProposals();
		mkdirSync(join(proposals, 'basic'));
		writeFileSync(join(proposals, 'basic/extra.yaml'), readFileSync(join(proposals, 'basic.yaml')));
		const result = await build({ outDir: out, proposalsDir: proposals });
		const lines = result.problems.map((p) => `${p.file.split('/').at(-1)}: ${p.field}: ${p.message}`);
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(
			/^basic\.yaml: id: its output folder basic\/ would also hold the output of proposal "basic\/extra" \(\S*proposals\/basic\/extra\.yaml\); rename one of the two$/,
		);
		expect(snapshot(out)).toEqual(before);
	});
});

describe('committing staged folders', () => {
	it('puts every folder back when one of them cannot be moved into place', async () => {
		const parent = tempDir('commit');
		const first = join(parent, 'first');
		await (await stageFolder(first, { 'a.html': 'old' })).commit();
		writeFileSync(join(parent, 'blocker'), 'a file where a folder is needed');
		const staged = [await stageFolder(first, { 'a.html': 'new' }), await stageFolder(join(parent, 'blocker/second'), { 'b.html': 'new' })];
		expect(() => commitAll(staged)).toThrow();
		expect(readFileSync(join(first, 'a.html'), 'utf8')).toBe('old');
		expect(readdirSync(parent).sort()).toEqual(['blocker', 'first']);
		expect(staged.some((folder) => existsSync(folder.temp))).toBe(false);
	});

	it('stages in .opsbook/staging/, never beside the output', async () => {
		const parent = tempDir('stage');
		const staged = await stageFolder(join(parent, 'p'), { 'a.html': 'x' });
		expect(staged.temp.startsWith(stagingRoot())).toBe(true);
		expect(readdirSync(parent)).toEqual([]);
		staged.discard();
	});
});

describe('cleaning the staging folder', () => {
	it('removes what runs that are gone left, and keeps what a running one is writing', () => {
		const root = tempDir('staging');
		const mine = stagingPath('dist', root);
		mkdirSync(mine);
		const leftover = join(root, '999999999-abcdef0000-dist');
		mkdirSync(leftover);
		cleanStaging(root);
		expect(existsSync(leftover)).toBe(false);
		expect(existsSync(mine)).toBe(true);
	});
});

describe('printing in the background after another step (npm run build: after Astro)', () => {
	/** A printer that records when it is asked for a PDF. */
	const recordingPrinter = (calls: string[]) => ({
		executablePath: 'fake',
		print: async () => {
			calls.push('print');
			return new Uint8Array([37, 80, 68, 70]);
		},
		close: async () => {},
	});
	const options = (startAfter: Promise<unknown>, printer: ReturnType<typeof recordingPrinter>) => ({
		contentDir: fixture,
		proposalsDir: join(fixture, 'proposals'),
		outDir: join(tempDir('out'), 'proposals'),
		pdf: 'auto' as const,
		today,
		printer,
		inBackground: true,
		startAfter,
	});

	it('prints nothing until the step has ended, then every PDF', async () => {
		const calls: string[] = [];
		const step = Promise.withResolvers<void>();
		const run = await stageProposals(options(step.promise, recordingPrinter(calls)));
		expect(run.result.problems).toEqual([]);
		await new Promise((done) => setTimeout(done, 50));
		expect(calls).toEqual([]);
		step.resolve();
		await run.written;
		expect(calls.length).toBe(run.folders.length);
		expect(calls.length).toBeGreaterThan(1);
		run.discard();
	});

	it('prints and stages nothing when the step failed', async () => {
		const calls: string[] = [];
		const step = Promise.withResolvers<void>();
		const run = await stageProposals(options(step.promise, recordingPrinter(calls)));
		step.reject(new Error('the site build failed'));
		await expect(run.written).rejects.toThrow('the site build failed');
		expect(calls).toEqual([]);
		expect(run.folders).toEqual([]);
	});
});
