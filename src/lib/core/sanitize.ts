/**
 * What a `.md` body may put on a page. `.md` bodies are text that subcontractors may edit, so their
 * HTML goes through rehype-sanitize with GitHub's allowlist (tables, headings, lists, code, images,
 * links with safe protocols) plus the classes and colours of Astro's code highlighting. `.mdx` bodies
 * are trusted code and are not sanitized. Used by `astro.config.mjs`.
 */
import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';

// Shiki colours code with inline styles; only colour and scrolling declarations with plain values pass.
const highlightStyle = /^(?:\s*(?:color|background-color|overflow-x|--shiki-[a-z-]+)\s*:\s*[#\w-]+\s*;?)*\s*$/i;

/** The rehype-sanitize schema for `.md` bodies. */
export const markdownBodySchema: SanitizeSchema = {
	...defaultSchema,
	attributes: {
		...defaultSchema.attributes,
		pre: [
			...(defaultSchema.attributes?.pre ?? []),
			['className', /^astro-code$|^github-/],
			['style', highlightStyle],
			'tabIndex',
			'dataLanguage',
		],
		span: [...(defaultSchema.attributes?.span ?? []), ['className', 'line'], ['style', highlightStyle]],
	},
	// Heading ids are added after sanitizing, and print views prefix every id per procedure; only
	// `name`, which can shadow document properties, is prefixed here (GitHub prefixes ids as well,
	// which would break in-page links and footnotes).
	clobber: ['name'],
};
