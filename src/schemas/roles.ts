/** `content/roles.yaml`: everyone who takes part in the work, referenced by SOPs. */
import { z } from 'zod';
import { line, slugPattern } from './common.ts';

export const roleSchema = z.strictObject({
	/** Slug other files use to refer to this role, such as "obm". */
	id: z.string().regex(slugPattern, 'expected a slug such as "obm"'),
	/** Name shown to readers. */
	title: line,
	/** One sentence on what this role does. */
	summary: line,
	/** Where the role sits: the client, the practice, a subcontractor or the client's own staff. */
	kind: z.enum(['client', 'practice', 'subcontractor', 'staff']).default('subcontractor'),
});

export const rolesSchema = z.array(roleSchema, { error: 'expected a list of roles' }).min(1, 'expected at least one role');

export type Role = z.output<typeof roleSchema>;
