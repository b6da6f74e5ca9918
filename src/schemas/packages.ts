/** `content/packages/<id>.md`: monthly retainer packages. */
import { z } from 'zod';
import { audience, idRef, line, money, type SchemaContext } from './common.ts';

export function packageSchema({ currency }: SchemaContext) {
	return z.strictObject({
		/** Name of the package. */
		title: line,
		/** One sentence on who the package suits. */
		summary: line,
		/** Hours of work included each month. */
		hoursPerMonth: z.number().positive('expected more than 0 hours').max(744),
		/** Monthly fee in major units. */
		monthlyFee: money(currency),
		/** Service ids included (→ services). */
		services: z.array(idRef).min(1, 'list at least one service'),
		/** Shortest contract for this package, in months. */
		minimumTermMonths: z.number().int().min(1).max(60),
		/** Position in comparisons; lower comes first. */
		order: z.number().int().min(0).default(100),
		/** The package the home page recommends. */
		featured: z.boolean().default(false),
		/** `internal` packages never reach the public site. */
		audience,
	});
}

export type Package = z.output<ReturnType<typeof packageSchema>>;
