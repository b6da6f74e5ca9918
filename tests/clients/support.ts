/** Loading the clients fixture (tests/fixtures/clients) into workspaces, for the unit tests of src/lib/clients. */
import { resolve } from 'node:path';
import { buildWorkspaces, type WorkspacesResult } from '../../src/lib/clients/workspaces.ts';
import type { ClientWorkspace } from '../../src/lib/clients/types.ts';

export const clientsFixture = resolve('tests/fixtures/clients');

/** Workspaces of a content folder (default: the clients fixture). */
export function workspacesOf(contentDir = clientsFixture): WorkspacesResult {
	return buildWorkspaces({ contentDir, proposalsDir: resolve(contentDir, 'proposals'), today: '2026-12-01' });
}

/** One workspace of the clients fixture; throws when the fixture does not load. */
export function fixtureWorkspace(id: 'alpha' | 'bravo'): ClientWorkspace {
	const { workspaces, problems } = workspacesOf();
	if (problems.length) throw new Error(`clients fixture has problems: ${JSON.stringify(problems)}`);
	const found = workspaces.find((workspace) => workspace.client.id === id);
	if (!found) throw new Error(`no client ${id}`);
	return found;
}
