/** A client's view of the catalog: which SOPs, whose names, which tools, which time zone. */
import { describe, expect, it } from 'vitest';
import { fixtureWorkspace } from './support.ts';

const alpha = fixtureWorkspace('alpha');
const bravo = fixtureWorkspace('bravo');
const ids = (workspace: typeof alpha) => workspace.catalog.sops.map((sop) => sop.id).sort();

describe('the SOP set of a client', () => {
	it("holds the services' SOPs plus the client's own, without internal practice SOPs or retired ones", () => {
		// Basic = bookkeeping (reconcile-books, rotate-vault-keys: internal) + calendar care (weekly-review, plan-quarter).
		expect(ids(alpha)).toEqual(['calendars/plan-quarter', 'calendars/weekly-review', 'office/alpha-only', 'office/reconcile-books']);
	});

	it('leaves out excluded SOPs and takes the client’s file in place of a library SOP with the same id', () => {
		expect(ids(bravo)).toEqual(['calendars/weekly-review', 'office/reconcile-books']);
		expect(bravo.catalog.sops.find((sop) => sop.id === 'office/reconcile-books')?.title).toBe('Reconcile the books, the Bravosop way');
		expect(bravo.ownSops).toEqual(['office/reconcile-books']);
	});

	it('shows only the duty areas that hold one of its SOPs, and only the engaged package', () => {
		expect(bravo.catalog.areas.map((area) => area.id).sort()).toEqual(['calendars', 'office']);
		expect(bravo.catalog.packages.map((pkg) => pkg.id)).toEqual(['basic']);
	});
});

describe('names in a client view', () => {
	const title = (workspace: typeof alpha, role: string) => workspace.catalog.roles.find((entry) => entry.id === role)?.title;

	it('puts the named person in place of the role title', () => {
		expect(title(alpha, 'va')).toBe('Alphaperson Quill');
		expect(title(bravo, 'bookkeeper')).toBe('Bravoperson Reyes');
	});

	it('makes the owner role the client', () => {
		expect(title(alpha, 'owner')).toBe('Alphaowner Jones');
	});

	it('keeps the title of a role with nobody named', () => {
		expect(title(alpha, 'bookkeeper')).toBe('Bookkeeper');
	});
});

describe('tools in a client view', () => {
	const reconcile = alpha.catalog.sops.find((sop) => sop.id === 'office/reconcile-books');

	it('replaces the library tool in metadata, checklist and body text', () => {
		expect(reconcile?.tools).toContain('Alphatool Ledger');
		expect(reconcile?.tools).not.toContain('QuickBooks Online');
		expect(JSON.stringify(reconcile)).not.toContain('QuickBooks Online');
		expect(reconcile?.body).toContain('Alphatool Ledger');
	});

	it('uses the client time zone and locale', () => {
		expect(bravo.catalog.site.timezone).toBe('Asia/Tokyo');
		expect(alpha.catalog.site.locale).toBe('en-US');
		expect(bravo.catalog.site.locale).toBe('en-GB');
	});
});
