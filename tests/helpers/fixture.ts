/** Copies of fixture content sets in temporary folders, for tests that break content on purpose. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const fixturesDir = resolve('tests/fixtures');

/** A fresh copy of `tests/fixtures/<name>` in a temporary folder. */
export function copyFixture(name: string): string {
	const dir = mkdtempSync(join(tmpdir(), `opsbook-${name}-`));
	cpSync(join(fixturesDir, name), dir, { recursive: true });
	return dir;
}

/** Replaces `search` with `replacement` in a file of a copied fixture; fails loudly when `search` is absent. */
export function edit(dir: string, file: string, search: string | RegExp, replacement: string): void {
	const path = join(dir, file);
	const text = readFileSync(path, 'utf8');
	const next = text.replace(search, replacement);
	if (next === text) throw new Error(`edit(): ${String(search)} not found in ${file}`);
	writeFileSync(path, next);
}

export function write(dir: string, file: string, text: string): void {
	writeFileSync(join(dir, file), text);
}

export function remove(dir: string): void {
	rmSync(dir, { recursive: true, force: true });
}
