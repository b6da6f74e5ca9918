/** RACI: who is responsible, accountable, consulted and informed for each SOP, in words and letters. */
import type { SopEntry } from '../catalog/types.ts';

/** A role's part in an SOP, in RACI order. */
export type RaciPart = 'responsible' | 'accountable' | 'consulted' | 'informed';
export const raciParts = ['responsible', 'accountable', 'consulted', 'informed'] as const satisfies readonly RaciPart[];

/** Words for each RACI part, as readers see them. */
export const raciLabels: Record<RaciPart, { letter: string; label: string; meaning: string }> = {
	responsible: { letter: 'R', label: 'Responsible', meaning: 'does the work' },
	accountable: { letter: 'A', label: 'Accountable', meaning: 'answers for the outcome and signs it off' },
	consulted: { letter: 'C', label: 'Consulted', meaning: 'is asked for input before or during the work' },
	informed: { letter: 'I', label: 'Informed', meaning: 'is told of the result' },
};

/** The parts `role` plays in `sop`, in RACI order (empty when it plays none). */
export function raciPartsOf(sop: Pick<SopEntry, 'raci'>, role: string): RaciPart[] {
	const { responsible, accountable, consulted, informed } = sop.raci;
	const parts: RaciPart[] = [];
	if (responsible.includes(role)) parts.push('responsible');
	if (accountable === role) parts.push('accountable');
	if (consulted.includes(role)) parts.push('consulted');
	if (informed.includes(role)) parts.push('informed');
	return parts;
}

/** Every role named by `sop`: its owner and its RACI roles, without repeats. */
export function rolesOfSop(sop: Pick<SopEntry, 'owner' | 'raci'>): string[] {
	const { responsible, accountable, consulted, informed } = sop.raci;
	return [...new Set([sop.owner, ...responsible, accountable, ...consulted, ...informed])];
}

/** Short RACI letters for a matrix cell, such as "R/A". */
export function raciLetters(parts: readonly RaciPart[]): string {
	return parts.map((part) => raciLabels[part].letter).join('/');
}

const englishList = new Intl.ListFormat('en', { type: 'conjunction' });

/** RACI parts in words, such as "Responsible and accountable". */
export function raciWords(parts: readonly RaciPart[]): string {
	const words = parts.map((part, i) => (i === 0 ? raciLabels[part].label : raciLabels[part].label.toLowerCase()));
	return englishList.format(words);
}
