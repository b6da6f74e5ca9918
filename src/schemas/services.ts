/** `content/services/<area>/<id>.md`: what the practice sells, one file per service. */
import { z } from 'zod';
import { audience, idRef, line, money, slugPattern, type SchemaContext } from './common.ts';

/** Who carries out the work: the OBM, the owner's staff coordinated by the OBM, or a specialist the OBM hires. */
export const deliveryMode = z.enum(['perform', 'manage', 'subcontract']);
export type DeliveryMode = z.output<typeof deliveryMode>;

export function pricingSchema({ currency }: SchemaContext) {
	return z
		.strictObject({
			/** `hourly`: hours × rate each month; `monthly`: a flat monthly fee; `fixed`: a one-time fee. */
			model: z.enum(['hourly', 'monthly', 'fixed']),
			/** Rate (hourly) or fee (monthly, fixed) in major units; hourly defaults to the site's rate. */
			amount: money(currency).optional(),
			/** Hours per month (hourly, monthly) or in total (fixed). */
			hours: z.number().positive('expected more than 0 hours').max(744).optional(),
		})
		.superRefine((pricing, ctx) => {
			if (pricing.model !== 'hourly' && pricing.amount === undefined) {
				ctx.addIssue({ code: 'custom', path: ['amount'], message: `a ${pricing.model} price needs an amount` });
			}
			if (pricing.model === 'hourly' && pricing.hours === undefined) {
				ctx.addIssue({ code: 'custom', path: ['hours'], message: 'an hourly price needs the estimated hours per month' });
			}
		});
}
export type Pricing = z.output<ReturnType<typeof pricingSchema>>;

export function serviceSchema(context: SchemaContext) {
	return z.strictObject({
		/** Name of the service. */
		title: line,
		/** Duty area id (→ areas). */
		area: z.string().regex(slugPattern, 'expected an area id such as "office"'),
		/** One sentence a client understands. */
		summary: line,
		/** Who carries out the work. */
		delivery: deliveryMode,
		/** How the service is priced. */
		pricing: pricingSchema(context),
		/** What the client receives. */
		deliverables: z.array(line).min(1, 'list at least one deliverable'),
		/** SOP ids that deliver this service (→ sops). */
		sops: z.array(idRef).default([]),
		/** `internal` services never reach the public site. */
		audience,
		/** Shown first on the home page when true. */
		featured: z.boolean().default(false),
	});
}

export type Service = z.output<ReturnType<typeof serviceSchema>>;
