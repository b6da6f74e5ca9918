/** Root-relative links made relative to the page, so a client site works from any folder. */
import { describe, expect, it } from 'vitest';
import { depthOf, relativizeHtml } from '../../src/lib/clients/relative-links.ts';

describe('relativizeHtml', () => {
	it('rewrites href, src and action for the page’s depth', () => {
		const html = '<a href="/handbook/x/">x</a><img src="/handbook/a.svg"><form action="/search/"></form>';
		expect(relativizeHtml(html, 2)).toBe(
			'<a href="../../handbook/x/">x</a><img src="../../handbook/a.svg"><form action="../../search/"></form>',
		);
	});

	it('points the site root at ./ from the top page', () => {
		expect(relativizeHtml('<a href="/">Welcome</a>', 0)).toBe('<a href="./">Welcome</a>');
	});

	it('leaves other hosts, protocol-relative URLs, anchors and mail links alone', () => {
		const html =
			'<a href="https://x.example/a">a</a><a href="//cdn.example/b">b</a><a href="#main">c</a><a href="mailto:a@b.example">d</a>';
		expect(relativizeHtml(html, 3)).toBe(html);
	});
});

describe('depthOf', () => {
	it('counts the folders between the site root and a file', () => {
		expect(depthOf('index.html')).toBe(0);
		expect(depthOf('handbook/office/x/index.html')).toBe(3);
	});
});
