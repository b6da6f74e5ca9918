/**
 * The Markdown processor for `.md` bodies, which are untrusted text (see src/lib/core/sanitize.ts).
 * A body that may hold raw HTML goes through Astro's unified pipeline with rehype-raw and
 * rehype-sanitize; every other body goes through Astro's default Sätteri processor, several times
 * faster, whose output then only needs its link and image URLs checked. Both add heading ids and
 * highlight code the same way, so a page cannot tell which one rendered it.
 */
import { unified } from '@astrojs/markdown-remark';
import { satteri } from '@astrojs/markdown-satteri';
import type { AstroUserConfig } from 'astro';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { dropUnsafeUrls, markdownBodySchema, mayHoldHtml } from '../lib/core/sanitize.ts';

type MarkdownProcessor = NonNullable<NonNullable<AstroUserConfig['markdown']>['processor']>;

export function sanitizingMarkdown(): MarkdownProcessor {
	const fast = satteri();
	const careful = unified({ rehypePlugins: [rehypeRaw, [rehypeSanitize, markdownBodySchema]] });
	return {
		name: 'opsbook-sanitizing',
		options: {},
		async createRenderer(shared) {
			const [plain, withHtml] = await Promise.all([fast.createRenderer(shared), careful.createRenderer(shared)]);
			return {
				async render(content, options) {
					if (mayHoldHtml(content)) return withHtml.render(content, options);
					const result = await plain.render(content, options);
					return { ...result, code: dropUnsafeUrls(result.code) };
				},
			};
		},
	};
}
