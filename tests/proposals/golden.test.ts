/**
 * Golden files: the fixture proposals rendered with the kit's default template, compared byte for byte.
 * After an intended change to a template or the model, refresh them with
 * `UPDATE_GOLDEN=1 npx vitest run tests/proposals/golden.test.ts` and review the diff.
 */

import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../../src/lib/proposals/build.ts';
import { build, builtFile, expectGolden } from './support.ts';

let result: BuildResult;
beforeAll(async () => {
	result = await build();
	expect(result.problems).toEqual([]);
});

const output = (id: string, file: string) => builtFile(result, id, file);

describe.each(['basic', 'tiers'])('golden files of the fixture proposal %s', (id) => {
	it.each(['proposal.html', 'proposal.md', 'proposal.json'])('renders %s exactly as the golden file', (file) => {
		expectGolden(output(id, file), id, file);
	});
});

describe('the HTML document', () => {
	it('is self-contained: no stylesheet, script, image or font is loaded from elsewhere', () => {
		const html = output('basic', 'proposal.html');
		expect(html).not.toMatch(/<link\b/i);
		expect(html).not.toMatch(/\bsrc\s*=/i);
		expect(html).not.toMatch(/@import|url\(|@font-face/i);
		expect(html).toContain('<style>');
	});

	it('escapes values from the proposal', () => {
		const html = output('basic', 'proposal.html');
		expect(html).toContain('O&#x27;Brien &amp; Daughters &lt;Joinery&gt;');
		expect(html).not.toContain('<Joinery>');
	});

	it('renders the Markdown notes without letting raw HTML through', () => {
		const html = output('basic', 'proposal.html');
		expect(html).toContain('<a href="https://harbour-lane.example/handbook/">our handbook</a>');
		expect(html).toContain('&lt;script&gt;alert(“not run”)&lt;/script&gt;'); // typographer quotes, tags shown as text
		expect(html.match(/<script>/g)).toHaveLength(1); // the add-on toggle only
	});

	it('keeps client text safe inside the CSS of the page footer', () => {
		const html = output('basic', 'proposal.html');
		// Each character but letters, digits and spaces becomes a CSS escape ("\\26 " is "&").
		expect(html).toContain(
			'@bottom-left { content: "Harbour Lane Operations  ·  Proposal for O\\27 Brien \\26  Daughters \\3c Joinery\\3e   ·  Ref. basic";',
		);
	});

	it('prints on the paper of the site’s country', () => {
		expect(output('basic', 'proposal.html')).toContain('size: A4;');
	});
});

describe('the Markdown document', () => {
	it('escapes Markdown and HTML in values without HTML entities for ordinary text', () => {
		const md = output('basic', 'proposal.md');
		expect(md).toContain("# Proposal for O'Brien & Daughters \\<Joinery\\>");
	});

	it('keeps the notes as Markdown with raw HTML neutralised', () => {
		const md = output('basic', 'proposal.md');
		expect(md).toContain('See [our handbook](https://harbour-lane.example/handbook/).');
		expect(md).toContain('&lt;script>alert("not run")&lt;/script>');
	});
});
