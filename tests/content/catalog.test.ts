import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadCatalog } from '../../src/lib/catalog/load.ts';
import { formatProblem } from '../../src/lib/core/problems.ts';
import { copyFixture, edit, fixturesDir, remove, write } from '../helpers/fixture.ts';

const dirs: string[] = [];
function broken(): string {
	const dir = copyFixture('basic');
	dirs.push(dir);
	return dir;
}
afterEach(() => dirs.splice(0).forEach(remove));

function lines(dir: string): string[] {
	return loadCatalog(dir).problems.map(formatProblem);
}

describe('loadCatalog', () => {
	it('loads a valid content set into one typed catalog', () => {
		const { catalog, problems } = loadCatalog(join(fixturesDir, 'basic'));
		expect(problems).toEqual([]);
		expect(catalog?.site.name).toBe('Fixture Ops');
		expect(catalog?.areas.map((a) => a.id)).toEqual(['office', 'calendars']);
		expect(catalog?.sops.map((s) => s.id)).toContain('office/reconcile-books');
	});

	it('parses money into integer minor units of the site currency', () => {
		const { catalog } = loadCatalog(join(fixturesDir, 'basic'));
		expect(catalog?.site.hourlyRate).toBe(5000);
		expect(catalog?.services.find((s) => s.id === 'office/bookkeeping')?.pricing.amount).toBe(45050);
		expect(catalog?.packages[0]?.monthlyFee).toBe(70000);
	});

	it('applies defaults a writer may leave out', () => {
		const { catalog } = loadCatalog(join(fixturesDir, 'basic'));
		const review = catalog?.sops.find((s) => s.id === 'calendars/weekly-review');
		expect(review?.audience).toBe('public');
		expect(review?.status).toBe('active');
		expect(review?.raci.consulted).toEqual([]);
		expect(review?.schedule).toEqual({ weekday: 'fr', dayOfMonth: 1, month: 1, time: '14:00' });
		expect(catalog?.site.tax).toEqual({ rate: 0, label: 'Tax', inclusive: false });
	});

	it('reports a missing required field with the file and field', () => {
		const dir = broken();
		edit(dir, 'sops/office/reconcile-books.md', /^purpose: .*\n/m, '');
		expect(lines(dir)).toContain(`${dir}/sops/office/reconcile-books.md: purpose: required field is missing (expected string)`);
	});

	it('reports a wrong type with what was found', () => {
		const dir = broken();
		edit(dir, 'sops/office/reconcile-books.md', 'estimatedMinutes: 90', 'estimatedMinutes: ninety');
		expect(lines(dir).join('\n')).toMatch(/reconcile-books\.md: estimatedMinutes: expected number, found "ninety"/);
	});

	it('rejects a date that does not exist', () => {
		const dir = broken();
		edit(dir, 'sops/office/reconcile-books.md', 'reviewed: 2026-10-01', 'reviewed: 2026-02-30');
		expect(lines(dir).join('\n')).toMatch(/reconcile-books\.md: reviewed: expected a real date written as YYYY-MM-DD, found "2026-02-30"/);
	});

	it('rejects an unknown enum value and lists the allowed ones', () => {
		const dir = broken();
		edit(dir, 'sops/office/reconcile-books.md', 'frequency: monthly', 'frequency: fortnightly');
		expect(lines(dir).join('\n')).toMatch(/frequency: expected one of "daily", "weekly", "biweekly", "monthly", "quarterly", "annually", "as-needed", found "fortnightly"/);
	});

	it('names the nearest valid id for a dangling reference', () => {
		const dir = broken();
		edit(dir, 'services/office/bookkeeping.md', '- office/reconcile-books', '- office/reconcile-book');
		expect(lines(dir).join('\n')).toMatch(/bookkeeping\.md: sops\[0\]: unknown SOP "office\/reconcile-book"; did you mean "office\/reconcile-books"\?/);
	});

	it('reports a dangling role in the RACI', () => {
		const dir = broken();
		edit(dir, 'sops/office/reconcile-books.md', 'responsible: va', 'responsible: vaa');
		expect(lines(dir).join('\n')).toMatch(/raci\.responsible\[0\]: unknown role "vaa"; did you mean "va"\?/);
	});

	it('requires exactly one accountable role', () => {
		const dir = broken();
		edit(dir, 'sops/office/reconcile-books.md', 'accountable: obm', 'accountable: [obm, owner]');
		expect(lines(dir).join('\n')).toMatch(/raci\.accountable: exactly one role must be accountable, found a list of 2/);
	});

	it('reports a duplicate id', () => {
		const dir = broken();
		write(dir, 'sops/office/reconcile-books.mdx', '---\ntitle: x\n---\n');
		expect(lines(dir).join('\n')).toMatch(/reconcile-books\.mdx: id: duplicate id "office\/reconcile-books", also used by .*reconcile-books\.md/);
	});

	it('reports a duplicate role id', () => {
		const dir = broken();
		edit(dir, 'roles.yaml', '- id: va', '- id: obm');
		expect(lines(dir).join('\n')).toMatch(/roles\.yaml: \[2\]\.id: duplicate role id "obm"/);
	});

	it('reports malformed YAML with line and column', () => {
		const dir = broken();
		edit(dir, 'sops/office/reconcile-books.md', 'tools: [QuickBooks Online]', 'tools: [QuickBooks Online');
		expect(lines(dir).join('\n')).toMatch(/reconcile-books\.md: line \d+, column \d+: YAML syntax error/);
	});

	it('reports malformed YAML in site.yaml with its line', () => {
		const dir = broken();
		edit(dir, 'site.yaml', 'owner: Test Owner', 'owner: "Test Owner');
		expect(lines(dir).join('\n')).toMatch(/site\.yaml: line \d+, column \d+: YAML syntax error/);
	});

	it('validates locale, currency and time zone against Intl', () => {
		const dir = broken();
		edit(dir, 'site.yaml', 'currency: USD', 'currency: USX');
		edit(dir, 'site.yaml', 'timezone: America/New_York', 'timezone: Mars/Olympus');
		edit(dir, 'site.yaml', 'locale: en-US', 'locale: "not a locale!"');
		const text = lines(dir).join('\n');
		expect(text).toMatch(/site\.yaml: currency: expected an ISO 4217 currency code/);
		expect(text).toMatch(/site\.yaml: timezone: expected an IANA time zone/);
		expect(text).toMatch(/site\.yaml: locale: expected a BCP 47 locale/);
	});

	it('rejects negative money and more decimals than the currency has', () => {
		const dir = broken();
		edit(dir, 'packages/starter.md', 'monthlyFee: 700', 'monthlyFee: -700');
		edit(dir, 'services/office/bookkeeping.md', 'amount: 450.50', 'amount: 450.505');
		const text = lines(dir).join('\n');
		expect(text).toMatch(/starter\.md: monthlyFee: expected a non-negative amount/);
		expect(text).toMatch(/bookkeeping\.md: pricing\.amount: USD allows at most 2 decimals, found 450\.505/);
	});

	it('parses zero-decimal and three-decimal currencies', () => {
		const dir = broken();
		edit(dir, 'site.yaml', 'currency: USD', 'currency: KWD');
		edit(dir, 'services/office/bookkeeping.md', 'amount: 450.50', 'amount: 450.125');
		expect(loadCatalog(dir).catalog?.services.find((s) => s.id === 'office/bookkeeping')?.pricing.amount).toBe(450125);
		edit(dir, 'site.yaml', 'currency: KWD', 'currency: JPY');
		expect(lines(dir).join('\n')).toMatch(/pricing\.amount: JPY has no minor units, so 450\.125 must be a whole number/);
	});

	it('reports an unknown field so typos do not pass silently', () => {
		const dir = broken();
		edit(dir, 'sops/office/reconcile-books.md', 'estimatedMinutes: 90', 'estimatedMinutes: 90\nestimatedMins: 90');
		expect(lines(dir).join('\n')).toMatch(/reconcile-books\.md: \(file\): unknown field "estimatedMins"/);
	});

	it('reports a file filed under the wrong area folder', () => {
		const dir = broken();
		edit(dir, 'services/office/bookkeeping.md', 'area: office', 'area: calendars');
		expect(lines(dir).join('\n')).toMatch(/bookkeeping\.md: area: is "calendars" but the file is in the "office" folder/);
	});

	it('reports every problem of a run together', () => {
		const dir = broken();
		edit(dir, 'sops/office/reconcile-books.md', 'frequency: monthly', 'frequency: sometimes');
		edit(dir, 'sops/calendars/weekly-review.md', 'accountable: owner', 'accountable: ownr');
		edit(dir, 'services/calendars/calendar-care.md', 'delivery: manage', 'delivery: delegate');
		edit(dir, 'packages/starter.md', '- office/bookkeeping', '- office/bookkeepin');
		edit(dir, 'site.yaml', 'email: ops@fixture.example', 'email: not-an-email');
		const problems = loadCatalog(dir).problems;
		expect(problems).toHaveLength(5);
		expect(new Set(problems.map((p) => p.file.split('/').pop()))).toEqual(
			new Set(['reconcile-books.md', 'weekly-review.md', 'calendar-care.md', 'starter.md', 'site.yaml']),
		);
	});
});
