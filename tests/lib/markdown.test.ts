import { describe, expect, it } from 'vitest';
import { isSafeLinkDestination, neutraliseLinks, renderMarkdown } from '../../src/lib/core/markdown.ts';

describe('neutraliseLinks', () => {
	it.each([
		['[click](javascript:alert(1)) tail', '[click](#) tail'],
		["![img](JaVaScRiPt:alert('x'))", '![img](#)'],
		['[x](<javascript:alert(1)>)', '[x](#)'],
		['[x]( javascript:alert(1) "title")', '[x]( # "title")'],
		['[x](&#106;avascript:alert(1))', '[x](#)'],
		['[x](java&#9;script:alert(1))', '[x](#)'],
		['[ref]: javascript:alert(1)\n\n[ref]', '[ref]: #\n\n[ref]'],
		['[x](vbscript:msgbox) [y](file:///etc/passwd) [z](data:text/html,<b>)', '[x](#) [y](#) [z](#)'],
	])('points %j at # instead', (input, expected) => {
		expect(neutraliseLinks(input)).toBe(expected);
	});

	it('keeps safe links, including ones with parentheses, mail, anchors and inline images', () => {
		const safe = '[a](https://a.example/x_(y)) [m](mailto:a@b.example) [h](#notes) [r](/handbook/) ![i](data:image/png;base64,AAAA)';
		expect(neutraliseLinks(safe)).toBe(safe);
	});

	it('follows the policy the HTML renderer applies', () => {
		for (const destination of ['javascript:alert(1)', 'https://example.com', 'file:///x', 'mailto:a@b.example']) {
			const linked = renderMarkdown(`[x](${destination})`).includes('<a href');
			expect(isSafeLinkDestination(destination), destination).toBe(linked);
		}
	});
});
