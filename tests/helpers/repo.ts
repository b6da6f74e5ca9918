/** A throwaway copy of the project (its tracked files, node_modules linked), for commands that write into the project. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** Copies every file git tracks (and untracked, unignored ones) into a temporary folder and links node_modules. */
export function copyRepo(): string {
	const root = resolve('.');
	const dir = mkdtempSync(join(tmpdir(), 'opsbook-repo-'));
	const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
		.split('\0')
		.filter(Boolean);
	for (const file of files) {
		mkdirSync(dirname(join(dir, file)), { recursive: true });
		cpSync(join(root, file), join(dir, file));
	}
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
	return dir;
}
