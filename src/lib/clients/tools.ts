/**
 * A client's own tool names in place of the library's (`QuickBooks Online` → `Xero`), applied to
 * SOP metadata, checklists and body text. Whole names only: "Stripe" never changes "Stripes".
 */

/** Library tool name → the client's tool name. */
export type ToolMap = Readonly<Record<string, string>>;

const cache = new Map<string, RegExp>();

/** One regular expression matching every library name of `tools` as a whole name, longest first. */
function matcher(tools: ToolMap): RegExp | undefined {
	const names = Object.keys(tools).sort((a, b) => b.length - a.length || a.localeCompare(b));
	if (names.length === 0) return undefined;
	const key = names.join('\u0000');
	let pattern = cache.get(key);
	if (!pattern) {
		const escaped = names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
		// Letters and digits on either side mean the name is part of a longer word.
		pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
		cache.set(key, pattern);
	}
	return pattern;
}

/** `text` with every library tool name replaced by the client's. */
export function substituteTools(text: string, tools: ToolMap): string {
	const pattern = matcher(tools);
	return pattern ? text.replace(pattern, (name) => tools[name] ?? name) : text;
}

/** Rendered HTML with tool names replaced in its text only, never inside tags or attribute values. */
export function substituteToolsInHtml(html: string, tools: ToolMap): string {
	if (!matcher(tools)) return html;
	return html.replace(/(^|>)([^<]+)/g, (_, open: string, text: string) => open + substituteTools(text, tools));
}

/** True when `text` names `tool` as a whole name. */
export function mentionsTool(text: string, tool: string): boolean {
	const pattern = matcher({ [tool]: tool });
	if (!pattern) return false;
	pattern.lastIndex = 0;
	return pattern.test(text);
}
