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

/**
 * Whether a Markdown source may hold raw HTML (anything tag-like, autolinks and comments included).
 * Only such bodies need the HTML sanitizer; the rest can take the fast renderer, whose output holds
 * no markup but its own. A `<` inside code gives a false positive, which only costs time.
 */
export function mayHoldHtml(markdown: string): boolean {
	return /<[A-Za-z!/?]/.test(markdown);
}

const urlProtocols = markdownBodySchema.protocols as Record<string, string[]>;

/** The text of an attribute value as a browser reads it: entities decoded, spaces and controls gone. */
function attributeText(value: string): string {
	const decoded = value.replace(/&(#x[\da-f]+|#\d+|amp|quot|lt|gt|apos);/gi, (_, entity: string) => {
		const named: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'" };
		if (entity[0] !== '#') return named[entity.toLowerCase()] ?? '';
		const code = entity[1] === 'x' || entity[1] === 'X' ? Number.parseInt(entity.slice(2), 16) : Number.parseInt(entity.slice(1), 10);
		return String.fromCodePoint(code);
	});
	// Browsers drop tabs and newlines anywhere in a URL, and leading spaces and controls.
	return decoded.replace(/[\u0000-\u0020\u007f]/g, '');
}

/** Whether a URL is relative or uses a protocol the sanitizer allows for `attribute` (the rule of hast-util-sanitize). */
export function isSafeUrl(attribute: 'href' | 'src', value: string): boolean {
	const url = attributeText(value);
	const colon = url.indexOf(':');
	const relative = colon === -1 || /[/?#]/.test(url.slice(0, colon));
	return relative || (urlProtocols[attribute] ?? []).includes(url.slice(0, colon).toLowerCase());
}

/**
 * Removes `href` and `src` attributes with a disallowed protocol (`javascript:` and the like) from HTML
 * that a Markdown renderer produced from a body without raw HTML: its links and images are then the
 * only way in, as for rehype-sanitize, which drops such attributes too.
 */
export function dropUnsafeUrls(html: string): string {
	// Only inside tags: text and code show `<` as `&lt;`, so an attribute-like string there stays text.
	// A tag runs to the first `>` outside a quoted attribute value (a title may hold one); values may
	// be double-quoted, single-quoted or bare, whichever the renderer writes.
	return html.replace(/<[a-z](?:[^>"']|"[^"]*"|'[^']*')*>/gi, (tag) =>
		tag.replace(
			/\s(href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi,
			(attribute, name: string, double?: string, single?: string, bare?: string) =>
				isSafeUrl(name.toLowerCase() as 'href' | 'src', double ?? single ?? bare ?? '') ? attribute : '',
		),
	);
}
