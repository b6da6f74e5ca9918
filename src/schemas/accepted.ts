/**
 * `content/proposals/accepted/<id>.json`: the frozen record of an accepted proposal, written by
 * `npm run proposals:accept`. It holds everything the contract says, so that documents, client
 * workspaces and invoicing never need the live catalog again. Format `opsbook-accepted-proposal`,
 * version 1; a later version adds fields and bumps `version`.
 *
 * Every amount is an integer count of minor units of `currency` (cents for USD, yen for JPY).
 * `sha256` is the SHA-256 (hex) of the record's canonical JSON without `sha256` itself: keys sorted,
 * no whitespace (see `src/lib/proposals/record.ts`).
 */
import { z } from 'zod';

const minor = z.number().int();
const hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 written as 64 lowercase hex digits');
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a day written as YYYY-MM-DD');

/** A service as the client saw it when accepting. */
export const acceptedServiceSchema = z.object({
	id: z.string(),
	title: z.string(),
	area: z.string(),
	summary: z.string(),
	deliverables: z.array(z.string()),
});

/** One priced line of the contract beyond the package. */
export const acceptedLineSchema = acceptedServiceSchema.extend({
	/** `service`: part of the offer; `addon`: an optional add-on the client chose. */
	kind: z.enum(['service', 'addon']),
	model: z.enum(['hourly', 'monthly', 'fixed']),
	/** Billed every month (true) or once (false). */
	recurring: z.boolean(),
	/** Hours per month (recurring) or in total (one-time). */
	hours: z.number(),
	/** Rate per hour (hourly) or fee (monthly, fixed). */
	unitAmount: minor,
	/** What the line adds to its subtotal; 0 when the package already includes the service. */
	amount: minor,
	includedInPackage: z.boolean(),
	/** `perform` (the OBM), `manage` (the client's team) or `subcontract` (a specialist). */
	performedBy: z.enum(['perform', 'manage', 'subcontract']),
});

export const acceptedTotalsSchema = z.object({
	recurringSubtotal: minor,
	discount: minor,
	discountCapped: z.boolean(),
	recurringNet: minor,
	recurringTax: minor,
	monthlyTotal: minor,
	oneTimeSubtotal: minor,
	oneTimeNet: minor,
	oneTimeTax: minor,
	oneTimeTotal: minor,
	firstInvoice: minor,
	minimumContractValue: minor,
	hoursIncluded: z.number(),
	effectiveHourlyRate: minor.nullable(),
});

export const acceptedRecordSchema = z.object({
	format: z.literal('opsbook-accepted-proposal'),
	version: z.literal(1),
	/** The proposal's id (its file name without `.yaml`). */
	id: z.string(),
	/** Who accepted what, and when: the same as `accepted:` in the proposal file. */
	accepted: z.object({
		date: day,
		by: z.string(),
		/** The package chosen; `null` for an à la carte proposal. */
		package: z.string().nullable(),
		/** Service ids of the add-ons chosen. */
		addOns: z.array(z.string()),
	}),
	/** SHA-256 of the proposal file's content as accepted (canonical JSON of its YAML); editing the file afterwards is an error. */
	proposalSha256: hex64,
	/** The proposal this one revised, if any. */
	revises: z.string().nullable(),
	client: z.object({ name: z.string(), contact: z.string().nullable(), email: z.string(), business: z.string() }),
	practice: z.object({ name: z.string(), owner: z.string(), email: z.string(), url: z.string(), locale: z.string() }),
	currency: z.string(),
	minorUnitDigits: z.number().int(),
	/** The package as accepted, with the text of every service it includes; `null` à la carte. */
	package: z
		.object({
			id: z.string(),
			title: z.string(),
			summary: z.string(),
			hoursPerMonth: z.number(),
			monthlyFee: minor,
			services: z.array(acceptedServiceSchema),
		})
		.nullable(),
	/** Services beyond the package: the offer's and the chosen add-ons, priced as accepted. */
	lines: z.array(acceptedLineSchema),
	tax: z.object({ rate: z.number(), label: z.string(), inclusive: z.boolean() }),
	discount: z
		.object({ kind: z.enum(['percent', 'amount']), percent: z.number().nullable(), amount: minor.nullable(), reason: z.string() })
		.nullable(),
	totals: acceptedTotalsSchema,
	/** Deposit and balance of the one-time fees; empty when they are invoiced whole. */
	paymentSchedule: z.array(z.object({ kind: z.enum(['deposit', 'balance']), amount: minor, due: day.nullable() })),
	terms: z.object({
		startDate: day,
		termMonths: z.number().int(),
		/** Last day of the minimum term. */
		termEnds: day,
		noticeDays: z.number().int(),
		/** Last day notice can be given to end the contract when the minimum term ends; after it, the contract runs on month to month. */
		noticeDeadline: day,
		rollover: z.number().int(),
		overageRate: minor,
		billing: z.enum(['advance', 'arrears']),
		paymentDueDays: z.number().int(),
	}),
	/** The procedures behind the services, as the proposal listed them. */
	procedures: z.array(
		z.object({ id: z.string(), title: z.string(), frequency: z.string(), estimatedMinutes: z.number(), hoursPerMonth: z.number() }),
	),
	/** The resolved proposal model the documents are rendered from (internal to this version of Opsbook). */
	document: z.looseObject({ id: z.string() }),
	/** SHA-256 of everything above, in canonical JSON. */
	sha256: hex64,
});

export type AcceptedRecord = z.output<typeof acceptedRecordSchema>;
export type AcceptedLine = z.output<typeof acceptedLineSchema>;
