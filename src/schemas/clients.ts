/**
 * `content/clients/<client-id>/client.yaml`: one client of the practice and the engagement they
 * signed. Procedures only this client has live beside it in `sops/` (same schema as library SOPs),
 * and an optional note from the OBM in `welcome.md`.
 */
import { z } from 'zod';
import { idRef, isLocale, isTimeZone, line, plainDate, roleRef, slugPattern } from './common.ts';

export const personSchema = z.strictObject({
	/** The role this person fills for the client (→ roles), such as "va". */
	role: roleRef,
	/** The person's name as the client knows them. */
	name: line,
	/** How to reach them. */
	email: z.email('expected an email address').optional(),
	/** Their firm, when they work for one (a bookkeeping firm, an agency). */
	company: line.optional(),
});
export type Person = z.output<typeof personSchema>;

export const clientSchema = z
	.strictObject({
		/** The client's business name, shown on every page of their handbook. */
		business: line,
		/** The business owner's name; the `owner` role of every procedure is this person. */
		owner: line,
		/** The owner's email address. */
		email: z.email('expected an email address'),
		/** IANA time zone of the client, such as "Europe/London"; calendars and the first-month plan use it. */
		timezone: z.string().refine(isTimeZone, 'expected an IANA time zone such as "Europe/London"'),
		/** BCP 47 locale for dates and numbers; defaults to the site's. */
		locale: z.string().refine(isLocale, 'expected a BCP 47 locale such as "en-GB"').optional(),
		/** First day of the engagement; defaults to the accepted proposal's start date. */
		startDate: plainDate.optional(),
		/** Where the client's handbook will be served, for links in calendar feeds. */
		url: z.url({ protocol: /^https?$/, error: 'expected an absolute http(s) URL such as https://handbook.example.com' }).optional(),
		/** The accepted proposal the engagement comes from (→ proposals); or write `package` and `services`. */
		proposal: z.string().regex(slugPattern, 'expected a proposal id such as "fernhill-ceramics"').optional(),
		/** The package of a directly written engagement (→ packages). */
		package: idRef.optional(),
		/** Services beyond the package, for a directly written engagement (→ services). */
		services: z.array(idRef).default([]),
		/** Terms of a directly written engagement; the package's and the site's apply otherwise. */
		terms: z
			.strictObject({
				minimumTermMonths: z.number().int().min(1).max(60).optional(),
				noticeDays: z.number().int().min(0).max(365).optional(),
			})
			.default({}),
		/** Who fills each role for this client; a role with nobody named keeps its title. */
		people: z.array(personSchema).default([]),
		/** The client's tool names for the library's, such as `QuickBooks Online: Xero`. */
		tools: z.record(line, line).default({}),
		/** Library SOPs that do not apply to this client (→ sops). */
		exclude: z.array(idRef).default([]),
	})
	.superRefine((client, ctx) => {
		const direct = client.package !== undefined || client.services.length > 0;
		if (client.proposal !== undefined && direct) {
			ctx.addIssue({ code: 'custom', path: ['proposal'], message: 'name either an accepted proposal or a package and services, not both' });
		} else if (client.proposal === undefined && client.package === undefined && client.services.length === 0) {
			ctx.addIssue({
				code: 'custom',
				path: ['proposal'],
				message: 'required: the accepted proposal, or a package and services written directly',
			});
		}
		if (client.proposal === undefined && client.startDate === undefined) {
			ctx.addIssue({ code: 'custom', path: ['startDate'], message: 'required field is missing when the engagement is written directly' });
		}
	});

export type ClientInput = z.input<typeof clientSchema>;
export type Client = z.output<typeof clientSchema>;
