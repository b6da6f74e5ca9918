/** The catalog module served by `src/integrations/live-catalog.ts`. */
declare module 'virtual:opsbook/catalog' {
	const loaded: import('./lib/catalog/types.ts').LoadResult;
	/** Counts the reloads under `astro dev` (0 in a build). */
	export const generation: number;
	export default loaded;
}
