/**
 * The proposal lifecycle on a copy of the fixture content: accept (frozen record), a catalog change
 * that leaves the accepted documents untouched while an open proposal follows it, `check` warnings
 * and errors, and a revision with its redline.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { acceptedRecordSchema } from '../../src/schemas/accepted.ts';
import { recordPath } from '../../src/lib/proposals/accept.ts';
import { recordAcceptance } from '../../src/lib/proposals/accept-run.ts';
import { checkProposals } from '../../src/lib/proposals/build.ts';
import { loadAcceptedRecord } from '../../src/lib/proposals/accepted-store.ts';
import { formatProblem } from '../../src/lib/core/problems.ts';
import { hasChromium } from '../helpers/browser.ts';
import { build, fixture, snapshot, tempDir, today } from './support.ts';

/** A fresh copy of the fixture content, proposals included. */
function copyContent(): { content: string; proposals: string } {
	const content = join(tempDir('lifecycle'), 'content');
	cpSync(fixture, content, { recursive: true });
	return { content, proposals: join(content, 'proposals') };
}

function accept(dir: { content: string; proposals: string }, id: string, choice: { package?: string; addOns?: string[] } = {}) {
	return recordAcceptance({
		contentDir: dir.content,
		proposalsDir: dir.proposals,
		id,
		acceptance: { date: '2026-11-20', by: 'Siobhan O’Brien', package: choice.package, addOns: choice.addOns ?? [] },
	});
}

const check = (dir: { content: string; proposals: string }) =>
	checkProposals({ contentDir: dir.content, proposalsDir: dir.proposals, today });
const lines = (problems: readonly { file: string; field: string; message: string }[]) => problems.map(formatProblem).join('\n');

/** Text of a PDF, page by page (pdftotext from poppler-utils). */
function pdfText(path: string): string {
	const result = spawnSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
	if (result.status !== 0) throw new Error('pdftotext (poppler-utils) is needed for this test');
	return result.stdout;
}

describe('accepting a proposal', () => {
	const dir = copyContent();
	let recorded: ReturnType<typeof accept>;
	beforeAll(() => {
		recorded = accept(dir, 'basic', { addOns: ['secretarial/newsletter'] });
	});

	it('writes the accepted: block into the proposal file, keeping its comments', () => {
		expect(recorded.problems).toEqual([]);
		const text = readFileSync(join(dir.proposals, 'basic.yaml'), 'utf8');
		expect(text).toContain('# One package, extras with overrides');
		expect(text).toMatch(
			/accepted:\n {2}date: 2026-11-20\n {2}by: Siobhan O’Brien\n {2}package: starter\n {2}addOns:\n {4}- secretarial\/newsletter\n/,
		);
	});

	it('writes a frozen record that matches its schema and its hash', () => {
		const { record, problems } = loadAcceptedRecord(dir.proposals, 'basic');
		expect(problems).toEqual([]);
		expect(acceptedRecordSchema.safeParse(record).success).toBe(true);
		expect(record?.sha256).toBe(recorded.sha256);
		expect(record?.accepted).toEqual({ date: '2026-11-20', by: 'Siobhan O’Brien', package: 'starter', addOns: ['secretarial/newsletter'] });
	});

	it('holds what a client handbook needs: package, lines with ids, hours, totals and the dates of the term', () => {
		const { record } = loadAcceptedRecord(dir.proposals, 'basic');
		expect(record?.package?.services.map((s) => s.id)).toEqual(['office/mail', 'calendars/calendar-care', 'secretarial/inbox']);
		expect(record?.lines.map((line) => [line.kind, line.id, line.amount])).toEqual([
			['service', 'office/bookkeeping', 38000],
			['service', 'secretarial/letters', 16500],
			['service', 'office/drive-cleanup', 45000],
			['addon', 'secretarial/newsletter', 30000],
		]);
		expect(record?.lines.find((line) => line.id === 'office/bookkeeping')).toMatchObject({
			title: 'Bookkeeping',
			hours: 5,
			deliverables: ['Bookkeeping, done every time', 'A short note when it is done'],
		});
		// £900 + £380 + £165 + £300 = £1,745, 10% off = £1,570.50, + 20% VAT = £1,884.60
		expect(record?.totals.monthlyTotal).toBe(188460);
		expect(record?.terms).toEqual({
			startDate: '2027-01-04',
			termMonths: 3,
			termEnds: '2027-04-03',
			noticeDays: 30,
			noticeDeadline: '2027-03-04',
			rollover: 1,
			overageRate: 5000,
			billing: 'advance',
			paymentDueDays: 14,
		});
	});

	it('refuses to accept the same proposal twice', () => {
		expect(lines(accept(dir, 'basic').problems)).toContain('was already accepted on 2026-11-20 by Siobhan O’Brien; write a revision');
	});
});

describe('choices that were not offered', () => {
	it('names the nearest package and add-on that were, and writes nothing', () => {
		const dir = copyContent();
		const before = snapshot(dir.content);
		const result = accept(dir, 'tiers', { package: 'plsu', addOns: ['office/bookkeeping'] });
		const text = lines(result.problems);
		expect(text).toContain('tiers.yaml: --package: "plsu" was not offered; did you mean "plus"? offered: starter, plus');
		expect(text).toContain(
			'tiers.yaml: --add-on: "office/bookkeeping" is not an optional add-on of this proposal; did you mean "secretarial/newsletter"? offered: secretarial/newsletter',
		);
		expect(snapshot(dir.content)).toEqual(before);
	});
});

describe('after acceptance, the catalog changes', () => {
	const dir = copyContent();
	let first: Awaited<ReturnType<typeof build>>;
	let second: Awaited<ReturnType<typeof build>>;
	const pdf = hasChromium ? 'required' : 'off';
	beforeAll(async () => {
		expect(accept(dir, 'basic', { addOns: ['secretarial/newsletter'] }).problems).toEqual([]);
		const options = { contentDir: dir.content, proposalsDir: dir.proposals, pdf } as const;
		first = await build({ ...options, outDir: join(tempDir('first'), 'proposals') });
		// Both proposals offer the Starter package: raise its fee and rename a service basic uses.
		const starter = join(dir.content, 'packages/starter.md');
		writeFileSync(starter, readFileSync(starter, 'utf8').replace('monthlyFee: 900', 'monthlyFee: 950'));
		const letters = join(dir.content, 'services/secretarial/letters.md');
		writeFileSync(letters, readFileSync(letters, 'utf8').replace('title: Formal letters', 'title: Letters and replies'));
		second = await build({ ...options, outDir: join(tempDir('second'), 'proposals') });
	}, 120_000);

	const file = (run: typeof first, id: string, name: string) => readFileSync(join(run.built.find((b) => b.id === id)!.dir, name));

	it.each(['proposal.html', 'proposal.md', 'proposal.json', 'contract.ics'])('leaves the accepted proposal’s %s byte-identical', (name) => {
		expect(first.problems).toEqual([]);
		expect(second.problems).toEqual([]);
		expect(file(second, 'basic', name).equals(file(first, 'basic', name))).toBe(true);
	});

	it.each(['proposal.html', 'proposal.md', 'proposal.json'])('changes the open proposal’s %s, which uses the same package', (name) => {
		expect(file(second, 'tiers', name).equals(file(first, 'tiers', name))).toBe(false);
	});

	it.skipIf(!hasChromium)('leaves the accepted proposal’s PDF text unchanged', () => {
		const text = (run: typeof first) => pdfText(join(run.built.find((b) => b.id === 'basic')!.dir, 'proposal.pdf'));
		expect(text(second)).toBe(text(first));
		expect(text(second)).toContain('Accepted on 20 November 2026 by Siobhan O’Brien');
	});

	it('shows the acceptance and the record’s hash in the documents, and the choice in the JSON', () => {
		const { record } = loadAcceptedRecord(dir.proposals, 'basic');
		const md = file(second, 'basic', 'proposal.md').toString();
		expect(md).toContain('**Accepted on 20 November 2026 by Siobhan O’Brien.**');
		expect(md).toContain(record!.sha256);
		expect(md).toContain('Formal letters');
		const json = JSON.parse(file(second, 'basic', 'proposal.json').toString());
		expect(json.status).toBe('accepted');
		expect(json.accepted).toEqual({
			date: '2026-11-20',
			by: 'Siobhan O’Brien',
			package: 'starter',
			addOns: ['secretarial/newsletter'],
			sha256: record!.sha256,
		});
		expect(json.options[0].totals.monthlyTotal).toBe(188460);
	});

	it('warns, per accepted proposal, what in the live catalog now differs', () => {
		const { problems, warnings } = check(dir);
		expect(problems).toEqual([]);
		const text = lines(warnings.filter((w) => w.field === 'accepted'));
		expect(text).toContain(
			'basic.yaml: accepted: the live catalog now differs from what was accepted on 2026-11-20 (the contract keeps the accepted figures and text): package starter monthly fee: £900.00 → £950.00',
		);
		expect(text).toContain('secretarial/letters title: "Formal letters" → "Letters and replies"');
		expect(text).toContain('monthly total: £1,884.60 → £1,938.60');
		expect(text).not.toContain('tiers.yaml');
	});
});

describe('tampering with an accepted proposal', () => {
	it('is a check error to edit the proposal file after acceptance', () => {
		const dir = copyContent();
		accept(dir, 'basic');
		const path = join(dir.proposals, 'basic.yaml');
		writeFileSync(path, readFileSync(path, 'utf8').replace('amount: 380', 'amount: 350'));
		expect(lines(check(dir).problems)).toMatch(
			/basic\.yaml: accepted: the file was edited after it was accepted on 2026-11-20; an accepted contract is frozen: undo the edit \(git checkout\) and write a revision instead \(a new file with revises: basic\)$/,
		);
	});

	it('accepts comments and layout changes, which change no value', () => {
		const dir = copyContent();
		accept(dir, 'basic');
		const path = join(dir.proposals, 'basic.yaml');
		writeFileSync(path, `# Signed copy filed in the client folder.\n${readFileSync(path, 'utf8')}`);
		expect(check(dir).problems).toEqual([]);
	});

	it('is a check error to edit the frozen record', () => {
		const dir = copyContent();
		accept(dir, 'basic');
		const path = recordPath(dir.proposals, 'basic');
		writeFileSync(path, readFileSync(path, 'utf8').replace('"monthlyTotal": 156060', '"monthlyTotal": 150000'));
		expect(lines(check(dir).problems)).toMatch(/accepted\/basic\.json: sha256: the record was changed after it was written/);
	});

	it('is a check error to delete the record or the accepted: block', () => {
		const dir = copyContent();
		accept(dir, 'basic');
		rmSync(recordPath(dir.proposals, 'basic'));
		expect(lines(check(dir).problems)).toMatch(
			/basic\.yaml: accepted: records an acceptance but its frozen record .*accepted\/basic\.json is missing/,
		);

		const other = copyContent();
		accept(other, 'basic');
		const path = join(other.proposals, 'basic.yaml');
		writeFileSync(path, readFileSync(path, 'utf8').replace(/accepted:[\s\S]*$/, ''));
		expect(lines(check(other).problems)).toMatch(/basic\.yaml: accepted: is missing, but .*accepted\/basic\.json records an acceptance/);
	});
});

describe('a revision', () => {
	const dir = copyContent();
	let result: Awaited<ReturnType<typeof build>>;
	beforeAll(async () => {
		// A counter-offer: bookkeeping at the catalog price, letters dropped, a longer drive clean-up, event booking added.
		const text = readFileSync(join(dir.proposals, 'basic.yaml'), 'utf8')
			.replace('  - id: office/bookkeeping\n    amount: 380\n', '  - id: office/bookkeeping\n')
			.replace('  - id: secretarial/letters\n    hours: 3\n', '')
			.replace('  - id: office/drive-cleanup\n', '  - id: office/drive-cleanup\n    hours: 10\n')
			.replace('  - id: calendars/event-booking\n    optional: true\n', '  - id: calendars/event-booking\n');
		writeFileSync(join(dir.proposals, 'basic-v2.yaml'), `revises: basic\n${text}`);
		result = await build({ contentDir: dir.content, proposalsDir: dir.proposals, outDir: join(tempDir('rev'), 'proposals') });
	});
	const json = (id: string) => JSON.parse(readFileSync(join(result.built.find((b) => b.id === id)!.dir, 'proposal.json'), 'utf8'));
	const md = (id: string) => readFileSync(join(result.built.find((b) => b.id === id)!.dir, 'proposal.md'), 'utf8');

	it('lists lines added, removed, re-priced and re-scoped', () => {
		expect(result.problems).toEqual([]);
		const { redline } = json('basic-v2');
		expect(redline.changes.map((c: { kind: string; id: string }) => [c.kind, c.id])).toEqual([
			['repriced', 'office/bookkeeping'],
			['rescoped', 'office/drive-cleanup'],
			['added', 'calendars/event-booking'],
			['removed', 'secretarial/letters'],
		]);
	});

	it('states totals that agree with both documents', () => {
		const { redline } = json('basic-v2');
		const before = json('basic').options[0];
		const after = json('basic-v2').options[0];
		expect(redline.monthlyTotal).toEqual({
			before: before.totals.monthlyTotal,
			after: after.totals.monthlyTotal,
			change: after.totals.monthlyTotal - before.totals.monthlyTotal,
		});
		expect(redline.oneTimeTotal.before).toBe(before.totals.oneTimeTotal);
		expect(redline.oneTimeTotal.after).toBe(after.totals.oneTimeTotal);
		expect(redline.minimumContractValue).toMatchObject({
			before: before.totals.minimumContractValue,
			after: after.totals.minimumContractValue,
		});
		expect(md('basic-v2')).toContain('## What changed since basic');
		expect(md('basic-v2')).toContain('| Monthly total | £1,560.60 | £1,466.36 | -£94.24 |');
		expect(md('basic')).toContain('| **Monthly total** | **£1,560.60** |');
		expect(md('basic-v2')).toContain('| **Monthly total** | **£1,466.36** |');
	});

	it('marks the proposal it replaces as superseded', () => {
		expect(md('basic')).toContain('**Superseded by proposal basic-v2.**');
		expect(json('basic').status).toBe('superseded');
		expect(md('basic-v2')).not.toContain('Superseded');
	});

	it('must revise a proposal that exists', async () => {
		writeFileSync(
			join(dir.proposals, 'basic-v3.yaml'),
			readFileSync(join(dir.proposals, 'basic-v2.yaml'), 'utf8').replace('revises: basic', 'revises: basik'),
		);
		expect(lines(check(dir).problems)).toMatch(/basic-v3\.yaml: revises: unknown proposal "basik"; did you mean "basic"\?/);
		rmSync(join(dir.proposals, 'basic-v3.yaml'));
	});
});
