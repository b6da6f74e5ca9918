/** `content/site.yaml`: the practice itself, its money settings and default contract terms. */
import { z } from 'zod';
import { decimalAmount, isCurrency, isLocale, isTimeZone, line, percent, plainLine, toMinorUnits } from './common.ts';
import { billing } from './terms.ts';

const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour such as "#1f4e79"');

export const taxSchema = z.strictObject({
	/** Tax rate in percent; 0 when the practice charges no tax. */
	rate: percent,
	/** Name printed on documents, such as "VAT" or "Sales tax". */
	label: line,
	/** `true` when prices already include the tax. */
	inclusive: z.boolean().default(false),
});
export type Tax = z.output<typeof taxSchema>;

const siteInput = z.strictObject({
	/** The practice's name, shown in the header and on proposals. */
	name: line,
	/** One line under the name, also the default page description. */
	tagline: line,
	/** The OBM who runs the practice. */
	owner: line,
	/** Where clients write. */
	email: z.email('expected an email address'),
	/** Optional phone number shown on the contact page. */
	phone: plainLine.optional(),
	/** Optional town or region shown on the contact page. */
	location: plainLine.optional(),
	/** Optional scheduling page (Calendly, Cal.com, …); the home page's call to action opens it instead of an email. */
	booking: z.url({ protocol: /^https?$/, error: 'expected an absolute http(s) URL such as https://cal.com/you/discovery' }).optional(),
	/** Public address of the published site, used for canonical URLs, the sitemap and proposal links. */
	url: z.url({ protocol: /^https?$/, error: 'expected an absolute http(s) URL such as https://example.com' }),
	/** A BCP 47 language tag such as "en-US"; formats prices and dates. */
	locale: z.string().refine(isLocale, 'expected a BCP 47 locale such as "en-US"'),
	/** ISO 4217 currency code such as "USD". */
	currency: z.string().refine(isCurrency, 'expected an ISO 4217 currency code such as "USD"'),
	/** The standard hourly rate, in major units. */
	hourlyRate: decimalAmount,
	/** IANA time zone of the practice, such as "America/Chicago"; used by calendar feeds. */
	timezone: z.string().refine(isTimeZone, 'expected an IANA time zone such as "America/Chicago"'),
	/** Default tax applied to proposals. */
	tax: taxSchema.default({ rate: 0, label: 'Tax', inclusive: false }),
	/** Default contract terms for proposals. */
	terms: z.strictObject({
		minimumTermMonths: z.number().int().min(1).max(60).default(3),
		noticeDays: z.number().int().min(0).max(365).default(30),
		rollover: z
			.union([z.boolean(), z.number().int().min(0).max(12)])
			.default(0)
			.transform((value) => (typeof value === 'boolean' ? Number(value) : value)),
		overageRate: decimalAmount.optional(),
		billing: billing.default('advance'),
		paymentDueDays: z.number().int().min(0).max(120).default(14),
	}),
	/** Brand colours; the site derives its palette from them. */
	brand: z
		.strictObject({ primary: hexColour.default('#1f4e79'), accent: hexColour.default('#b5532a') })
		.default({ primary: '#1f4e79', accent: '#b5532a' }),
	/** Optional web form where clients accept a proposal; the accept link then opens it with the choice as query parameters instead of an email. */
	acceptanceUrl: z.url({ protocol: /^https?$/, error: 'expected an absolute http(s) URL such as https://example.com/accept' }).optional(),
	/** A paragraph or two about the practice, in Markdown, for the about page. */
	about: z.string().default(''),
});

/** The site settings, with money converted to integer minor units of `currency`. */
export const siteSchema = siteInput.transform((site, ctx) => {
	const convert = (decimal: string, path: (string | number)[]): number => {
		const minor = toMinorUnits(decimal, site.currency);
		if (typeof minor === 'string') {
			ctx.addIssue({ code: 'custom', message: minor, path });
			return 0;
		}
		return minor;
	};
	const hourlyRate = convert(site.hourlyRate, ['hourlyRate']);
	const overageRate = site.terms.overageRate === undefined ? hourlyRate : convert(site.terms.overageRate, ['terms', 'overageRate']);
	return { ...site, hourlyRate, terms: { ...site.terms, overageRate } };
});

export type SiteInput = z.input<typeof siteSchema>;
export type Site = z.output<typeof siteSchema>;
