/**
 * The W3C Nu HTML checker (the `vnu-jar` package, run offline with the system Java). Without Java,
 * tests using it are skipped loudly, unless E2E=required.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

export const hasJava = spawnSync('java', ['-version'], { encoding: 'utf8' }).status === 0;
if (!hasJava) {
	const message = 'Java was not found (install the Debian package "default-jre-headless"): the HTML validity tests are SKIPPED.';
	if (process.env.E2E === 'required') throw new Error(`E2E=required but ${message}`);
	console.warn(`\n!!! ${message}\n`);
}

/** The checker's errors on the pages at `paths` (site paths such as `/handbook/`) of the site in `dist`, one line each. */
export function nuErrors(dist: string, paths: readonly string[]): { errors: string[]; status: number } {
	const files = paths.map((path) => join(dist, path.endsWith('/') ? `${path}index.html` : path));
	const jar = resolve('node_modules/vnu-jar/build/dist/vnu.jar');
	const result = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'gnu', ...files], { encoding: 'utf8' });
	// The checker exits 1 on any error and prints one line per error on stderr, naming the file.
	const errors = result.stderr
		.split('\n')
		.filter((line) => line.includes('error'))
		.map((line) => line.replace(`file:${dist}`, ''));
	return { errors, status: result.status ?? 1 };
}
