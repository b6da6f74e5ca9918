/** `content/areas/<id>.md`: the duty areas an OBM covers. */
import { z } from 'zod';
import { line } from './common.ts';

export const areaSchema = z.strictObject({
	/** Name of the duty area, such as "Office management". */
	title: line,
	/** One sentence on what the area covers. */
	summary: line,
	/** Position in menus and lists; lower comes first. */
	order: z.number().int().min(0).default(100),
});

export type Area = z.output<typeof areaSchema>;
