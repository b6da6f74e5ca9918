/**
 * A Vite plugin for builds only. Before building, Astro syncs the content through a temporary Vite
 * server, and that server pre-bundles the dev toolbar's dependencies into `<root>/node_modules/.vite/`,
 * for a server no browser ever visits. Every build root is new (see astro-lock.ts), so that cost about
 * 0.6 s of each build. The built site is byte-identical without it.
 */
import type { Plugin } from 'vite';

export function noDepsOptimizer(): Plugin {
	return {
		name: 'opsbook:no-deps-optimizer',
		configResolved(config) {
			// Emptied once every plugin's `config` hook has added its entries (Astro's toolbar adds some).
			for (const options of [config.optimizeDeps, ...Object.values(config.environments).map((environment) => environment.optimizeDeps)])
				Object.assign(options, { include: [], noDiscovery: true });
		},
	};
}
