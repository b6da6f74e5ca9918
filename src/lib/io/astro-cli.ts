/** Where the Astro command-line entry file is, for running `astro check` or `astro dev` with the pinned Node. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The Astro CLI's entry file; it is not in the package's `exports`, so it is found through its package.json. */
export function astroCli(): string {
	const pkgPath = createRequire(import.meta.url).resolve('astro/package.json');
	const { bin } = JSON.parse(readFileSync(pkgPath, 'utf8')) as { bin: { astro: string } | string };
	return join(dirname(pkgPath), typeof bin === 'string' ? bin : bin.astro);
}
