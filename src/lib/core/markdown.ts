/** Markdown from content fields rendered safely: raw HTML is escaped, links are checked by markdown-it. */
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: true, typographer: true });

/** Renders trusted-shape Markdown (site text, proposal notes) to HTML with any raw HTML escaped. */
export function renderMarkdown(source: string): string {
	return md.render(source);
}
