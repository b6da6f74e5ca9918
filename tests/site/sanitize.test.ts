/**
 * `.md` bodies are untrusted text: hostile HTML in an SOP, a service or a duty area never reaches the
 * page, while tables, headings, code, images, footnotes and safe links survive. `.mdx` bodies are
 * trusted code and are rendered as written.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuiltSite } from '../helpers/build.ts';
import { filesContaining } from '../helpers/output.ts';
import { copyFixture, remove } from '../helpers/fixture.ts';

/** Every trick the issue names, each with a marker word that must not appear in any built file. */
const hostile = `
<script>alert("script-ran")</script>

<img src="/favicon.svg" alt="logo" onerror="alert('onerror-ran')">

<iframe src="javascript:alert('iframe-ran')"></iframe>

[click me](javascript:alert('link-ran')) and <a href="javascript:alert('anchor-ran')">raw anchor</a>

<a href="/handbook/" onclick="alert('onclick-ran')" style="position:fixed;top:0">styled</a>
`;
const markers = ['script-ran', 'onerror-ran', 'iframe-ran', 'link-ran', 'anchor-ran', 'onclick-ran', 'position:fixed'];

const sopBody = `## Steps

1. **Open the mailbox.** See [the notes](#notes), [the handbook](https://example.com/ok) and a footnote.[^1]
${hostile}
| Column A | Column B |
| -------- | -------- |
| cell one | cell two |

\`\`\`js
const answer = 42;
\`\`\`

![A picture of the logo](/favicon.svg)

## Notes

Plain notes.

[^1]: The footnote text.
`;

let content: string;
let site: BuiltSite;
beforeAll(() => {
	content = copyFixture('handbook');
	const mail = readFileSync(join(content, 'sops/office/process-mail.md'), 'utf8');
	const frontmatter = mail.slice(0, mail.indexOf('\n---\n') + 5).replace('title: Process incoming mail', 'title: Hostile body');
	// A byte order mark too: Windows editors write one, and it must not break the frontmatter.
	writeFileSync(join(content, 'sops/office/hostile-body.md'), `\uFEFF${frontmatter}${sopBody}`);
	const mdx = readFileSync(join(content, 'sops/office/onboard-contractor.mdx'), 'utf8');
	writeFileSync(
		join(content, 'sops/office/onboard-contractor.mdx'),
		`${mdx}\n<span data-trusted="mdx" style="color:#123456">Trusted MDX markup</span>\n`,
	);
	for (const file of ['services/office/bookkeeping.md', 'areas/office.md']) {
		writeFileSync(join(content, file), `${readFileSync(join(content, file), 'utf8')}\n${hostile}`);
	}
	site = buildSite(content, { env: { OPSBOOK_TODAY: '2026-06-15' } });
});
afterAll(() => {
	remove(content);
	if (site) rmSync(dirname(site.dir), { recursive: true, force: true });
});

const page = (path: string) => readFileSync(join(site.dir, path, 'index.html'), 'utf8');
const body = (html: string) => html.slice(html.indexOf('class="sop-body"'), html.indexOf('data-checklist '));

describe('a hostile .md body', () => {
	it.each(markers)('leaves no trace of %s anywhere in the built site', (marker) => {
		expect(filesContaining(site.dir, marker)).toEqual([]);
	});

	it('loses scripts, iframes, event handlers, styles and javascript: links on the SOP, service and area pages', () => {
		for (const path of ['handbook/office/hostile-body', 'services/office/bookkeeping', 'areas/office']) {
			const html = page(path);
			// The page's own module script (the checklist) aside.
			const main = html.slice(html.indexOf('<main'), html.indexOf('</main>')).replace(/<script type="module">[\s\S]*?<\/script>/g, '');
			expect(main, path).not.toMatch(/<script|<iframe|\son\w+=|javascript:/i);
			expect(main, path).toContain('>raw anchor</a>');
		}
	});

	it('keeps headings with their ids, tables, highlighted code, images, footnotes and safe links', () => {
		const html = body(page('handbook/office/hostile-body'));
		expect(html).toContain('<h2 id="steps">Steps</h2>');
		expect(html).toContain('<a href="#notes">the notes</a>');
		expect(html).toMatch(/<table>[\s\S]*<td>cell one<\/td>/);
		expect(html).toMatch(
			/<pre class="astro-code[^"]*" style="[^"]*"[^>]*><code><span class="line"><span style="color:#[0-9A-Fa-f]+">const/,
		);
		expect(html).toContain('<img src="/favicon.svg" alt="A picture of the logo">');
		expect(html).toContain('<a href="https://example.com/ok">the handbook</a>');
		const footnoteRef = /<a href="#([^"]+)" id="[^"]+" data-footnote-ref/.exec(html)?.[1];
		expect(footnoteRef && html.includes(`<li id="${footnoteRef}">`)).toBe(true);
	});

	it('keeps the heading anchors the print view prefixes per procedure', () => {
		const print = page('handbook/office/print');
		expect(print).toContain('id="sop-office-hostile-body-steps"');
		expect(print).toContain('href="#sop-office-hostile-body-notes"');
	});
});

describe('an .mdx body', () => {
	it('stays trusted: its markup is rendered as written', () => {
		expect(page('handbook/office/onboard-contractor')).toContain(
			'<span data-trusted="mdx" style="color:#123456">Trusted MDX markup</span>',
		);
	});
});
