/**
 * Every client's workspace for a run: the catalog and the client folders loaded, validated and
 * narrowed to each client. `npm run clients` computes them once and hands them to the Astro build as
 * a JSON snapshot named in `OPSBOOK_WORKSPACES_SNAPSHOT`, as the catalog snapshot does for the site.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadCatalog } from '../catalog/load.ts';
import { isoDay } from '../core/dates.ts';
import { ContentError, type Problem } from '../core/problems.ts';
import { contentDir, proposalsDir } from '../io/paths.ts';
import { loadClients } from './load.ts';
import type { ClientWorkspace } from './types.ts';
import { clientWorkspace } from './view.ts';

export interface WorkspacesOptions {
	contentDir: string;
	proposalsDir: string;
	today: string;
	only?: string | undefined;
}

export interface WorkspacesResult {
	workspaces: ClientWorkspace[];
	problems: Problem[];
	warnings: Problem[];
}

/** Loads the catalog and every client folder, and narrows the catalog to each client. */
export function buildWorkspaces(options: WorkspacesOptions): WorkspacesResult {
	const { catalog, problems } = loadCatalog(options.contentDir);
	if (!catalog) return { workspaces: [], problems, warnings: [] };
	const loaded = loadClients(options.contentDir, catalog, options);
	const warnings = [...loaded.warnings];
	const workspaces = loaded.clients.map((client) => {
		const built = clientWorkspace(catalog, client);
		warnings.push(...built.warnings);
		return built.workspace;
	});
	return { workspaces: loaded.problems.length ? [] : workspaces, problems: loaded.problems, warnings };
}

/** Writes `workspaces` to `path` and returns the environment that points the Astro build at them. */
export function writeWorkspacesSnapshot(workspaces: readonly ClientWorkspace[], path: string): Record<string, string> {
	writeFileSync(path, JSON.stringify(workspaces));
	return { OPSBOOK_WORKSPACES_SNAPSHOT: path };
}

/** The workspaces for this process: the script's snapshot when there is one, else loaded afresh. */
export function loadBuildWorkspaces(env: NodeJS.ProcessEnv = process.env): ClientWorkspace[] {
	const snapshot = env.OPSBOOK_WORKSPACES_SNAPSHOT;
	if (snapshot) return JSON.parse(readFileSync(snapshot, 'utf8')) as ClientWorkspace[];
	const result = buildWorkspaces({
		contentDir: contentDir(env),
		proposalsDir: proposalsDir(undefined, env),
		today: isoDay(new Date()),
		only: env.OPSBOOK_CLIENT,
	});
	if (result.problems.length) throw new ContentError(result.problems);
	if (result.workspaces.length === 0) throw new Error('Opsbook: the client edition needs at least one client in <content>/clients/');
	return result.workspaces;
}
