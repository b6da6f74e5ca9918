import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { clearTemplateCache } from '../../src/lib/proposals/templates.ts';
import { recoverFolder, writeFolderAtomic } from '../../src/lib/io/write-atomic.ts';
import { runNode } from '../helpers/build.ts';
import { build, copyProposals, fixture, snapshot, tempDir } from './support.ts';

/** Replaces `search` in a proposal file of a copied folder; fails when `search` is absent. */
function edit(dir: string, file: string, search: string | RegExp, replacement: string): void {
	const path = join(dir, file);
	const text = readFileSync(path, 'utf8');
	const next = text.replace(search, replacement);
	if (next === text) throw new Error(`${String(search)} not found in ${file}`);
	writeFileSync(path, next);
}

const messages = (problems: { file: string; field: string; message: string }[]) =>
	problems.map((p) => `${p.file.split('/').at(-1)}: ${p.field}: ${p.message}`);

afterEach(() => clearTemplateCache());

describe('references in a proposal', () => {
	it('names the proposal file and suggests the nearest service id for an unknown one', async () => {
		const proposals = copyProposals();
		edit(proposals, 'basic.yaml', '- id: office/bookkeeping', '- id: office/bookkeepin');
		const result = await build({ proposalsDir: proposals });
		expect(messages(result.problems)).toEqual([
			'basic.yaml: services[0].id: unknown service "office/bookkeepin"; did you mean "office/bookkeeping"?',
		]);
		expect(result.problems[0]?.file).toMatch(/proposals\/basic\.yaml$/);
		expect(result.built).toEqual([]);
	});

	it('suggests the nearest package id for an unknown one, in package and packages alike', async () => {
		const proposals = copyProposals();
		edit(proposals, 'basic.yaml', 'package: starter', 'package: startr');
		edit(proposals, 'tiers.yaml', 'packages: [starter, plus]', 'packages: [starter, pluss]');
		edit(proposals, 'tiers.yaml', 'recommended: plus', 'recommended: pluss');
		const result = await build({ proposalsDir: proposals });
		expect(messages(result.problems)).toEqual([
			'basic.yaml: package: unknown package "startr"; did you mean "starter"?',
			'tiers.yaml: packages[1]: unknown package "pluss"; did you mean "plus"?',
		]);
	});

	it('lists the same service twice as a problem', async () => {
		const proposals = copyProposals();
		edit(proposals, 'basic.yaml', '  - id: office/drive-cleanup', '  - id: office/drive-cleanup\n  - id: office/drive-cleanup');
		const result = await build({ proposalsDir: proposals });
		expect(messages(result.problems)).toEqual(['basic.yaml: services[3].id: "office/drive-cleanup" is already listed as services[2]']);
	});

	it('suggests the nearest proposal for an unknown --only id', async () => {
		const result = await build({ only: 'basik' });
		expect(messages(result.problems)).toEqual(['proposals: --only: no proposal "basik"; did you mean "basic"?']);
	});
});

describe('dates', () => {
	it('warns about a proposal past validUntil but still renders it', async () => {
		const result = await build({ today: '2026-12-10' });
		expect(result.problems).toEqual([]);
		expect(messages(result.warnings)).toContain(
			'basic.yaml: validUntil: the offer expired on 2026-12-02 (8 days ago); set a new validUntil before sending it',
		);
		expect(result.built.map((item) => item.id)).toEqual(['basic', 'tiers']);
	});

	it('refuses a contract shorter than the package’s minimum term', async () => {
		const proposals = copyProposals();
		edit(proposals, 'tiers.yaml', 'recommended: plus', 'recommended: plus\ntermMonths: 3');
		const result = await build({ proposalsDir: proposals });
		expect(messages(result.problems)).toEqual([
			"tiers.yaml: termMonths: 3 months is shorter than the Plus package's minimum term of 6 months; lower terms.minimumTermMonths to offer a shorter contract",
		]);
	});
});

describe('currencies', () => {
	it('fails on a proposal priced in another currency than the site', async () => {
		const proposals = copyProposals();
		edit(proposals, 'basic.yaml', 'package: starter', 'package: starter\ncurrency: EUR');
		const result = await build({ proposalsDir: proposals });
		expect(messages(result.problems)).toEqual(["basic.yaml: currency: proposals are priced in the site's currency GBP, found EUR"]);
	});

	it('fails on an unknown currency code', async () => {
		const proposals = copyProposals();
		edit(proposals, 'basic.yaml', 'package: starter', 'package: starter\ncurrency: XYZ');
		const result = await build({ proposalsDir: proposals });
		expect(messages(result.problems)[0]).toMatch(/^basic\.yaml: currency: expected an ISO 4217 currency code/);
	});

	it('fails on an amount with more decimals than the currency has', async () => {
		const proposals = copyProposals();
		edit(proposals, 'basic.yaml', 'amount: 380', 'amount: 380.505');
		const result = await build({ proposalsDir: proposals });
		expect(messages(result.problems)).toEqual(['basic.yaml: services[0].amount: GBP allows at most 2 decimals, found 380.505']);
	});
});

describe('template errors', () => {
	/** A copy of the default template in a templates folder of its own. */
	function brokenTemplate(file: string, search: string, replacement: string): { dir: string; line: number } {
		const templates = tempDir('templates');
		cpSync(resolve('content/templates/default'), join(templates, 'default'), { recursive: true });
		const path = join(templates, 'default', file);
		const text = readFileSync(path, 'utf8');
		const index = text.indexOf(search);
		if (index < 0) throw new Error(`${search} not in ${file}`);
		writeFileSync(path, text.replace(search, replacement));
		return { dir: templates, line: text.slice(0, index).split('\n').length };
	}

	it('names the template file and line of a misspelled variable', async () => {
		const { dir, line } = brokenTemplate('cover.html.hbs', '<h1>{{client.business}}</h1>', '<h1>{{client.busines}}</h1>');
		const result = await build({ templatesDir: dir });
		expect(result.problems).toHaveLength(1);
		expect(result.problems[0]?.file).toMatch(/templates-[^/]+\/default\/cover\.html\.hbs$/);
		expect(result.problems[0]?.field).toBe(`line ${line}, column 9`); // where `client.busines` starts
		expect(result.problems[0]?.message).toBe('unknown variable "busines" (misspelled, or missing from the proposal model)');
	});

	it('names the template file and line of a misspelled list in a block', async () => {
		const { dir, line } = brokenTemplate('scope.md.hbs', '{{#each scope}}', '{{#each scopes}}');
		const result = await build({ templatesDir: dir });
		expect(messages(result.problems)).toEqual([
			`scope.md.hbs: line ${line}, column 1: {{#each}} was given an undefined value (misspelled variable?)`,
		]);
	});

	it('names the template file and line of a syntax error', async () => {
		const { dir, line } = brokenTemplate('terms.html.hbs', '{{/if}}</dd>', '</dd>');
		const result = await build({ templatesDir: dir });
		expect(result.problems).toHaveLength(1);
		expect(result.problems[0]?.file).toMatch(/default\/terms\.html\.hbs$/);
		expect(result.problems[0]?.field).toMatch(/^line \d+$/);
		expect(Number(result.problems[0]?.field.slice(5))).toBeGreaterThanOrEqual(line);
		expect(result.problems[0]?.message).toMatch(/^syntax error near /);
	});

	it('names the file and line of an unknown partial or helper before rendering', async () => {
		const partial = brokenTemplate('proposal.md.hbs', '{{> terms}}', '{{> term}}');
		expect(messages((await build({ templatesDir: partial.dir })).problems)).toEqual([
			`proposal.md.hbs: line ${partial.line}, column 1: unknown partial "term"; partials are the other .hbs files of the template folder`,
		]);
		clearTemplateCache();
		const helper = brokenTemplate('terms.html.hbs', '{{date startDate}}', '{{day startDate}}');
		expect(messages((await build({ templatesDir: helper.dir })).problems)).toEqual([
			`terms.html.hbs: line ${helper.line}, column 22: unknown helper "day"`,
		]);
	});

	it('names a proposal asking for a template that does not exist, with the nearest name', async () => {
		const proposals = copyProposals();
		edit(proposals, 'basic.yaml', 'package: starter', 'package: starter\ntemplate: defualt');
		const result = await build({ proposalsDir: proposals });
		expect(messages(result.problems)).toEqual(['basic.yaml: template: unknown template "defualt"; did you mean "default"?']);
	});
});

describe('after a failure', () => {
	it('leaves every previous output in place, whole, and no half-written files', async () => {
		const out = join(tempDir('out'), 'proposals');
		const first = await build({ outDir: out });
		expect(first.problems).toEqual([]);
		const before = snapshot(out);
		expect(Object.keys(before)).toEqual([
			'basic/.opsbook-output.json',
			'basic/contract.ics',
			'basic/proposal.html',
			'basic/proposal.json',
			'basic/proposal.md',
			'tiers/.opsbook-output.json',
			'tiers/contract.ics',
			'tiers/proposal.html',
			'tiers/proposal.json',
			'tiers/proposal.md',
		]);

		// `basic` renders fine and is staged; `tiers` then fails, so nothing may replace the old outputs.
		const proposals = copyProposals();
		edit(proposals, 'basic.yaml', 'amount: 380', 'amount: 999');
		edit(proposals, 'tiers.yaml', 'recommended: plus', 'recommended: plus\ntermMonths: 1');
		const second = await build({ outDir: out, proposalsDir: proposals });
		expect(messages(second.problems)).toEqual([
			"tiers.yaml: termMonths: 1 month is shorter than the Starter package's minimum term of 3 months; lower terms.minimumTermMonths to offer a shorter contract",
			"tiers.yaml: termMonths: 1 month is shorter than the Plus package's minimum term of 6 months; lower terms.minimumTermMonths to offer a shorter contract",
		]);
		expect(snapshot(out)).toEqual(before);
		expect(readdirSync(out).sort()).toEqual(['basic', 'tiers']);
	});

	it('never removes outputs of a folder that failed to load', async () => {
		const out = join(tempDir('out'), 'proposals');
		await build({ outDir: out });
		const before = snapshot(out);
		const proposals = copyProposals();
		writeFileSync(join(proposals, 'tiers.yaml'), 'client: [unclosed\n');
		const result = await build({ outDir: out, proposalsDir: proposals });
		expect(messages(result.problems)[0]).toMatch(/^tiers\.yaml: line \d+, column \d+: YAML syntax error/);
		expect(snapshot(out)).toEqual(before);
	});

	it('puts a folder back when a run was interrupted in the middle of swapping it', async () => {
		const parent = tempDir('swap');
		const dir = join(parent, 'basic');
		await writeFolderAtomic(dir, { 'proposal.html': 'old' });
		// What an interruption between the two renames leaves: the old folder moved aside, no new one.
		const aside = join(parent, '.basic.old-123-abcdef01');
		cpSync(dir, aside, { recursive: true });
		rmSync(dir, { recursive: true });
		mkdirSync(join(parent, '.basic.tmp-123-abcdef02'));
		recoverFolder(dir);
		expect(readFileSync(join(dir, 'proposal.html'), 'utf8')).toBe('old');
		expect(readdirSync(parent)).toEqual(['basic']);
	});
});

describe('the output folder', () => {
	it('is never inside the published site', async () => {
		const result = await build({ outDir: resolve('dist/proposals') });
		expect(messages(result.problems)).toEqual([
			'proposals: --out: proposals are private and never go inside dist/, which is the published site; choose another folder',
		]);
		expect(existsSync(resolve('dist/proposals'))).toBe(false);
	});

	it('loses the output of a proposal whose file was removed', async () => {
		const out = join(tempDir('out'), 'proposals');
		await build({ outDir: out });
		const proposals = copyProposals();
		rmSync(join(proposals, 'tiers.yaml'));
		const result = await build({ outDir: out, proposalsDir: proposals });
		expect(readdirSync(out)).toEqual(['basic']);
		expect(result.notices.join('\n')).toMatch(/Removed .*tiers\/: its proposal file is gone\./);
	});
});

describe('npm run proposals', () => {
	it('exits non-zero and lists every problem of every proposal, one line each, writing nothing', () => {
		const proposals = copyProposals();
		edit(proposals, 'basic.yaml', '- id: office/bookkeeping', '- id: office/bookkeepin');
		edit(proposals, 'tiers.yaml', 'packages: [starter, plus]', 'packages: [starter, pluss]');
		const out = join(tempDir('cli'), 'proposals');
		const { status, output } = runNode(
			['scripts/proposals.ts', '--proposals', proposals, '--out', out, '--no-pdf', '--today', '2026-11-10'],
			{ OPSBOOK_CONTENT: fixture },
		);
		expect(status).toBe(1);
		const lines = output.split('\n').filter((line) => /\.yaml: [\w.[\]]+: /.test(line));
		expect(lines).toHaveLength(2);
		expect(output).toContain('basic.yaml: services[0].id: unknown service "office/bookkeepin"; did you mean "office/bookkeeping"?');
		expect(output).toContain('2 problems found; no proposal was written');
		expect(existsSync(out)).toBe(false);
	});

	it('prints one line per proposal: client, monthly total, contract value, capacity and files', () => {
		const out = join(tempDir('cli'), 'proposals');
		const { status, output } = runNode(['scripts/proposals.ts', '--out', out, '--no-pdf', '--today', '2026-11-10'], {
			OPSBOOK_CONTENT: fixture,
		});
		expect(status).toBe(0);
		expect(output).toContain(
			`basic: O'Brien & Daughters <Joinery> (Siobhan O'Brien) | £1,560.60/month | £5,221.80 over 3 months | capacity 15.2 h of 18 h (84%) |`,
		);
		expect(output).toMatch(
			/tiers: Reed Studio \(Tom Reed\) \| £1,550\.00\/month \(Plus, recommended of 2\) \| £9,300\.00 over 6 months \| capacity 15\.2 h of 20 h \(76%\) \| .*tiers\/ \(html, md, json, ics\)/,
		);
	});

	it('reads proposals from OPSBOOK_PROPOSALS', () => {
		const out = join(tempDir('cli'), 'proposals');
		const proposals = copyProposals();
		rmSync(join(proposals, 'tiers.yaml'));
		const { status, output } = runNode(['scripts/proposals.ts', '--out', out, '--no-pdf', '--today', '2026-11-10'], {
			OPSBOOK_CONTENT: fixture,
			OPSBOOK_PROPOSALS: proposals,
		});
		expect(status).toBe(0);
		expect(output).toContain('1 proposal rendered');
		expect(readdirSync(out)).toEqual(['basic']);
	});

	it('fails with --pdf when no Chromium can be found', () => {
		const out = join(tempDir('cli'), 'proposals');
		const { status, output } = runNode(['scripts/proposals.ts', '--out', out, '--pdf', '--today', '2026-11-10'], {
			OPSBOOK_CONTENT: fixture,
			CHROMIUM_PATH: '/nonexistent/chromium',
		});
		expect(status).toBe(1);
		expect(output).toContain('--pdf: PDF output is required but CHROMIUM_PATH=/nonexistent/chromium is not an executable');
		expect(existsSync(out)).toBe(false);
	});

	it('skips the PDF with a one-line notice when no Chromium is found and --pdf is not given', () => {
		const out = join(tempDir('cli'), 'proposals');
		const { status, output } = runNode(['scripts/proposals.ts', '--out', out, '--today', '2026-11-10'], {
			OPSBOOK_CONTENT: fixture,
			CHROMIUM_PATH: '/nonexistent/chromium',
		});
		expect(status).toBe(0);
		expect(output).toContain('PDF skipped: CHROMIUM_PATH=/nonexistent/chromium is not an executable.');
		expect(readdirSync(join(out, 'basic')).sort()).toEqual([
			'.opsbook-output.json',
			'contract.ics',
			'proposal.html',
			'proposal.json',
			'proposal.md',
		]);
	});
});
