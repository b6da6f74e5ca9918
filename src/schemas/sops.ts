/** `content/sops/<area>/<id>.md(x)`: standard operating procedures, the handbook's pages. */
import { z } from 'zod';
import { audience, idRef, line, plainDate, roleRef, slugPattern } from './common.ts';

export const frequencies = ['daily', 'weekly', 'biweekly', 'monthly', 'quarterly', 'annually', 'as-needed'] as const;
export const frequency = z.enum(frequencies);
export type Frequency = z.output<typeof frequency>;

export const weekdays = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;

export const raciSchema = z.strictObject({
	/** Role(s) doing the work. */
	responsible: z.union([roleRef, z.array(roleRef).min(1)]).transform((value) => (Array.isArray(value) ? value : [value])),
	/** The one role answerable for the outcome. */
	accountable: z.union([roleRef, z.array(z.unknown())]).transform((value, ctx) => {
		if (!Array.isArray(value)) return value;
		ctx.addIssue({ code: 'custom', message: `exactly one role must be accountable, found a list of ${value.length}` });
		return z.NEVER;
	}),
	/** Roles asked for input. */
	consulted: z.array(roleRef).default([]),
	/** Roles told of the result. */
	informed: z.array(roleRef).default([]),
});
export type Raci = z.output<typeof raciSchema>;

/** When a recurring SOP falls, for the operations calendar; sensible defaults apply. */
export const scheduleSchema = z.strictObject({
	weekday: z.enum(weekdays).default('mo'),
	dayOfMonth: z.number().int().min(1).max(28).default(1),
	month: z.number().int().min(1).max(12).default(1),
	time: z
		.string()
		.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a 24-hour time such as "09:00"')
		.default('09:00'),
});
export type Schedule = z.output<typeof scheduleSchema>;

export const sopSchema = z.strictObject({
	/** Imperative title, such as "Reconcile the books each month". */
	title: line,
	/** Duty area id (→ areas). */
	area: z.string().regex(slugPattern, 'expected an area id such as "office"'),
	/** One sentence on what the procedure achieves. */
	summary: line,
	/** Role that maintains the procedure (→ roles). */
	owner: roleRef,
	/** Who is responsible, accountable, consulted and informed (→ roles). */
	raci: raciSchema,
	/** How often the procedure runs. */
	frequency,
	/** Minutes one run takes. */
	estimatedMinutes: z.number().int('expected whole minutes').positive('expected more than 0 minutes').max(10_000),
	/** Software used. */
	tools: z.array(line).default([]),
	/** Related SOP ids (→ sops). */
	related: z.array(idRef).default([]),
	/** `draft` is published marked as a draft; `retired` is not published. */
	status: z.enum(['draft', 'active', 'retired']).default('active'),
	/** Version of the procedure, such as "1.2". */
	version: z
		.union([z.string(), z.number()])
		.transform(String)
		.pipe(z.string().regex(/^\d+(\.\d+){0,2}$/, 'expected a version such as "1.2"')),
	/** Date of the last review. */
	reviewed: plainDate,
	/** Months between reviews. */
	reviewEveryMonths: z.number().int().min(1).max(60).default(12),
	/** `internal` SOPs never reach the public site. */
	audience,
	/** Why the procedure exists. */
	purpose: line,
	/** What starts a run. */
	trigger: line,
	/** The checkable end state. */
	doneWhen: line,
	/** Items a person ticks while doing the work. */
	checklist: z.array(line).min(1, 'list at least one checklist item'),
	/** When a recurring run falls on the calendar. */
	schedule: scheduleSchema.optional(),
});

export type SopInput = z.input<typeof sopSchema>;
export type Sop = z.output<typeof sopSchema>;
