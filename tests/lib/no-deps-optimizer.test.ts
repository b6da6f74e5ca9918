import { resolveConfig, type Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { noDepsOptimizer } from '../../src/integrations/no-deps-optimizer.ts';

// Adds dependencies to pre-bundle the way Astro's dev toolbar plugin does.
const toolbarLike: Plugin = { name: 'toolbar-like', config: () => ({ optimizeDeps: { include: ['astro > aria-query'] } }) };

describe('noDepsOptimizer', () => {
	it('leaves Vite nothing to pre-bundle, in every environment, whatever other plugins asked for', async () => {
		const config = await resolveConfig(
			{ configFile: false, logLevel: 'silent', optimizeDeps: { include: ['left-pad'] }, plugins: [toolbarLike, noDepsOptimizer()] },
			'serve',
		);
		for (const options of [config.optimizeDeps, ...Object.values(config.environments).map((environment) => environment.optimizeDeps)]) {
			expect(options.include).toEqual([]);
			expect(options.noDiscovery).toBe(true);
		}
	});

	it('is what removes them: without it the same config keeps them', async () => {
		const config = await resolveConfig({ configFile: false, logLevel: 'silent', plugins: [toolbarLike] }, 'serve');
		expect(config.environments.client?.optimizeDeps.include).toContain('astro > aria-query');
	});
});
