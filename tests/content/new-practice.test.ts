/** `npm run new:practice`: the site.yaml it writes, the files it copies, and the folders it refuses to replace. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { practiceFiles, practiceSiteYaml, type PracticeAnswers } from '../../src/lib/catalog/new-practice.ts';
import { readTree } from '../../src/lib/io/files.ts';
import { replaceRefusal } from '../../src/lib/io/folder-state.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { runNode } from '../helpers/build.ts';
import { remove } from '../helpers/fixture.ts';

const starterSite = readFileSync('content/site.yaml', 'utf8');
const london: PracticeAnswers = {
	name: 'Harbour Lane Operations',
	owner: 'Priya Shah',
	email: 'hello@harbourlane.example',
	url: 'https://harbourlane.example',
	locale: 'en-GB',
	currency: 'GBP',
	timezone: 'Europe/London',
	rate: '55',
	taxRate: '20',
	taxLabel: 'VAT',
	taxInclusive: false,
};
const londonFlags = [
	...['--name', london.name, '--owner', london.owner, '--email', london.email, '--url', london.url],
	...['--locale', 'en-GB', '--currency', 'GBP', '--timezone', 'Europe/London', '--rate', '55', '--tax-rate', '20', '--tax-label', 'VAT'],
];
const temp = mkdtempSync(join(tmpdir(), 'opsbook-new-practice-'));
afterAll(() => remove(temp));

describe('practiceSiteYaml', () => {
	it('writes every answer into the starter layout, comments kept', () => {
		const { text, problems } = practiceSiteYaml(starterSite, london, 'content/site.yaml');
		expect(problems).toEqual([]);
		const site = siteSchema.parse(parse(text));
		expect(site).toMatchObject({ name: london.name, owner: london.owner, currency: 'GBP', locale: 'en-GB', hourlyRate: 5500 });
		expect(site.tax).toEqual({ rate: 20, label: 'VAT', inclusive: false });
		expect(text).toContain('# The practice:');
	});

	it("drops the starter's phone, location and overage rate", () => {
		const site = siteSchema.parse(parse(practiceSiteYaml(starterSite, london, 'content/site.yaml').text));
		expect(site.phone).toBeUndefined();
		expect(site.location).toBeUndefined();
		expect(site.terms.overageRate).toBe(5500);
	});

	it('reports each invalid answer as file: field: message', () => {
		const { problems } = practiceSiteYaml(starterSite, { ...london, currency: 'POUNDS', timezone: 'Europe/Londres', taxRate: 'twenty' }, 'x/site.yaml');
		const fields = problems.map((p) => p.field);
		expect(fields).toEqual(expect.arrayContaining(['currency', 'timezone', 'tax.rate']));
		expect(problems.every((p) => p.file === 'x/site.yaml')).toBe(true);
	});
});

describe('practiceFiles', () => {
	const starter = readTree('content');

	it('copies the library but never the starter proposals', () => {
		const paths = Object.keys(practiceFiles(starter, 'name: x', true));
		expect(paths).toContain('roles.yaml');
		expect(paths.filter((p) => p.startsWith('areas/'))).toHaveLength(8);
		expect(paths.some((p) => p.startsWith('services/') && p.endsWith('.md'))).toBe(true);
		expect(paths.some((p) => p.startsWith('templates/'))).toBe(true);
		expect(paths.some((p) => p.startsWith('proposals/'))).toBe(false);
	});

	it('without the library keeps areas and roles and leaves empty collection folders', () => {
		const files = practiceFiles(starter, 'name: x', false);
		const paths = Object.keys(files);
		expect(files['site.yaml']).toBe('name: x');
		expect(paths.filter((p) => p.startsWith('areas/'))).toHaveLength(8);
		expect(paths.filter((p) => /^(services|packages|sops|templates|proposals)\//.test(p) && !p.endsWith('.gitkeep'))).toEqual([]);
	});
});

describe('replaceRefusal', () => {
	const git = (dir: string, ...args: string[]) =>
		spawnSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { encoding: 'utf8' });

	it('allows a missing or empty folder', () => {
		expect(replaceRefusal(join(temp, 'missing'))).toBeUndefined();
		mkdirSync(join(temp, 'empty'));
		expect(replaceRefusal(join(temp, 'empty'))).toBeUndefined();
	});

	it('refuses a non-empty folder outside git', () => {
		mkdirSync(join(temp, 'loose'));
		writeFileSync(join(temp, 'loose', 'site.yaml'), 'name: mine');
		expect(replaceRefusal(join(temp, 'loose'))).toMatch(/not tracked by git/);
	});

	it('allows a committed folder and refuses it once it has uncommitted changes', () => {
		const repo = join(temp, 'repo');
		mkdirSync(join(repo, 'content'), { recursive: true });
		git(repo, 'init', '-q');
		writeFileSync(join(repo, 'content', 'site.yaml'), 'name: mine\n');
		git(repo, 'add', '.');
		git(repo, 'commit', '-qm', 'content');
		expect(replaceRefusal(join(repo, 'content'))).toBeUndefined();
		writeFileSync(join(repo, 'content', 'site.yaml'), 'name: changed\n');
		expect(replaceRefusal(join(repo, 'content'))).toMatch(/1 uncommitted change \(content\/site\.yaml\)/);
	});
});

describe('npm run new:practice (flags)', () => {
	const run = (...args: string[]) => runNode(['scripts/new-practice.ts', ...args]);

	it('names every missing required answer, one line each, and writes nothing', () => {
		const dir = join(temp, 'missing-answers');
		const { status, output } = run('--name', 'Solo', '--dir', dir);
		expect(status).toBe(1);
		expect(output).toContain('site.yaml: owner: required field is missing (give --owner)');
		expect(output).toContain('site.yaml: email: required field is missing (give --email)');
		expect(output).toContain('site.yaml: url: required field is missing (give --url)');
		expect(existsSync(dir)).toBe(false);
	});

	it('rejects an invalid answer with the schema message and writes nothing', () => {
		const dir = join(temp, 'bad-currency');
		const { status, output } = run(...londonFlags, '--currency', 'POUNDS', '--empty', '--dir', dir);
		expect(status).toBe(1);
		expect(output).toMatch(/bad-currency\/site\.yaml: currency: expected an ISO 4217 currency code/);
		expect(existsSync(dir)).toBe(false);
	});

	it('refuses a folder with work in it unless --force', () => {
		const dir = join(temp, 'loose');
		const refused = run(...londonFlags, '--empty', '--dir', dir);
		expect(refused.status).toBe(1);
		expect(refused.output).toMatch(/loose is not empty and not tracked by git.*--force/);
		expect(readFileSync(join(dir, 'site.yaml'), 'utf8')).toBe('name: mine');

		const forced = run(...londonFlags, '--empty', '--dir', dir, '--force');
		expect(forced.status).toBe(0);
		expect(parse(readFileSync(join(dir, 'site.yaml'), 'utf8'))).toMatchObject({ name: london.name, currency: 'GBP' });
	});
});
