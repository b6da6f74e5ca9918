/** Tool substitution: whole names only, in text and never in markup. */
import { describe, expect, it } from 'vitest';
import { substituteTools, substituteToolsInHtml } from '../../src/lib/clients/tools.ts';

const tools = { 'QuickBooks Online': 'Xero', Stripe: 'Square', QuickBooks: 'Sage' };

describe('substituteTools', () => {
	it('replaces whole names, longest first', () => {
		expect(substituteTools('Match Stripe payouts in QuickBooks Online, not QuickBooks.', tools)).toBe(
			'Match Square payouts in Xero, not Sage.',
		);
	});

	it('leaves names that are part of a longer word', () => {
		expect(substituteTools('Stripes and MyStripe stay.', tools)).toBe('Stripes and MyStripe stay.');
	});
});

describe('substituteToolsInHtml', () => {
	it('changes text but not attribute values or tag names', () => {
		const html = '<p><a href="/handbook/by-tool/stripe/" title="Stripe">Stripe</a> and QuickBooks Online</p>';
		expect(substituteToolsInHtml(html, tools)).toBe('<p><a href="/handbook/by-tool/stripe/" title="Stripe">Square</a> and Xero</p>');
	});
});
