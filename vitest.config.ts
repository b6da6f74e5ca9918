import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
		// Build-backed suites each run `astro build`; one at a time keeps the 2-core machine responsive.
		fileParallelism: false,
		testTimeout: 120_000,
		hookTimeout: 300_000,
	},
});
