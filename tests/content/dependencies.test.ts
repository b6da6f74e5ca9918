/**
 * `npm run build` must work after `npm ci --omit=dev` (what static hosts run in production mode): every
 * package the build reaches is a `dependency`, and so is `node`, the pinned runtime its scripts run on.
 * The import graph is walked from the build's entry points with TypeScript's own import scanner.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, extname, join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
	scripts: Record<string, string>;
	dependencies: Record<string, string>;
	devDependencies: Record<string, string>;
};

/** The import specifiers of a file; for `.astro`, of its frontmatter and scripts. */
function importsOf(file: string): string[] {
	let text = readFileSync(file, 'utf8');
	if (file.endsWith('.astro')) {
		const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
		const scripts = [...text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
		text = [frontmatter, ...scripts].join('\n');
	}
	return ts.preProcessFile(text, true, true).importedFiles.map((imported) => imported.fileName);
}

/** The file a relative specifier names (extensionless and folder imports included). */
function resolveLocal(from: string, specifier: string): string | undefined {
	const base = resolve(dirname(from), specifier);
	return [base, `${base}.ts`, `${base}.mjs`, join(base, 'index.ts')].find((path) => existsSync(path) && extname(path) !== '');
}

/** The npm packages reachable from `entries` through local imports. */
function reachablePackages(entries: string[]): Set<string> {
	const packages = new Set<string>();
	const seen = new Set<string>();
	const queue = entries.map((entry) => resolve(entry));
	while (queue.length) {
		const file = queue.pop() as string;
		if (seen.has(file)) continue;
		seen.add(file);
		if (!/\.(ts|mjs|js|astro)$/.test(file)) continue;
		for (const specifier of importsOf(file)) {
			if (specifier.startsWith('.')) {
				const local = resolveLocal(file, specifier);
				if (local) queue.push(local);
			} else if (!isBuiltin(specifier) && !specifier.startsWith('astro:') && !specifier.startsWith('virtual:')) {
				const parts = specifier.split('/');
				packages.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string));
			}
		}
	}
	return packages;
}

/** Every page: Astro builds them all. */
const pages = (readdirSync('src/pages', { recursive: true }) as string[]).filter((file) => /\.(astro|ts)$/.test(file)).map((file) => join('src/pages', file));

describe('what npm run build needs at run time', () => {
	const reached = reachablePackages(['scripts/build.ts', 'scripts/proposals.ts', 'astro.config.mjs', 'src/content.config.ts', ...pages]);

	it('finds the packages the build imports', () => {
		expect(reached).toContain('astro');
		expect(reached).toContain('handlebars');
	});

	it('are all dependencies, not devDependencies', () => {
		const missing = [...reached].filter((name) => !(name in manifest.dependencies)).sort();
		expect(missing).toEqual([]);
	});

	it('includes the pinned Node runtime the build scripts run on', () => {
		expect(manifest.scripts.build).toMatch(/^node /);
		expect(manifest.dependencies).toHaveProperty('node');
	});
});
