/**
 * Whether a folder may be replaced by a generated one without losing work: only when it is missing,
 * empty, or tracked by git with everything committed (git still holds the previous version).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';

/** Runs git in `dir`; undefined when git is missing or the folder is not in a repository. */
function git(dir: string, args: string[]): string | undefined {
	const result = spawnSync('git', ['-C', dir, ...args], { encoding: 'utf8' });
	return result.status === 0 ? result.stdout : undefined;
}

/** Why `dir` must not be replaced, or undefined when replacing it loses nothing. */
export function replaceRefusal(dir: string): string | undefined {
	if (!existsSync(dir)) return undefined;
	if (!statSync(dir).isDirectory()) return 'is a file, not a folder';
	if (readdirSync(dir).length === 0) return undefined;
	const changed = git(dir, ['status', '--porcelain', '--untracked-files=all', '--', '.']);
	if (changed === undefined) return 'is not empty and not tracked by git, so its files could not be recovered';
	const lines = changed.split('\n').filter(Boolean);
	if (lines.length)
		return `has ${lines.length} uncommitted change${lines.length === 1 ? '' : 's'} (${lines[0]?.slice(3)}${lines.length > 1 ? ', …' : ''})`;
	if (!git(dir, ['ls-files', '--', '.'])?.trim()) return 'is not empty and its files are not tracked by git';
	return undefined;
}
