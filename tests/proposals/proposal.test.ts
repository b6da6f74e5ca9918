import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPaper } from '../../src/lib/proposals/paper.ts';
import { proposalJson } from '../../src/lib/proposals/output.ts';
import { copyFixture, edit } from '../helpers/fixture.ts';
import { build, resolveFixture } from './support.ts';

describe('a single-package proposal', () => {
	const { proposal, warnings } = resolveFixture('basic');
	const option = proposal.options[0]!;
	const line = (id: string) => proposal.lines.find((l) => l.service.id === id)!;

	it('prices extras with the proposal’s overrides of amount and hours', () => {
		expect(line('office/bookkeeping')).toMatchObject({ model: 'monthly', amount: 38000, overrides: { amount: true, hours: false } });
		expect(line('secretarial/letters')).toMatchObject({
			model: 'hourly',
			hours: 3,
			unitAmount: 5500,
			amount: 16500,
			overrides: { hours: true, amount: false },
		});
		expect(line('office/drive-cleanup')).toMatchObject({ model: 'fixed', recurring: false, amount: 45000 });
	});

	it('computes the totals checked by hand', () => {
		expect(option.totals).toMatchObject({
			recurringSubtotal: 144500,
			discount: 14450,
			recurringTax: 26010,
			monthlyTotal: 156060,
			oneTimeTotal: 54000,
			firstInvoice: 210060,
			minimumContractValue: 522180,
			effectiveHourlyRate: 7225,
		});
	});

	it('numbers the optional add-ons as bits and leaves them out of the totals', () => {
		expect(proposal.addons.map((addon) => [addon.service.id, addon.addon])).toEqual([
			['secretarial/newsletter', 0],
			['calendars/event-booking', 1],
		]);
		expect(option.choices).toHaveLength(4);
		expect(option.choices[1]?.monthlyTotal).toBe(188460); // + £300 newsletter, discounted and taxed
	});

	it('says who performs each service from its delivery mode', () => {
		expect(line('office/bookkeeping').performer).toMatchObject({
			mode: 'subcontract',
			label: 'Bookkeeper (subcontractor), managed by Priya Nair',
		});
		expect(line('office/drive-cleanup').performer).toMatchObject({ mode: 'manage', label: 'Your team, coordinated by Priya Nair' });
		expect(line('secretarial/letters').performer).toMatchObject({ mode: 'perform', label: 'Priya Nair, your online business manager' });
		expect(line('calendars/event-booking').performer.label).toBe('A specialist (subcontractor), managed by Priya Nair');
	});

	it('estimates capacity from the selected services’ procedures against the hours paid for', () => {
		// Each procedure rounded to a tenth, as its row shows it, then summed, so the rows add up to the figure:
		// inbox daily 20 min (7.2 h) + weekly review 45 min (3.3 h) + post weekly 30 min (2.2 h) + books 150 min (2.5 h)
		expect(option.capacity).toEqual({ estimatedHours: 15.2, includedHours: 18, percent: 84, over: false });
		// The newsletter add-on brings its 3 h procedure and its 4 h.
		expect(option.capacityByChoice[1]).toEqual({ estimatedHours: 18.2, includedHours: 22, percent: 83, over: false });
	});

	it('groups the scope by duty area in catalog order', () => {
		expect(proposal.scope.map((area) => area.id)).toEqual(['office', 'calendars', 'secretarial']);
		expect(proposal.scope[0]?.items.map((item) => [item.service.id, item.badge])).toEqual([
			['office/bookkeeping', 'Additional service'],
			['office/mail', 'Included in your retainer'],
			['office/drive-cleanup', 'Additional one-time project'],
		]);
	});

	it('links each public procedure to the published handbook', () => {
		const procedures = proposal.procedures.flatMap((group) => group.items);
		expect(procedures.find((p) => p.id === 'office/reconcile-books')?.url).toBe(
			'https://harbour-lane.example/handbook/office/reconcile-books/',
		);
		expect(procedures.find((p) => p.id === 'secretarial/send-newsletter')?.draft).toBe(true);
	});

	it('takes the terms from site.yaml when the proposal overrides none', () => {
		expect(proposal.terms).toEqual({
			noticeDays: 30,
			rollover: 1,
			overageRate: 5000,
			billing: 'advance',
			paymentDueDays: 14,
			minimumTermMonths: null,
		});
		expect(option.termMonths).toBe(3);
		expect(option.termEnds).toBe('2027-04-03');
	});

	it('has no warnings while the offer is valid and within capacity', () => {
		expect(warnings).toEqual([]);
	});

	it('warns once the offer is past validUntil', () => {
		expect(resolveFixture('basic', '2026-12-05').warnings).toEqual([
			'validUntil: the offer expired on 2026-12-02 (3 days ago); set a new validUntil before sending it',
		]);
	});

	it('writes JSON for invoicing in integer minor units with the currency', () => {
		const json = proposalJson(proposal);
		expect(json).toMatchObject({ currency: 'GBP', minorUnitDigits: 2, recommended: 'starter' });
		expect(json.options[0]?.lines.map((l) => [l.kind, l.id, l.amount, l.recurring])).toEqual([
			['package', 'starter', 90000, true],
			['service', 'office/bookkeeping', 38000, true],
			['service', 'secretarial/letters', 16500, true],
			['service', 'office/drive-cleanup', 45000, false],
			['addon', 'secretarial/newsletter', 30000, true],
			['addon', 'calendars/event-booking', 5775, true],
		]);
		expect(json.options[0]?.totals.monthlyTotal).toBe(156060);
	});
});

describe('a proposal offering packages side by side', () => {
	const { proposal, warnings } = resolveFixture('tiers');
	const [starter, plus] = proposal.options;

	it('marks the recommended option', () => {
		expect(proposal.multiple).toBe(true);
		expect(proposal.recommended).toBe(1);
		expect([starter?.recommended, plus?.recommended]).toEqual([false, true]);
	});

	it('prices an extra as included in the option whose package already has it', () => {
		const index = proposal.lines.findIndex((l) => l.service.id === 'office/bookkeeping');
		expect(starter?.lines[index]).toEqual({ included: false, amount: 40000 });
		expect(plus?.lines[index]).toEqual({ included: true, amount: 0 });
	});

	it('takes tax-inclusive prices and an amount discount from the proposal', () => {
		expect(proposal.tax).toMatchObject({ rate: 20, label: 'VAT', inclusive: true });
		expect(plus?.totals).toMatchObject({
			recurringSubtotal: 160000,
			discount: 5000,
			monthlyTotal: 155000,
			recurringTax: 25833,
			recurringNet: 129167,
		});
	});

	it('gives each option its own minimum term', () => {
		expect([starter?.termMonths, plus?.termMonths]).toEqual([3, 6]);
		expect(plus?.totals.minimumContractValue).toBe(155000 * 6);
	});

	it('applies the proposal’s term overrides over the site’s', () => {
		expect(proposal.terms).toMatchObject({ noticeDays: 60, billing: 'arrears', paymentDueDays: 14 });
	});

	it('lists public catalog services left out, never internal ones', () => {
		const left = proposal.notIncluded.flatMap((group) => group.items.map((service) => service.id));
		expect(left).toEqual(['office/drive-cleanup', 'calendars/event-booking', 'secretarial/letters']);
		expect(left).not.toContain('office/internal-audit');
	});

	it('warns about an option whose procedures need more hours than it includes', () => {
		expect(warnings).toEqual([
			"packages[0]: over capacity: the selected services' procedures need about 15.2 h a month, the Starter option includes 15 h",
		]);
	});
});

describe('paper size', () => {
	it('prints on Letter in the US and Canada and on A4 elsewhere', () => {
		expect(defaultPaper('en-US')).toBe('letter');
		expect(defaultPaper('fr-CA')).toBe('letter');
		expect(defaultPaper('en-GB')).toBe('A4');
		expect(defaultPaper('de')).toBe('A4');
	});
});

describe('zero- and three-decimal currencies end to end', () => {
	it.each([
		// currency, locale, monthly total of `basic` without tax: 900 + 380 + 3 × 55 = 1445, less 10%
		['JPY', 'ja-JP', 1300, '￥1,300'], // the 144.5 yen discount rounds half away from zero to 145
		['KWD', 'en-KW', 1_300_500, 'KWD\u00a01,300.500'],
	])('renders the fixture proposal in %s', async (currency, locale, minor, formatted) => {
		const content = copyFixture('proposals-basic');
		edit(content, 'site.yaml', 'currency: GBP', `currency: ${currency}`);
		edit(content, 'site.yaml', 'locale: en-GB', `locale: ${locale}`);
		edit(content, 'site.yaml', 'rate: 20', 'rate: 0');
		edit(content, 'services/calendars/event-booking.md', 'amount: 38.5', 'amount: 38');
		const result = await build({ contentDir: content, proposalsDir: join(content, 'proposals'), only: 'basic' });
		expect(result.problems).toEqual([]);
		const dir = result.built[0]!.dir;
		const json = JSON.parse(readFileSync(join(dir, 'proposal.json'), 'utf8'));
		expect(json.currency).toBe(currency);
		expect(json.options[0].totals.monthlyTotal).toBe(minor);
		expect(readFileSync(join(dir, 'proposal.html'), 'utf8')).toContain(formatted);
	});
});
