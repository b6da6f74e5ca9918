/** `content/proposals/<id>.yaml`: a contract proposal for one client. Never published. */
import { z } from 'zod';
import { idRef, isCurrency, line, money, percent, plainDate, slugPattern, type SchemaContext } from './common.ts';
import { taxSchema } from './site.ts';
import { termsShape } from './terms.ts';

export function proposalLineSchema({ currency }: SchemaContext) {
	return z.strictObject({
		/** Service id (→ services). */
		id: idRef,
		/** Hours per month (or in total, for a fixed price) for this client instead of the catalog's. */
		hours: z.number().positive('expected more than 0 hours').max(744).optional(),
		/** Price for this client instead of the catalog's: the rate (hourly) or fee (monthly, fixed). */
		amount: money(currency).optional(),
		/** An add-on the client may choose; not in the totals until chosen. */
		optional: z.boolean().default(false),
		/** Hourly work billed once (such as launch-day cover) instead of every month. */
		once: z.boolean().default(false),
	});
}

/** `accepted:` in a proposal file, written by `npm run proposals:accept`: who accepted what, and when. */
export const acceptanceSchema = z.strictObject({
	/** Day the client accepted (`date`, not `on`, which YAML 1.1 tools read as true). */
	date: plainDate,
	/** Who accepted, as they signed. */
	by: line,
	/** The package chosen (→ one of the packages offered); absent for an à la carte proposal. */
	package: idRef.optional(),
	/** The optional add-ons chosen (→ services offered as optional). */
	addOns: z.array(idRef).default([]),
});
export type Acceptance = z.output<typeof acceptanceSchema>;

export function proposalSchema(context: SchemaContext) {
	const { currency } = context;
	const terms = termsShape(currency);
	return z
		.strictObject({
			/** Who the proposal is for. */
			client: z.strictObject({
				/** The client's full name. */
				name: line,
				/** The person to address, when not the client. */
				contact: line.optional(),
				email: z.email('expected an email address'),
				/** The client's business name. */
				business: line,
			}),
			/** Date the proposal is issued. */
			date: plainDate,
			/** Last day the offer stands. */
			validUntil: plainDate,
			/** First day of work. */
			startDate: plainDate,
			/** Length of the contract in months; defaults to the package's minimum term. */
			termMonths: z.number().int().min(1).max(60).optional(),
			/** The one package offered (→ packages). */
			package: idRef.optional(),
			/** Two or three packages offered side by side (→ packages). */
			packages: z.array(idRef).min(2, 'offer two or three packages side by side').max(3, 'offer at most three packages').optional(),
			/** Which of `packages` is recommended. */
			recommended: idRef.optional(),
			/** The proposal this one replaces, as a counter-offer (→ proposals); its documents show what changed. */
			revises: idRef.optional(),
			/** Set by `npm run proposals:accept`: the client's choice; the contract is then frozen. */
			accepted: acceptanceSchema.optional(),
			/** A deposit on the one-time fees: percent due on acceptance, the balance on `balanceDue` or on completion. */
			deposit: z
				.strictObject({
					percent: percent.refine((p) => p > 0 && p < 100, 'expected a percent between 0 and 100'),
					balanceDue: plainDate.optional(),
				})
				.optional(),
			/** Services beyond the package (or every service, à la carte), with per-proposal overrides. */
			services: z.array(proposalLineSchema(context)).default([]),
			/** A discount on the recurring fees: a percent or an amount, with a reason. */
			discount: z
				.strictObject({ percent: percent.optional(), amount: money(currency).optional(), reason: line })
				.refine((d) => (d.percent === undefined) !== (d.amount === undefined), 'give either percent or amount, not both')
				.transform((d) => {
					if (d.amount === undefined) return { kind: 'percent' as const, percent: d.percent ?? 0, reason: d.reason };
					return { kind: 'amount' as const, amount: d.amount, reason: d.reason };
				})
				.optional(),
			/** Tax settings for this proposal instead of the site's. */
			tax: taxSchema.partial().optional(),
			/** Term overrides for this proposal. */
			terms: z
				.strictObject({
					minimumTermMonths: terms.minimumTermMonths.optional(),
					noticeDays: terms.noticeDays.optional(),
					rollover: terms.rollover.optional(),
					overageRate: terms.overageRate.optional(),
					billing: terms.billing.optional(),
					paymentDueDays: z.number().int().min(0).max(120).optional(),
				})
				.default({}),
			/** The client's situation in their words, in Markdown. */
			situation: z.string().default(''),
			/** Anything else to say, in Markdown. */
			notes: z.string().default(''),
			/** Template folder under `templates/`. */
			template: z.string().regex(slugPattern, 'expected a template folder name such as "default"').default('default'),
			/** Paper size of the PDF and of printing: `A4` or `letter`; defaults from the site's locale (letter in the US and Canada). */
			paper: z.enum(['A4', 'letter']).optional(),
			/** Currency of the proposal; must be the site's. */
			currency: z.string().refine(isCurrency, 'expected an ISO 4217 currency code such as "USD"').optional(),
		})
		.superRefine((proposal, ctx) => {
			// Without a package, the services alone are the offer (à la carte).
			if (proposal.package === undefined && proposal.packages === undefined && !proposal.services.some((s) => !s.optional)) {
				ctx.addIssue({
					code: 'custom',
					path: ['package'],
					message: 'name a package, two or three under packages, or list services for an à la carte offer',
				});
			}
			if (proposal.accepted && proposal.packages && proposal.accepted.package === undefined) {
				ctx.addIssue({ code: 'custom', path: ['accepted', 'package'], message: 'name the package the client chose' });
			}
			if (proposal.package !== undefined && proposal.packages !== undefined) {
				ctx.addIssue({ code: 'custom', path: ['packages'], message: 'use either package or packages, not both' });
			}
			if (proposal.packages && (!proposal.recommended || !proposal.packages.includes(proposal.recommended))) {
				ctx.addIssue({ code: 'custom', path: ['recommended'], message: 'mark one of the offered packages as recommended' });
			}
			if (proposal.currency !== undefined && proposal.currency !== currency) {
				ctx.addIssue({
					code: 'custom',
					path: ['currency'],
					message: `proposals are priced in the site's currency ${currency}, found ${proposal.currency}`,
				});
			}
			if (proposal.validUntil < proposal.date) {
				ctx.addIssue({ code: 'custom', path: ['validUntil'], message: `must not be before the proposal date ${proposal.date}` });
			}
		});
}

export type ProposalInput = z.input<ReturnType<typeof proposalSchema>>;
export type Proposal = z.output<ReturnType<typeof proposalSchema>>;
