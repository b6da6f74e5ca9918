/**
 * The checklist's rules, shared by the browser script and its tests: where ticks are stored and how a
 * checklist reads as Markdown. No DOM here, so it runs in Node as well as in the page.
 */

/** The localStorage key holding the ticks of one SOP's checklist. */
export function storageKey(sopId: string): string {
	return `opsbook:checklist:${sopId}`;
}

/** What is stored: the texts of the ticked items, so reordering or adding items keeps the right ticks. */
export interface StoredTicks {
	checked: string[];
}

/** Reads stored ticks, treating anything unreadable as no ticks. */
export function parseTicks(raw: string | null): Set<string> {
	if (!raw) return new Set();
	try {
		const value: unknown = JSON.parse(raw);
		const checked = (value as Partial<StoredTicks> | null)?.checked;
		return new Set(Array.isArray(checked) ? checked.filter((item): item is string => typeof item === 'string') : []);
	} catch {
		return new Set();
	}
}

/** The stored form of the ticked item texts. */
export function serializeTicks(checked: Iterable<string>): string {
	return JSON.stringify({ checked: [...checked] } satisfies StoredTicks);
}

/** Escapes the characters that would change a list item's meaning in Markdown. */
export function escapeMarkdown(text: string): string {
	return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/** A GitHub-style task list with a heading: `- [x] done`, `- [ ] still to do`. */
export function checklistMarkdown(title: string, items: readonly { text: string; done: boolean }[]): string {
	return [`## ${escapeMarkdown(title)}`, '', ...items.map(({ text, done }) => `- [${done ? 'x' : ' '}] ${escapeMarkdown(text)}`), ''].join(
		'\n',
	);
}
