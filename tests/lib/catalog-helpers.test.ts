import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticContent } from '../../src/lib/bench/synthetic.ts';
import { loadCatalog } from '../../src/lib/catalog/load.ts';
import { checkProposals } from '../../src/lib/proposals/build.ts';
import { delivery } from '../../src/lib/catalog/delivery.ts';
import {
	effectiveHourlyRate,
	formatEffectiveHourlyRate,
	formatMinor,
	formatPriceWithTax,
	servicePriceLabel,
	taxNote,
} from '../../src/lib/pricing/labels.ts';
import { packageRowGroups } from '../../src/lib/catalog/package-rows.ts';
import { placeholderProblems } from '../../src/lib/catalog/placeholders.ts';
import { newSopFile } from '../../src/lib/handbook/sop-template.ts';
import { formatProblem } from '../../src/lib/core/problems.ts';
import { sitemapPaths, sitemapXml } from '../../src/lib/site/sitemap.ts';
import { absoluteUrl, contactHref, paths, toolSlug } from '../../src/lib/core/urls.ts';
import { publishedView } from '../../src/lib/catalog/visibility.ts';
import { fixturesDir, copyFixture, remove } from '../helpers/fixture.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const catalog = loadCatalog(join(fixturesDir, 'basic')).catalog!;
const usd = { locale: 'en-US', currency: 'USD' };

describe('publishedView', () => {
	it('drops internal entries and every reference to them from the public edition', () => {
		const view = publishedView(catalog, 'public');
		expect(view.services.map((s) => s.id)).not.toContain('office/secret-service');
		expect(view.sops.map((s) => s.id)).not.toContain('office/margin-sheet');
		expect(view.packages[0]?.services).not.toContain('office/secret-service');
	});

	it('keeps internal entries in the internal edition', () => {
		const view = publishedView(catalog, 'internal');
		expect(view.services.map((s) => s.id)).toContain('office/secret-service');
		expect(view.sops.map((s) => s.id)).toContain('office/margin-sheet');
	});

	it('publishes drafts only in the internal edition, and drops public links to them', () => {
		const drafted = {
			...catalog,
			sops: catalog.sops.map((s) => (s.id === 'calendars/weekly-review' ? { ...s, status: 'draft' as const } : s)),
		};
		const publicView = publishedView(drafted, 'public');
		expect(publicView.sops.map((s) => s.id)).not.toContain('calendars/weekly-review');
		expect(publicView.services.find((s) => s.id === 'calendars/calendar-care')?.sops).toEqual([]);
		expect(publishedView(drafted, 'internal').sops.map((s) => s.id)).toContain('calendars/weekly-review');
	});

	it('never publishes retired SOPs, and drops links to them', () => {
		const retired = {
			...catalog,
			sops: catalog.sops.map((s) => (s.id === 'calendars/weekly-review' ? { ...s, status: 'retired' as const } : s)),
		};
		const view = publishedView(retired, 'internal');
		expect(view.sops.map((s) => s.id)).not.toContain('calendars/weekly-review');
		expect(view.sops.find((s) => s.id === 'office/reconcile-books')?.related).toEqual([]);
		expect(view.services.find((s) => s.id === 'calendars/calendar-care')?.sops).toEqual([]);
	});
});

describe('catalog prices', () => {
	it('formats minor units per locale and currency, dropping .00 on whole amounts', () => {
		expect(formatMinor(45050, usd)).toBe('$450.50');
		expect(formatMinor(120000, usd)).toBe('$1,200');
		expect(formatMinor(1500, { locale: 'ja-JP', currency: 'JPY' })).toBe('￥1,500');
		expect(formatMinor(12345, { locale: 'en-US', currency: 'KWD' }).replace(/\s/g, ' ')).toBe('KWD 12.345');
		expect(formatMinor(45050, { locale: 'de-DE', currency: 'EUR' }).replace(/\s/g, ' ')).toBe('450,50 €');
	});

	it('labels each pricing model in plain words', () => {
		expect(servicePriceLabel({ model: 'monthly', amount: 45000, hours: 6 }, 5000, usd)).toMatchObject({
			amount: '$450',
			unit: 'per month',
		});
		expect(servicePriceLabel({ model: 'hourly', hours: 2.5 }, 5000, usd).explanation).toContain('about 2.5 hours a month ($125)');
		expect(servicePriceLabel({ model: 'fixed', amount: 120000 }, 5000, usd)).toMatchObject({ amount: '$1,200', unit: 'one-time' });
	});

	it('computes a package effective hourly rate rounded to a minor unit', () => {
		expect(effectiveHourlyRate(210000, 30)).toBe(7000);
		expect(effectiveHourlyRate(100000, 3)).toBe(33333);
	});

	it('says whether tax is added or included, only when the site charges it', () => {
		const vat = { locale: 'en-GB', currency: 'GBP', tax: { rate: 20, label: 'VAT', inclusive: false } };
		expect(taxNote(vat)).toBe('plus VAT');
		expect(taxNote({ ...vat, tax: { ...vat.tax, inclusive: true } })).toBe('incl. VAT');
		expect(taxNote({ ...vat, tax: { ...vat.tax, rate: 0 } })).toBeUndefined();
		expect(taxNote(usd)).toBeUndefined();
		expect(formatPriceWithTax(7500, vat)).toBe('£75 plus VAT');
		expect(servicePriceLabel({ model: 'monthly', amount: 45000 }, 5000, vat)).toMatchObject({ amount: '£450', tax: 'plus VAT' });
		expect(servicePriceLabel({ model: 'monthly', amount: 45000 }, 5000, usd).tax).toBeUndefined();
	});

	it('prints an effective hourly rate to the minor unit everywhere, never rounded to whole units', () => {
		const gbp = { locale: 'en-GB', currency: 'GBP' };
		expect(formatEffectiveHourlyRate(190000, 30, gbp)).toBe('£63.33');
		expect(formatEffectiveHourlyRate(210000, 30, gbp)).toBe('£70');
	});

	it('explains every delivery mode', () => {
		expect(Object.keys(delivery)).toEqual(['perform', 'manage', 'subcontract']);
	});
});

describe('package comparison rows', () => {
	it('groups included services by duty area in catalog order, leaving out areas with none', () => {
		const groups = packageRowGroups(catalog.areas, catalog.services, catalog.packages);
		expect(groups.map(({ area, services }) => [area.id, services.map((s) => s.id)])).toEqual(
			catalog.areas
				.map((area) => [
					area.id,
					catalog.services
						.filter((s) => s.area === area.id && catalog.packages.some((p) => p.services.includes(s.id)))
						.sort((a, b) => a.title.localeCompare(b.title))
						.map((s) => s.id),
				])
				.filter(([, ids]) => ids!.length > 0),
		);
		expect(packageRowGroups(catalog.areas, catalog.services, [])).toEqual([]);
	});
});

describe('placeholders left by new:sop', () => {
	const template = newSopFile({ area: 'office', title: 'Count the float', owner: 'obm', today: '2026-01-05' });
	const sop = (status: 'draft' | 'active') => ({
		...catalog.sops[0]!,
		file: 'content/sops/office/count-the-float.md',
		status,
		summary: template.match(/^summary: (.*)$/m)![1]!,
		checklist: ['Real step', 'Replace with the last thing to tick off'],
		body: template.slice(template.indexOf('## Steps')),
	});

	it('are an error in an active SOP, one line per field', () => {
		expect(placeholderProblems([sop('active')]).map(formatProblem)).toEqual([
			'content/sops/office/count-the-float.md: summary: still holds the placeholder that new:sop wrote; write the real text, or set status: draft',
			'content/sops/office/count-the-float.md: checklist[1]: still holds the placeholder that new:sop wrote; write the real text, or set status: draft',
			'content/sops/office/count-the-float.md: body: still holds the placeholder that new:sop wrote; write the real text, or set status: draft',
		]);
	});

	it('are allowed in a draft', () => {
		expect(placeholderProblems([sop('draft')])).toEqual([]);
	});
});

describe('urls and sitemap', () => {
	it('sends the call to action to the booking page when there is one, else to an email', () => {
		expect(contactHref({ email: 'a@b.example', booking: 'https://cal.example/a' }, 'Hello there')).toBe('https://cal.example/a');
		expect(contactHref({ email: 'a@b.example' }, 'Hello there')).toBe('mailto:a@b.example?subject=Hello%20there');
	});

	it('slugs tool names and joins absolute URLs', () => {
		expect(toolSlug('Google Workspace')).toBe('google-workspace');
		expect(toolSlug('1Password')).toBe('1password');
		// A site served from a folder keeps it: a client's handbook under /clients/<id>/ links into that folder.
		expect(absoluteUrl('https://x.example/base', paths.sop('office/a'))).toBe('https://x.example/base/handbook/office/a/');
		expect(absoluteUrl('https://x.example', paths.sop('office/a'))).toBe('https://x.example/handbook/office/a/');
	});

	it('lists only published pages in the sitemap', () => {
		const view = publishedView(catalog, 'public');
		expect(sitemapPaths(view)).toContain('/services/office/bookkeeping/');
		expect(sitemapXml(view, 'https://fixture.example')).not.toContain('secret-service');
	});
});

describe('synthetic benchmark content', () => {
	it('is valid content of the requested size', () => {
		const dir = copyFixture('basic');
		try {
			const target = join(dir, 'synthetic');
			for (const [path, text] of syntheticContent({ sops: 60 })) {
				mkdirSync(dirname(join(target, path)), { recursive: true });
				writeFileSync(join(target, path), text);
			}
			const { catalog: synthetic, problems } = loadCatalog(target);
			expect(problems).toEqual([]);
			expect(synthetic?.sops).toHaveLength(60);
			expect(synthetic?.areas).toHaveLength(8);
			const proposals = checkProposals({
				contentDir: target,
				proposalsDir: join(target, 'proposals'),
				templatesDir: 'content/templates',
				today: '2026-11-27',
			});
			expect(proposals.problems).toEqual([]);
			expect(proposals.count).toBe(3);
		} finally {
			remove(dir);
		}
	});

	it('is the same for the same seed', () => {
		expect([...syntheticContent({ sops: 10 })]).toEqual([...syntheticContent({ sops: 10 })]);
	});
});
