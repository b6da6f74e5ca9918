/**
 * Every command of the README's command table, run as a user would (`npm run …`) in a fresh copy of
 * the project on the starter content, must exit 0. Left out: `npm test` (this suite), the benchmarks
 * (minutes of synthetic content) and `npm run format`, which rewrites files (`format:check` runs instead).
 * The servers (`npm run preview`, `npm run dev`) are started, asked for `/`, and stopped. Commands that
 * take arguments get real ones: `new:practice` writes a practice into a folder of its own, and
 * `proposals:accept` accepts the starter proposal nobody has accepted yet.
 *
 * Two copies of the project run two chains of commands side by side, so they never share `.astro/`:
 * the commands that build and publish, in README order, each on what the ones before left; and the
 * ones that only read the starter content (new:practice, dev, check, format).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remove } from '../helpers/fixture.ts';
import { copyRepo } from '../helpers/repo.ts';
import { runAsync } from '../helpers/build.ts';
import { freePort } from '../helpers/port.ts';

/** The first cell of each row of the README's `## Commands` table. */
function readmeCommands(): string[] {
	const readme = readFileSync('README.md', 'utf8');
	const section = readme.slice(readme.indexOf('\n## Commands\n'), readme.indexOf('\n## ', readme.indexOf('\n## Commands\n') + 1));
	return [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1] as string);
}

const skipped: Record<string, string> = {
	'npm test': 'the suite that runs this test',
	'npm run bench': 'a benchmark on synthetic content, minutes long',
	'npm run bench:proposals': 'a benchmark',
};

/** What the test runs for a README command: placeholders filled in, a write command swapped for its check. */
function runnable(command: string): string[] {
	if (command === 'npm run format') return ['npm', 'run', 'format:check'];
	if (command === 'npm run new:practice')
		return [
			...['npm', 'run', 'new:practice', '--', '--name', 'Harbour Lane Operations', '--owner', 'Priya Shah'],
			...['--email', 'hello@harbourlane.example', '--url', 'https://harbourlane.example', '--starter', '--dir', newPracticeDir],
		];
	if (command.startsWith('npm run proposals:accept'))
		return ['npm', 'run', 'proposals:accept', '--', 'achebe-strategy', '--package', 'growth', '--by', 'Rosalind Achebe', '--on', '2026-11-30'];
	const words = command
		.replace('<area>', 'office')
		.replace('"<title>"', '"Reconcile the petty cash"')
		.match(/"[^"]*"|\S+/g) as string[];
	return words.map((word) => word.replace(/^"(.*)"$/, '$1'));
}

const commands = readmeCommands();
const scripts = Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts);

/** Commands that only read the starter content: they run in a copy of their own, beside the others. */
const readers = new Set(['npm run new:practice', 'npm run dev', 'npm run check', 'npm run format']);
const repos = { builds: '', reads: '' };
beforeAll(() => {
	repos.builds = copyRepo();
	repos.reads = copyRepo();
});
afterAll(() => Object.values(repos).forEach(remove));

/** One chain of commands per copy: each command starts when the one before it in the chain has ended. */
const chains = { builds: Promise.resolve(), reads: Promise.resolve() };
function inChain<T>(chain: keyof typeof chains, work: () => Promise<T>): Promise<T> {
	const run = chains[chain].then(work);
	chains[chain] = run.then(
		() => {},
		() => {},
	);
	return run;
}


// As a user's shell would have it: without Vitest's variables (NODE_ENV=test makes `astro dev` answer 404).
const env = Object.fromEntries(
	Object.entries({ ...process.env, OPSBOOK_QUIET: '1' }).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV' && name !== 'TEST'),
);
/** Where `new:practice` writes: outside the project copy, so later commands (format:check) never see it. */
const newPracticeDir = join(mkdtempSync(join(tmpdir(), 'opsbook-new-practice-')), 'content');

/** Starts a server script (`preview`, `dev`), waits until `/` answers, stops it; the status of `/`. */
async function serve(script: string, repo: string): Promise<number> {
	const port = await freePort();
	const child = spawn('npm', ['run', script, '--', '--host', '127.0.0.1', '--port', String(port)], { cwd: repo, env, detached: true, stdio: 'ignore' });
	try {
		const started = Date.now();
		while (Date.now() - started < 120_000) {
			const status = await fetch(`http://127.0.0.1:${port}/`).then(
				(response) => response.status,
				() => 0,
			);
			if (status) return status;
			await new Promise((done) => setTimeout(done, 250));
		}
		return 0;
	} finally {
		process.kill(-(child.pid as number), 'SIGTERM');
	}
}

describe('the README command table', () => {
	it('is found and names only scripts that exist', () => {
		expect(commands.length).toBeGreaterThan(8);
		for (const command of commands) {
			const script = /^npm (?:run )?([\w:-]+)/.exec(command)?.[1];
			expect(script === 'test' || scripts.includes(script as string), command).toBe(true);
		}
	});

	for (const command of commands) {
		const why = skipped[command];
		if (why) {
			it.skip(`${command} (${why})`, () => {});
			continue;
		}
		const chain = readers.has(command) ? 'reads' : 'builds';
		it.concurrent(`${command} exits 0 on the starter content`, () =>
			inChain(chain, async () => {
				const server = /^npm run (preview|dev)$/.exec(command)?.[1];
				if (server) {
					expect(await serve(server, repos[chain])).toBe(200);
					return;
				}
				const [program, ...args] = runnable(command);
				const result = await runAsync(program as string, args, { cwd: repos[chain], env });
				expect(result.status, `${command}\n${result.output}`).toBe(0);
			}),
			// Counted from the start of the run: a command waits for the ones before it in its chain.
			900_000,
		);
	}
});
