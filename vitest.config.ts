import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

// Every Node process of the run (Vitest's workers, the scripts and builds they start, npm) reads its
// modules compiled from Node's compile cache from the first one on; the scripts alone can turn it on
// only after their own imports (src/lib/io/compile-cache.ts). About a tenth less CPU per script run.
process.env.NODE_COMPILE_CACHE ??= join(tmpdir(), 'node-compile-cache');

// Pure unit files: no build, no browser, no shared state beyond their own temporary folders. They share
// worker processes (isolate: false), which saves each file the start-up and the import of src/lib.
const unit = [
	'tests/clients/{engagement,load,relative-links,tools,view}.test.ts',
	'tests/content/{catalog,common,dependencies}.test.ts',
	'tests/handbook/{area-page,cadence,calendar-rows,checklist,handbook,ical,new-sop,raci-pages,review,role-page}.test.ts',
	'tests/lib/*.test.ts',
	'tests/proposals/{contract-calendar,contract-shapes.pricing,errors,golden,links,outputs,pricing,proposal,scale,shapes,templates}.test.ts',
	'tests/search/search-meta.test.ts',
];

// The longest chain of work in one file: every README command, one after another, in a copy of the
// project. Started first, it runs beside everything else instead of after it.
const longest = 'tests/content/readme-commands.test.ts';

/** The README commands first, then unit files (work while the shared sites build), then the site files. */
class LongestFirst extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const rank = (file: TestSpecification) => (file.moduleId.endsWith(longest) ? 0 : file.project.name === 'unit' ? 1 : 2);
		return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
	}
}

export default defineConfig({
	test: {
		testTimeout: 120_000,
		hookTimeout: 300_000,
		// Both projects share one pool of two workers; the two cores of the reference machine stay busy
		// with unit files while the shared sites build in the main process.
		maxWorkers: 2,
		// Every README command is a concurrent test waiting for its turn in one of two chains
		// (tests/content/readme-commands.test.ts); all of them may wait at once.
		maxConcurrency: 20,
		sequence: { sequencer: LongestFirst },
		projects: [
			{ extends: true, test: { name: 'unit', include: unit, isolate: false } },
			{
				extends: true,
				test: {
					// Everything else (site builds, browsers, spawned scripts) is isolated per file. Each build
					// has a cache folder, so an Astro root, of its own: these files may run side by side.
					name: 'site',
					include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
					exclude: unit,
					globalSetup: ['tests/helpers/global-setup.ts'],
				},
			},
		],
	},
});
