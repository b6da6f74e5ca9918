/** Markdown from content fields rendered safely: raw HTML is escaped, links are checked by markdown-it. */
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: true, typographer: true });

/** Renders trusted-shape Markdown (site text, proposal notes) to HTML with any raw HTML escaped. */
export function renderMarkdown(source: string): string {
	return md.render(source);
}

/** True when markdown-it would make a link of `destination` as written in Markdown (not `javascript:`, `vbscript:`, `file:`, most `data:`). */
export function isSafeLinkDestination(destination: string): boolean {
	const href = md.utils.unescapeAll(destination.replace(/^<|>$/g, ''));
	// Browsers ignore tabs, line breaks and other control characters inside a scheme; so does this check.
	return [href, href.replace(/[\u0000-\u0020\u007f]/g, '')].every((candidate) => md.validateLink(md.normalizeLink(candidate)));
}

/**
 * Markdown with the same link policy as `renderMarkdown`: every inline link, image or reference
 * definition whose destination markdown-it would refuse points at `#` instead.
 */
export function neutraliseLinks(markdown: string): string {
	const starts = /\]\(|^ {0,3}\[(?:[^\]\\\n]|\\.)+\]:/gm;
	let out = '';
	let last = 0;
	for (const match of markdown.matchAll(starts)) {
		let start = match.index + match[0].length;
		if (start < last) continue;
		while (start < markdown.length && /[ \t\n]/.test(markdown[start] ?? '')) start++;
		const end = destinationEnd(markdown, start);
		if (end > start && !isSafeLinkDestination(markdown.slice(start, end))) {
			out += `${markdown.slice(last, start)}#`;
			last = end;
		}
	}
	return out + markdown.slice(last);
}

// Where a link destination starting at `start` ends: `<…>`, or up to whitespace or an unbalanced `)`.
function destinationEnd(text: string, start: number): number {
	if (text[start] === '<') {
		const close = text.indexOf('>', start);
		const newline = text.indexOf('\n', start);
		if (close !== -1 && (newline === -1 || close < newline)) return close + 1;
	}
	let depth = 0;
	let i = start;
	while (i < text.length) {
		const char = text[i] ?? '';
		if (char === '\\') i += 2;
		else if (/[\s\u0000-\u001f\u007f]/.test(char)) break;
		else if (char === '(') (depth++, i++);
		else if (char === ')') {
			if (depth === 0) break;
			depth--;
			i++;
		} else i++;
	}
	return Math.min(i, text.length);
}
