/** The fast path of `.md` sanitizing: which bodies need the HTML sanitizer, and the URL check after the fast renderer. */
import { describe, expect, it } from 'vitest';
import { dropUnsafeUrls, isSafeUrl, mayHoldHtml } from '../../src/lib/core/sanitize.ts';

describe('mayHoldHtml', () => {
	it.each(['<script>x</script>', 'a <b>bold</b> word', '<!-- note -->', '</p>', '<https://example.com>', '<?php'])(
		'sends %j to the sanitizer',
		(body) => {
			expect(mayHoldHtml(body)).toBe(true);
		},
	);
	it.each(['1 < 2 and 3 > 2', 'plain **Markdown** with [a link](https://example.com)', ''])('lets %j take the fast path', (body) => {
		expect(mayHoldHtml(body)).toBe(false);
	});
});

describe('isSafeUrl', () => {
	it.each(['https://example.com', 'mailto:a@example.com', '/handbook/', '#notes', 'page?x=a:b', 'docs/a:b'])('allows href %j', (url) => {
		expect(isSafeUrl('href', url)).toBe(true);
	});
	it.each([
		'javascript:alert(1)',
		'JaVaScRiPt:alert(1)',
		' javascript:x',
		'java\tscript:x',
		'&#106;avascript:x',
		'java&#x73;cript:x',
		'data:text/html,x',
		'vbscript:x',
	])('refuses href %j', (url) => {
		expect(isSafeUrl('href', url)).toBe(false);
	});
	it('allows fewer protocols for src than for href', () => {
		expect(isSafeUrl('href', 'mailto:a@example.com')).toBe(true);
		expect(isSafeUrl('src', 'mailto:a@example.com')).toBe(false);
	});
});

describe('dropUnsafeUrls', () => {
	it('drops unsafe href and src attributes and keeps the element and its text', () => {
		expect(dropUnsafeUrls('<p><a href="javascript:alert(1)">click</a> <img src="data:x" alt="pic"></p>')).toBe(
			'<p><a>click</a> <img alt="pic"></p>',
		);
	});
	it('reads a whole tag when an earlier attribute value holds ">"', () => {
		expect(dropUnsafeUrls('<a title="a > b" href="javascript:x">t</a>')).toBe('<a title="a > b">t</a>');
	});
	it('checks single-quoted, bare and upper-case attributes too', () => {
		expect(dropUnsafeUrls("<a href='javascript:x'>a</a><a HREF=javascript:x>b</a><img src = 'data:x'>")).toBe('<a>a</a><a>b</a><img>');
	});
	it('keeps safe ones, and attribute-like text outside tags', () => {
		const html = '<p><a href="https://example.com/?a=1&amp;b=2">ok</a> href="javascript:x"</p>';
		expect(dropUnsafeUrls(html)).toBe(html);
	});
});
