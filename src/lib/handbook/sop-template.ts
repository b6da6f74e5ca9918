/**
 * The file `npm run new:sop` writes: frontmatter with every required SOP field filled in (valid, marked
 * as a draft, with placeholder text to replace) and the section skeleton of the body.
 */
import { stringify } from 'yaml';
import { parseMarkdown } from '../io/files.ts';
import { sopSchema } from '../../schemas/sops.ts';
import { toolSlug } from '../core/urls.ts';
import { sopBodyPlaceholders, sopChecklistPlaceholders, sopFieldPlaceholders } from '../catalog/placeholders.ts';

export interface NewSop {
	area: string;
	title: string;
	/** Role id that owns, does and answers for the SOP until the writer changes it. */
	owner: string;
	/** ISO day written as the last review. */
	today: string;
}

/** The file name (without extension) for an SOP title: "Reconcile the books" → "reconcile-the-books". */
export function sopSlug(title: string): string {
	const slug = toolSlug(title);
	if (slug.length <= 60) return slug;
	const cut = slug.slice(0, 61);
	return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : 60).replace(/-$/, '');
}

const scalar = (value: string | number) => stringify(value).trimEnd();

/** The text of a new SOP file. */
export function newSopFile({ area, title, owner, today }: NewSop): string {
	const lines = [
		'---',
		`title: ${scalar(title.trim())}`,
		`area: ${area}`,
		`summary: ${sopFieldPlaceholders.summary}`,
		'# Roles are ids from roles.yaml. Exactly one role is accountable.',
		`owner: ${owner}`,
		'raci:',
		`  responsible: ${owner}`,
		`  accountable: ${owner}`,
		'  consulted: []',
		'  informed: []',
		'# daily, weekly, biweekly, monthly, quarterly, annually or as-needed',
		'frequency: as-needed',
		'estimatedMinutes: 30',
		'tools: []',
		'related: []',
		'# A draft stays out of the public site (the internal handbook shows it, marked); change to active once',
		'# the procedure has been tried and every placeholder below replaced.',
		'status: draft',
		'version: "0.1"',
		`reviewed: ${today}`,
		'reviewEveryMonths: 12',
		'audience: public',
		`purpose: ${sopFieldPlaceholders.purpose}`,
		`trigger: ${sopFieldPlaceholders.trigger}`,
		`doneWhen: ${sopFieldPlaceholders.doneWhen}`,
		'checklist:',
		...sopChecklistPlaceholders.map((item) => `  - ${item}`),
		'# For a recurring procedure, say when it falls on the operations calendar:',
		'# schedule:',
		'#   weekday: mo        # weekly and biweekly',
		'#   dayOfMonth: 1      # monthly, quarterly and annually',
		'#   month: 1           # first month of a quarterly or the month of an annual run',
		'#   time: "09:00"',
		'---',
		'## Steps',
		'',
		`1. ${sopBodyPlaceholders[0]}`,
		`2. ${sopBodyPlaceholders[1]}`,
		'',
		'## Notes',
		'',
		`- ${sopBodyPlaceholders[2]}`,
		'',
	];
	return lines.join('\n');
}

/** Problems a new SOP file would have against the SOP schema (none, unless the inputs are unusable). */
export function checkNewSop(text: string): string[] {
	const { data, problems } = parseMarkdown(text, 'new SOP');
	if (problems.length) return problems.map((problem) => `${problem.field}: ${problem.message}`);
	const result = sopSchema.safeParse(data);
	return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}
