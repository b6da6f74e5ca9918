/**
 * A client's handbook as one printable document: the site's own print view (cover, contents,
 * welcome, each procedure), made self-contained so Chromium prints it with no request to anywhere.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';

const imageTypes: Record<string, string> = {
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
};

/** The page at `page` (a path inside `siteDir`) with its stylesheets and images inlined and its scripts removed. */
export function selfContainedPage(siteDir: string, page: string): string {
	const path = join(siteDir, page);
	const here = dirname(path);
	const local = (href: string) => {
		const file = resolve(here, href.split(/[?#]/)[0] ?? '');
		return file.startsWith(resolve(siteDir)) && existsSync(file) ? file : undefined;
	};
	return readFileSync(path, 'utf8')
		.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
		.replace(/<link\b[^>]*\brel="icon"[^>]*>/g, '')
		.replace(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"[^>]*>/g, (tag, href: string) => {
			const file = local(href);
			return file ? `<style>${readFileSync(file, 'utf8')}</style>` : tag;
		})
		.replace(/(<img\b[^>]*\bsrc=")([^"]+)"/g, (tag, open: string, src: string) => {
			const file = local(src);
			const type = file ? imageTypes[extname(file).toLowerCase()] : undefined;
			return file && type ? `${open}data:${type};base64,${readFileSync(file).toString('base64')}"` : tag;
		});
}
