import type { APIRoute } from 'astro';
import { site } from '../data/catalog.ts';
import { absoluteUrl } from '../lib/core/urls.ts';

export const GET: APIRoute = () =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(site.url, '/sitemap.xml')}\n`, {
		headers: { 'Content-Type': 'text/plain' },
	});
