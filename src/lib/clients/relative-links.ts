/**
 * Root-relative links (`/handbook/…`) made relative to the page (`../../handbook/…`), so a client's
 * site works wherever its folder is served: its own domain, or a subfolder of a protected host.
 */

/** The prefix that leads from a page `depth` folders below the site root back to the root. */
export function rootPrefix(depth: number): string {
	return depth === 0 ? './' : '../'.repeat(depth);
}

/** `html` with every root-relative `href`, `src` and `action` rewritten for a page `depth` folders below the root. */
export function relativizeHtml(html: string, depth: number): string {
	const up = rootPrefix(depth);
	return html.replace(/(\s(?:href|src|action|poster)=["'])\/(?!\/)/g, `$1${up}`);
}

/** Folders between the site root and a file at `path` (relative, `/`-separated): `handbook/x/index.html` → 2. */
export function depthOf(path: string): number {
	return path.split('/').length - 1;
}
