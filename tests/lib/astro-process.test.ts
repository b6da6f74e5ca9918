import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { AstroBuildFailed, startAstroBuild } from '../../src/lib/io/astro-process.ts';

/**
 * A stand-in for scripts/astro-build.ts: it writes `started`, waits for the word, writes what it was
 * told into `<out dir>/told`, and exits with the code `EXIT_CODE` gives.
 */
function fakeAstro(): { script: string; dir: string } {
	const dir = mkdtempSync(join(tmpdir(), 'opsbook-astro-process-'));
	const script = join(dir, 'fake-astro.mjs');
	writeFileSync(
		script,
		`import { writeFileSync } from 'node:fs';
const dir = process.argv[2];
writeFileSync(dir + '/started', '');
process.once('message', (message) => {
	writeFileSync(dir + '/told', String(message));
	process.exit(Number(process.env.EXIT_CODE ?? 0));
});
`,
	);
	return { script, dir };
}

async function until(check: () => boolean): Promise<void> {
	for (let tries = 0; !check(); tries++) {
		if (tries > 200) throw new Error('gave up waiting');
		await sleep(25);
	}
}

describe('the Astro process started ahead', () => {
	it('starts at once, and builds only when told to', async () => {
		const { script, dir } = fakeAstro();
		const astro = startAstroBuild(script, dir, process.env);
		await until(() => existsSync(join(dir, 'started')));
		expect(existsSync(join(dir, 'told'))).toBe(false);
		await astro.build();
		expect(readFileSync(join(dir, 'told'), 'utf8')).toBe('build');
	});

	it('rejects with AstroBuildFailed when the build exits with an error', async () => {
		const { script, dir } = fakeAstro();
		const astro = startAstroBuild(script, dir, { ...process.env, EXIT_CODE: '1' });
		await expect(astro.build()).rejects.toBeInstanceOf(AstroBuildFailed);
	});

	it('ends without building when cancelled', async () => {
		const { script, dir } = fakeAstro();
		const astro = startAstroBuild(script, dir, process.env);
		await until(() => existsSync(join(dir, 'started')));
		astro.cancel();
		await expect(astro.build()).rejects.toBeInstanceOf(AstroBuildFailed);
		expect(existsSync(join(dir, 'told'))).toBe(false);
	});
});
