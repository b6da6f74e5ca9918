/** Contract terms: the site's defaults, which each proposal may override field by field. */
import { z } from 'zod';
import { money } from './common.ts';

/** How billing is timed against the month of work. */
export const billing = z.enum(['advance', 'arrears']);

export function termsShape(currency: string) {
	return {
		/** Shortest contract, in months. */
		minimumTermMonths: z.number().int().min(1).max(60),
		/** Days of written notice either side gives to end the contract. */
		noticeDays: z.number().int().min(0).max(365),
		/** Months that unused hours carry forward; 0 means they lapse at month end (`false`/`true` mean 0/1). */
		rollover: z
			.union([z.boolean(), z.number().int().min(0).max(12)], { error: 'expected a number of months (0 for none)' })
			.transform((value) => (typeof value === 'boolean' ? Number(value) : value)),
		/** Price of an hour beyond the package's hours, in major units. */
		overageRate: money(currency),
		/** `advance`: each month is invoiced before it starts; `arrears`: after it ends. */
		billing,
		/** Days the client has to pay an invoice. */
		paymentDueDays: z.number().int().min(0).max(120).default(14),
	};
}

export function termsSchema(currency: string) {
	return z.strictObject(termsShape(currency));
}

export type Terms = z.output<ReturnType<typeof termsSchema>>;
