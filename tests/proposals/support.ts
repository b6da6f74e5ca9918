/** Shared set-up for the proposal tests: the fixture catalog, temporary folders, one-call builds. */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import { buildProposals, prepare, type BuildOptions, type BuildResult, type Prepared } from '../../src/lib/proposals/build.ts';
import { loadProposals } from '../../src/lib/proposals/load.ts';
import { resolveProposal } from '../../src/lib/proposals/resolve.ts';
import { type ResolvedProposal } from '../../src/lib/proposals/types.ts';

/** The small, self-contained content set of these tests (no templates: the kit's default is used). */
export const fixture = resolve('tests/fixtures/proposals-basic');
/** A day on which the fixture proposals are still valid. */
export const today = '2026-11-10';

let cached: Prepared | undefined;

/** The fixture catalog, indexed once per test file. */
export function fixtureCatalog(): Prepared {
	if (!cached) {
		const { prepared, problems } = prepare(fixture);
		if (!prepared) throw new Error(`fixture catalog is invalid:\n${problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n')}`);
		cached = prepared;
	}
	return cached;
}

/** Resolves fixture proposal `id` and fails on any problem. */
export function resolveFixture(id: string, day = today): { proposal: ResolvedProposal; warnings: string[] } {
	const prepared = fixtureCatalog();
	const { proposals, problems } = loadProposals(join(fixture, 'proposals'), prepared.index, { only: id });
	if (problems.length || !proposals[0]) throw new Error(problems.map((p) => p.message).join('\n'));
	const result = resolveProposal(proposals[0], prepared.index, { today: day });
	if (!result.proposal) throw new Error(result.problems.map((p) => p.message).join('\n'));
	return { proposal: result.proposal, warnings: result.warnings.map((w) => `${w.field}: ${w.message}`) };
}

/** A new temporary folder. */
export function tempDir(name: string): string {
	return mkdtempSync(join(tmpdir(), `opsbook-${name}-`));
}

/** A copy of the fixture's proposals folder to break on purpose. */
export function copyProposals(): string {
	const dir = join(tempDir('proposals'), 'proposals');
	cpSync(join(fixture, 'proposals'), dir, { recursive: true });
	return dir;
}

/** Runs the proposals step on the fixture with `overrides`. */
export function build(overrides: Partial<BuildOptions> = {}) {
	return buildProposals({
		contentDir: fixture,
		proposalsDir: join(fixture, 'proposals'),
		outDir: join(tempDir('out'), 'proposals'),
		pdf: 'off',
		today,
		...overrides,
	});
}

/** Every file under `dir` with its contents, for before/after comparisons. */
export function snapshot(dir: string): Record<string, string> {
	const files: Record<string, string> = {};
	const walk = (path: string, prefix: string) => {
		for (const entry of readdirSync(path).sort()) {
			const full = join(path, entry);
			if (statSync(full).isDirectory()) walk(full, `${prefix}${entry}/`);
			else files[`${prefix}${entry}`] = readFileSync(full).toString('base64');
		}
	};
	walk(dir, '');
	return files;
}

/** The text of `file` in the output of proposal `id` of a build. */
export function builtFile(result: BuildResult, id: string, file: string): string {
	const built = result.built.find((item) => item.id === id);
	if (!built) throw new Error(`proposal ${id} was not built`);
	return readFileSync(join(built.dir, file), 'utf8');
}

const goldenDir = resolve('tests/proposals/golden');

/**
 * Compares `actual` with the golden file `tests/proposals/golden/<id>/<file>`. With UPDATE_GOLDEN=1 (or
 * when the file is missing, which then fails once) the golden file is written instead, for review.
 */
export function expectGolden(actual: string, id: string, file: string): void {
	const golden = join(goldenDir, id, file);
	const update = process.env.UPDATE_GOLDEN === '1';
	if (update || !existsSync(golden)) {
		mkdirSync(join(goldenDir, id), { recursive: true });
		writeFileSync(golden, actual);
		if (!update) throw new Error(`golden file ${golden} was missing and has been written; review it and run again`);
	}
	expect(actual).toBe(readFileSync(golden, 'utf8'));
}
