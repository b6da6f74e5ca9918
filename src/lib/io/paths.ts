/** Where content and outputs live; `OPSBOOK_CONTENT` and `OPSBOOK_PROPOSALS` point elsewhere. */
import { resolve } from 'node:path';

/** The content folder: `$OPSBOOK_CONTENT` or `content/` in the working directory. */
export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
	return resolve(env.OPSBOOK_CONTENT || 'content');
}

/** The proposals folder: an explicit one, `$OPSBOOK_PROPOSALS`, or `proposals/` inside the content folder. */
export function proposalsDir(explicit?: string, env: NodeJS.ProcessEnv = process.env): string {
	return resolve(explicit || env.OPSBOOK_PROPOSALS || resolve(contentDir(env), 'proposals'));
}

/** Templates live with the content so an OBM brands them in their own repository. */
export function templatesDir(env: NodeJS.ProcessEnv = process.env): string {
	return resolve(contentDir(env), 'templates');
}
