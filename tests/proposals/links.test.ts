/** `proposal.md` gets the link policy of `proposal.html`: a `javascript:` link in notes never survives. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { edit } from '../helpers/fixture.ts';
import { build, copyProposals } from './support.ts';

describe('links in proposal notes', () => {
	it('are neutralised in the Markdown output as in the HTML output', async () => {
		const proposals = copyProposals();
		edit(
			proposals,
			'basic.yaml',
			'  See [our handbook]',
			'  Pay [here](javascript:alert(document.cookie)) or [there][pay].\n\n  [pay]: vbscript:msgbox\n\n  See [our handbook]',
		);
		const result = await build({ proposalsDir: proposals });
		expect(result.problems).toEqual([]);
		const dir = result.built.find((item) => item.id === 'basic')?.dir ?? '';
		const md = readFileSync(join(dir, 'proposal.md'), 'utf8');
		const html = readFileSync(join(dir, 'proposal.html'), 'utf8');
		expect(md).toContain('Pay [here](#) or [there][pay].');
		expect(md).toContain('[pay]: #');
		expect(md).toContain('[our handbook](https://harbour-lane.example/handbook/)');
		expect(md).not.toMatch(/javascript:|vbscript:/i);
		// markdown-it shows a refused link as plain text, never as a link.
		expect(html).not.toMatch(/(href|src)="\s*(javascript|vbscript):/i);
		expect(html).toContain('Pay [here](javascript:alert(document.cookie))');
	});
});
