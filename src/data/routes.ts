/**
 * `getStaticPaths` for pages the client edition renders once per client. On the practice's site the
 * page's own paths are returned unchanged. In the client edition, the page's route under
 * `/clients/[client]/` gets them once per client (each computed from that client's view), and the
 * practice route of the same page gets none, so no practice page is built there.
 */
import { clientsEdition, selectWorkspace, workspaceIds } from './catalog.ts';

type Params = Record<string, string | number | undefined>;

/** Wraps a page's paths so the client edition renders them for every client. */
export function workspacePaths<T extends { params: Params }>(paths: () => T[]) {
	return ({ routePattern }: { routePattern: string }): (T & { params: { client?: string } })[] => {
		if (!clientsEdition) return paths();
		if (!routePattern.includes('[client]')) return [];
		return workspaceIds.flatMap((client) => {
			selectWorkspace(client);
			return paths().map((path) => ({ ...path, params: { ...path.params, client } }));
		});
	};
}
