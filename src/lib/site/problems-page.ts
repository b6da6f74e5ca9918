/**
 * The page `npm run dev` serves while content is invalid: every problem as the same one line the
 * terminal and `npm run check` print, so the editor's browser tab says what to fix and where.
 */
import { formatProblem, type Problem } from '../core/problems.ts';

/** Escapes text for HTML element content and attribute values. */
function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A standalone HTML page listing `problems`. `reloadScript` is a script URL that reloads the page when
 * content changes again (Vite's client in dev), so fixing the file brings the site back by itself.
 */
export function problemsPage(problems: readonly Problem[], reloadScript?: string): string {
	const count = `${problems.length} content problem${problems.length === 1 ? '' : 's'}`;
	const items = problems.map((problem) => `<li><code>${escapeHtml(formatProblem(problem))}</code></li>`).join('\n');
	const script = reloadScript ? `<script type="module" src="${escapeHtml(reloadScript)}"></script>` : '';
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${count}</title>
${script}
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}h1{color:#9b1c1c}li{margin:.5rem 0}code{white-space:pre-wrap;word-break:break-word}</style>
</head>
<body>
<main>
<h1>${count}</h1>
<p>The site shows again as soon as the content is valid: fix each line below and save; this page reloads by itself.</p>
<ul id="opsbook-problems">
${items}
</ul>
</main>
</body>
</html>
`;
}
