/**
 * Where each kind of output may go. The public site, the internal handbook and the private outputs
 * (proposals) never share a folder, in either direction, and no output may hold the project or its
 * content (a build replaces its output folder whole). Paths are compared as real paths, so a symlink
 * into `dist/` is seen for what it is.
 */
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Problem } from '../core/problems.ts';
import { displayPath } from './files.ts';
import { realPath } from './paths.ts';

/** The three kinds of output a run writes. */
export type OutputKind = 'site' | 'internal' | 'proposals' | 'clients';

/** True when `path` is `dir` or inside it, comparing real paths. */
export function isInsideReal(path: string, dir: string): boolean {
	const rel = relative(realPath(dir), realPath(path));
	return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The project's fixed folders an output must keep clear of. */
export interface ProjectFolders {
	/** The project root (the working directory under `npm run`). */
	root: string;
	/** The content folder. */
	content: string;
}

const subject: Record<OutputKind, string> = {
	site: 'the public site never goes',
	internal: 'the internal handbook is private and never goes',
	proposals: 'proposals are private and never go',
	clients: 'client handbooks are private and never go',
};

/** The folders (relative to the project root) each kind of output must neither enter nor contain, and why. */
function keepClear(kind: OutputKind): [string, string][] {
	const published: [string, string] = ['public', 'is copied into the published site'];
	const site: [string, string] = ['dist', 'is the published site'];
	const internal: [string, string] = ['dist-internal', 'holds the internal handbook'];
	const out: [string, string] = ['out', 'holds private proposals and client material'];
	if (kind === 'site') return [published, internal, out];
	if (kind === 'internal') return [published, site, out];
	return [published, site, internal];
}

/** One problem when `out` is no place for output of `kind`, else undefined. */
export function outputProblem(kind: OutputKind, out: string, project: ProjectFolders, field = '--out'): Problem | undefined {
	const problem = (message: string): Problem => ({ file: displayPath(resolve(out)), field, message });
	for (const [name, why] of keepClear(kind)) {
		const folder = join(project.root, name);
		if (isInsideReal(out, folder)) return problem(`${subject[kind]} inside ${name}/, which ${why}; choose another folder`);
		if (isInsideReal(folder, out)) return problem(`this folder holds ${name}/, which ${why}; choose a folder of its own`);
	}
	if (isInsideReal(project.root, out)) return problem('this folder holds the project itself; choose a folder of its own');
	if (isInsideReal(project.content, out)) return problem('this folder holds the content folder; choose a folder of its own');
	return undefined;
}
