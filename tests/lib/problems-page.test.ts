/** The page `npm run dev` shows while content is invalid. */
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { formatProblem, type Problem } from '../../src/lib/core/problems.ts';
import { problemsPage } from '../../src/lib/site/problems-page.ts';

const problems: Problem[] = [
	{ file: 'content/site.yaml', field: 'currency', message: 'expected an ISO 4217 currency code such as "USD"' },
	{ file: 'content/sops/office/<mail>.md', field: 'title', message: 'must not be empty' },
];

describe('problemsPage', () => {
	it('lists each problem as the one line the terminal prints', () => {
		const items = parse(problemsPage(problems)).querySelectorAll('#opsbook-problems li');
		expect(items.map((item) => item.text)).toEqual(problems.map(formatProblem));
	});

	it('escapes content text so a file name cannot inject markup', () => {
		expect(problemsPage(problems)).toContain('office/&lt;mail&gt;.md');
	});

	it('counts the problems in the heading and loads the reload script only when given', () => {
		const html = problemsPage(problems, '/@vite/client');
		expect(parse(html).querySelector('h1')?.text).toBe('2 content problems');
		expect(html).toContain('<script type="module" src="/@vite/client"></script>');
		expect(problemsPage(problems)).not.toContain('<script');
	});
});
