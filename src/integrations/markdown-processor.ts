/**
 * The Markdown processor for `.md` bodies, which are untrusted text (see src/lib/core/sanitize.ts).
 * A body that may hold raw HTML goes through Astro's unified pipeline with rehype-raw and
 * rehype-sanitize; every other body goes through Astro's default Sätteri processor, several times
 * faster, whose output then only needs its link and image URLs checked. Both add heading ids and
 * highlight code the same way, so a page cannot tell which one rendered it.
 */
import { satteri } from '@astrojs/markdown-satteri';
import type { AstroUserConfig } from 'astro';
import { dropUnsafeUrls, markdownBodySchema, mayHoldHtml } from '../lib/core/sanitize.ts';

type MarkdownProcessor = NonNullable<NonNullable<AstroUserConfig['markdown']>['processor']>;
type Shared = Parameters<MarkdownProcessor['createRenderer']>[0];
type Renderer = Awaited<ReturnType<MarkdownProcessor['createRenderer']>>;

export function sanitizingMarkdown(): MarkdownProcessor {
	const fast = satteri();
	return {
		name: 'opsbook-sanitizing',
		options: {},
		async createRenderer(shared) {
			const plain = await fast.createRenderer(shared);
			// Made on the first body that needs it: most content has none, and loading the unified
			// pipeline cost every build (every Astro process loads this file with its config) 0.2 s.
			let withHtml: Promise<Renderer> | undefined;
			return {
				async render(content, options) {
					if (mayHoldHtml(content)) return (await (withHtml ??= sanitizingRenderer(shared))).render(content, options);
					const result = await plain.render(content, options);
					return { ...result, code: dropUnsafeUrls(result.code) };
				},
			};
		},
	};
}

/** Astro's unified pipeline with raw HTML parsed, then sanitized. */
async function sanitizingRenderer(shared: Shared): Promise<Renderer> {
	const [{ unified }, { default: rehypeRaw }, { default: rehypeSanitize }] = await Promise.all([
		import('@astrojs/markdown-remark'),
		import('rehype-raw'),
		import('rehype-sanitize'),
	]);
	return unified({ rehypePlugins: [rehypeRaw, [rehypeSanitize, markdownBodySchema]] }).createRenderer(shared);
}
