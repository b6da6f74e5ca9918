/** The catalog module served by `src/integrations/live-catalog.ts`. */
declare module 'virtual:opsbook/catalog' {
	const loaded: import('./lib/catalog/types.ts').LoadResult;
	export default loaded;
}
