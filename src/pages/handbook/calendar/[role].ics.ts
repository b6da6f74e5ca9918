/** `/handbook/calendar/<role>.ics`: the recurring SOPs one role is responsible or accountable for. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { catalog, site } from '../../../data/catalog.ts';
import { handbook } from '../../../data/handbook.ts';
import { buildCalendar } from '../../../lib/handbook/ical.ts';
import { feedExtras } from '../../../data/client.ts';
import type { Role } from '../../../schemas/roles.ts';
import { workspacePaths } from '../../../data/routes.ts';

export const getStaticPaths = workspacePaths(() =>
	handbook.feedRoles.map((role) => ({ params: { role: role.id }, props: { role } })),
) satisfies GetStaticPaths;

export const GET: APIRoute<{ role: Role }> = ({ props: { role } }) =>
	new Response(
		buildCalendar(handbook.calendarSops(role.id), {
			siteName: site.name,
			siteUrl: site.url,
			timezone: site.timezone,
			areaTitles: new Map(catalog.areas.map((area) => [area.id, area.title])),
			...feedExtras(),
			role: { id: role.id, title: role.title },
		}),
		{ headers: { 'Content-Type': 'text/calendar; charset=utf-8' } },
	);
