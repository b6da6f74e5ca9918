import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

// Pure unit files: no build, no browser, no shared state beyond their own temporary folders. They share
// worker processes (isolate: false), which saves each file the start-up and the import of src/lib.
const unit = [
	'tests/content/{catalog,common}.test.ts',
	'tests/handbook/{cadence,checklist,handbook,ical,new-sop,review}.test.ts',
	'tests/lib/*.test.ts',
	'tests/proposals/{errors,golden,pricing,proposal,scale,templates}.test.ts',
	'tests/search/search-meta.test.ts',
];

/** Unit files first, so both workers have work while the shared sites build; then the site files. */
class UnitFirst extends BaseSequencer {
	override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const rank = (file: TestSpecification) => (file.project.name === 'unit' ? 0 : 1);
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
		sequence: { sequencer: UnitFirst },
		projects: [
			{ extends: true, test: { name: 'unit', include: unit, isolate: false } },
			{
				extends: true,
				test: {
					// Everything else (site builds, browsers, spawned scripts) is isolated per file. Astro
					// builds run one at a time in the global setup, so these files may run side by side.
					name: 'site',
					include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
					exclude: unit,
					globalSetup: ['tests/helpers/global-setup.ts'],
				},
			},
		],
	},
});
