import type { APIRoute } from 'astro';
import { catalog, site } from '../data/catalog.ts';
import { handbook, showReviews } from '../data/handbook.ts';
import { sitemapXml } from '../lib/site/sitemap.ts';

export const GET: APIRoute = () =>
	new Response(sitemapXml(catalog, site.url, handbook, { reviews: showReviews }), { headers: { 'Content-Type': 'application/xml' } });
