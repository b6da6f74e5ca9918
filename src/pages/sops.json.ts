/**
 * `/sops.json`: every SOP this edition publishes, with owner, version, last review and next review
 * date, for other tools (dashboards, reminders). Derived from content only, so it is stable per build.
 */
import type { APIRoute } from 'astro';
import { catalog, getArea, getRole, site } from '../data/catalog.ts';
import { reviewDue } from '../lib/handbook/review.ts';
import { absoluteUrl, paths } from '../lib/core/urls.ts';

const sops = [...catalog.sops]
	.sort((a, b) => a.id.localeCompare(b.id))
	.map((sop) => ({
		id: sop.id,
		title: sop.title,
		url: absoluteUrl(site.url, paths.sop(sop.id)),
		area: sop.area,
		areaTitle: getArea(sop.area).title,
		owner: sop.owner,
		ownerTitle: getRole(sop.owner).title,
		responsible: sop.raci.responsible,
		accountable: sop.raci.accountable,
		frequency: sop.frequency,
		estimatedMinutes: sop.estimatedMinutes,
		status: sop.status,
		version: sop.version,
		reviewed: sop.reviewed,
		reviewEveryMonths: sop.reviewEveryMonths,
		nextReview: reviewDue(sop),
		audience: sop.audience,
	}));

export const GET: APIRoute = () =>
	new Response(`${JSON.stringify({ site: site.name, url: site.url, count: sops.length, sops }, null, '\t')}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
