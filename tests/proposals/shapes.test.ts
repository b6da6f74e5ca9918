/**
 * Every contract shape an OBM sells beyond a retainer with monthly extras: à la carte (no package),
 * hourly work billed once, fixed-price projects paid as deposit and balance. Golden files as in
 * golden.test.ts (refresh with `UPDATE_GOLDEN=1 npx vitest run tests/proposals/shapes.test.ts`), plus
 * the figures each shape must show.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../../src/lib/proposals/build.ts';
import { build, builtFile, expectGolden } from './support.ts';

const shapes = resolve('tests/fixtures/proposals-shapes');

let result: BuildResult;
beforeAll(async () => {
	result = await build({ proposalsDir: shapes });
	expect(result.problems).toEqual([]);
});

const output = (id: string, file: string) => builtFile(result, id, file);
const json = (id: string) => JSON.parse(output(id, 'proposal.json'));

describe.each(['a-la-carte', 'launch-cover', 'project-deposit'])('golden files of the contract shape %s', (id) => {
	it.each(['proposal.html', 'proposal.md', 'proposal.json'])('renders %s exactly as the golden file', (file) => {
		expectGolden(output(id, file), id, file);
	});
});

describe('à la carte', () => {
	it('has no package line and totals the services alone', () => {
		const [option] = json('a-la-carte').options;
		expect(option.package).toBeNull();
		expect(option.lines.map((line: { kind: string; id: string }) => line.id)).toEqual([
			'secretarial/inbox',
			'office/bookkeeping',
			'office/drive-cleanup',
			'secretarial/newsletter',
		]);
		// £350 + £400 a month, 20% VAT added; the £450 project once, with its own VAT.
		expect(option.totals).toMatchObject({ recurringSubtotal: 75000, monthlyTotal: 90000, oneTimeTax: 9000, oneTimeTotal: 54000 });
		expect(option.totals.effectiveHourlyRate).toBe(6818); // £750 ÷ 11 h
	});

	it('shows no retainer row in the documents', () => {
		expect(output('a-la-carte', 'proposal.html')).not.toContain('retainer<span');
		expect(output('a-la-carte', 'proposal.md')).toContain('Each service is priced on its own');
	});
});

describe('hourly work billed once', () => {
	it('is a one-time line of hours × rate, not in the monthly total', () => {
		const [option] = json('launch-cover').options;
		const cover = option.lines.find((line: { id: string }) => line.id === 'calendars/event-booking');
		expect(cover).toMatchObject({ model: 'hourly', recurring: false, hours: 8, unitAmount: 3850, amount: 30800 });
		expect(option.totals.monthlyTotal).toBe(108000); // the £900 package + VAT only
		expect(option.totals.oneTimeTotal).toBe(36960);
	});

	it('says the hours are billed once', () => {
		expect(output('launch-cover', 'proposal.md')).toContain('Event booking (8 h × £38.50 an hour, billed once)');
	});
});

describe('deposit and balance', () => {
	it('splits the one-time total into a payment schedule that adds up to it', () => {
		const [option] = json('project-deposit').options;
		expect(option.totals.oneTimeTotal).toBe(144000); // £1,200 + 20% VAT
		expect(option.paymentSchedule).toEqual([
			{ kind: 'deposit', amount: 72000, due: null },
			{ kind: 'balance', amount: 72000, due: '2027-02-15' },
		]);
	});

	it('shows the deposit and the balance in the pricing table and the terms', () => {
		const md = output('project-deposit', 'proposal.md');
		expect(md).toContain('| Deposit, 50%, due on acceptance | £720.00 |');
		expect(md).toContain('| Balance, due on 15 February 2027 | £720.00 |');
		expect(md).toContain('a deposit of 50% on acceptance, and the balance on 15 February 2027');
	});
});

describe('figures that read right', () => {
	it('gives one-time fees their own tax row, so the lines and the tax add up to the total', () => {
		const html = output('project-deposit', 'proposal.html');
		const oneTime = html.slice(html.indexOf('>One-time</th>'), html.indexOf('One-time total'));
		expect(oneTime).toContain('<td>£1,200.00</td>');
		expect(oneTime).toMatch(/<td>VAT 20%<\/td>\s*<td data-values="£240\.00">£240\.00<\/td>/);
	});

	it('never calls the same monthly figure both "VAT included" and "VAT is added"', () => {
		const md = output('launch-cover', 'proposal.md');
		expect(md).toContain('VAT at 20% is added');
		expect(md).not.toContain('VAT included');
	});

	it('marks one-time procedures and adds the recurring rows up to the stated workload', () => {
		const md = output('project-deposit', 'proposal.md');
		expect(md).toContain(
			'Tidy the shared drive](https://harbour-lane.example/handbook/office/tidy-drive/) (as needed, not in the workload)',
		);
		const rows = [...md.matchAll(/^\| \[[^\]]+\]\([^)]+\)(?![^|]*not in the workload)[^|]*\|[^|]*\|[^|]*\| ([\d.]+) \|/gm)].map((m) =>
			Number(m[1]),
		);
		const total = Number(/\*\*Recurring work a month\*\* \| \| \| \*\*([\d.]+)\*\*/.exec(md)?.[1]);
		expect(rows.length).toBeGreaterThan(2);
		expect(Math.round(rows.reduce((a, b) => a + b, 0) * 10) / 10).toBe(total);
		expect(md).toContain(`**Estimated workload:** ${total} h of`);
	});
});
