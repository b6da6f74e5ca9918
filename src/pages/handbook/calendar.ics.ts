/** `/handbook/calendar.ics`: every recurring SOP as a recurring event, for calendar apps to subscribe to. */
import type { APIRoute } from 'astro';
import { catalog, site } from '../../data/catalog.ts';
import { handbook } from '../../data/handbook.ts';
import { buildCalendar } from '../../lib/handbook/ical.ts';
import { feedExtras } from '../../data/client.ts';
import { workspacePaths } from '../../data/routes.ts';

/** Rendered once per client in the client edition (see src/data/routes.ts). */
export const getStaticPaths = workspacePaths(() => [{ params: {} }]);

export const GET: APIRoute = () =>
	new Response(
		buildCalendar(handbook.calendarSops(), {
			siteName: site.name,
			siteUrl: site.url,
			timezone: site.timezone,
			areaTitles: new Map(catalog.areas.map((area) => [area.id, area.title])),
			...feedExtras(),
		}),
		{ headers: { 'Content-Type': 'text/calendar; charset=utf-8' } },
	);
