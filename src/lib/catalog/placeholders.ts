/**
 * The placeholder text `npm run new:sop` writes into a new SOP. A draft may still hold it; an active
 * SOP may not, because it would publish instructions such as "Name the first step" to clients.
 */
import type { Problem } from '../core/problems.ts';
import type { SopEntry } from './types.ts';

/** Frontmatter placeholders, by field. */
export const sopFieldPlaceholders = {
	summary: 'Replace with one sentence on what this procedure achieves.',
	purpose: 'Replace with why this procedure exists and what goes wrong without it.',
	trigger: 'Replace with the event or date that starts a run.',
	doneWhen: 'Replace with the state anyone can check to know the work is finished.',
} as const;

/** Checklist placeholders. */
export const sopChecklistPlaceholders = ['Replace with the first thing to tick off', 'Replace with the last thing to tick off'] as const;

/** Body placeholders: the skeleton's steps and notes. */
export const sopBodyPlaceholders = [
	'**Name the first step.** Say exactly what to do, in which tool, and what to check before moving on.',
	'**Name the next step.** One action per step, written so a newcomer could follow it.',
	'Exceptions, common mistakes and who to ask when something looks wrong.',
] as const;

const hint = 'still holds the placeholder that new:sop wrote; write the real text, or set status: draft';

/** One problem per placeholder left in an active SOP (drafts may keep them). */
export function placeholderProblems(sops: readonly SopEntry[]): Problem[] {
	return sops
		.filter((sop) => sop.status === 'active')
		.flatMap((sop) => {
			const fields = Object.entries(sopFieldPlaceholders)
				.filter(([field, text]) => sop[field as keyof typeof sopFieldPlaceholders] === text)
				.map(([field]) => field);
			const checklist = sop.checklist.flatMap((item, i) =>
				(sopChecklistPlaceholders as readonly string[]).includes(item) ? [`checklist[${i}]`] : [],
			);
			const body = sopBodyPlaceholders.some((text) => sop.body.includes(text)) ? ['body'] : [];
			return [...fields, ...checklist, ...body].map((field) => ({ file: sop.file, field, message: hint }));
		});
}
